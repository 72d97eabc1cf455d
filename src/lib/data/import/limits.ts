/**
 * What an import accepts at most. A researcher's 100,000 events fit well;
 * beyond these the browser tab, not the parser, is what fails (memory for
 * the text, the parsed rows and the views' indexes at once).
 */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_EVENTS = 200_000;

const MB = 1024 * 1024;

/** Why a file of this size is refused, or null when it is not. */
export function sizeRefusal(bytes: number): string | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return `is ${(bytes / MB).toFixed(1)} MB; files up to 100 MB can be opened`;
}

/** Why a file with this many rows or events is refused, or null when it is not. */
export function countRefusal(count: number, what: 'rows' | 'events'): string | null {
  if (count <= MAX_EVENTS) return null;
  return `has more than 200,000 ${what}; files with up to 200,000 events can be opened`;
}
