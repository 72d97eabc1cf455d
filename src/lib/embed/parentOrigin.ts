/**
 * The origin of the page embedding us, when the browser tells: Chromium and
 * Safari list it in `location.ancestorOrigins`, others leave the referrer.
 * Null when unknown (or opaque): messages then carry nothing but a height.
 */
export function parentOrigin(
  ancestorOrigins: ArrayLike<string> | undefined,
  referrer: string,
): string | null {
  const first = ancestorOrigins && ancestorOrigins.length > 0 ? ancestorOrigins[0] : undefined;
  if (first && first !== 'null') return first;
  if (!referrer) return null;
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
