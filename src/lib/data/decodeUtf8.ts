/**
 * Decodes UTF-8 strictly. `Response.text()` would turn bytes of another
 * encoding (Windows-1251, Latin-1, UTF-16) into U+FFFD without a word, and the
 * dataset would load with its names as "���". A leading byte order mark is
 * dropped.
 */
export function decodeUtf8(bytes: Uint8Array): string | { badLine: number } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { badLine: firstBadLine(bytes) };
  }
}

const LF = 0x0a;

/** The (1-based) line of the first bytes that are not UTF-8. A line feed byte is never inside a UTF-8 sequence. */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(LF, start);
    if (end === -1) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    line++;
    start = end + 1;
  }
  // Unreachable when the whole failed to decode; kept so the loop always ends.
  return 1;
}
