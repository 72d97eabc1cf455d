/** An http(s) address without spaces: the only kind of link an import keeps. */
export function isWebAddress(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text);
}

/** The host of an address ("example.org"), or the address itself when it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/** Host and path, the text a link source's id is made from: the same address, the same id. */
export function addressText(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')} ${u.pathname}`;
  } catch {
    return url;
  }
}
