import { checkDataset, type Problem } from '../model/validateDataset';
import { COMMA, isSpace, type EventBounds } from './eventBounds';

/** Events parsed and checked at a time: the worker's heap holds a chunk, never the file. */
export const CHECK_CHUNK = 2000;

/** Whether text[from, to) is white space around at most one comma (`commas` 1: exactly one). */
function separator(text: string, from: number, to: number, commas: 0 | 1): boolean {
  let seen = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA) seen++;
    else if (!isSpace(c)) return false;
  }
  return seen === commas;
}

/**
 * The verdict of parseDatasetText on `text` (valid, or every problem),
 * reached a chunk of events at a time from their bounds (eventBounds.ts):
 * what is not an event is parsed once with the array emptied, then each
 * chunk of events is parsed and checked and dropped. What lies between the
 * events is checked to be commas and white space, and each chunk to hold as
 * many values as it has bounds, so the pieces are the file and the verdict
 * is JSON.parse's. Null when they are not (the text is not JSON, or not cut
 * where it should be): the caller then parses the whole text, which says
 * where it is broken.
 */
export function checkInChunks(
  text: string,
  bounds: EventBounds,
  size = CHECK_CHUNK,
): { ok: true } | { ok: false; problems: Problem[] } | null {
  const { open, close, elements } = bounds;
  const n = elements.length / 2;
  if (n === 0 ? !separator(text, open + 1, close, 0) : !gapsOk(text, bounds)) return null;
  let head: unknown;
  try {
    head = JSON.parse(text.slice(0, open + 1) + text.slice(close));
  } catch {
    return null;
  }
  if (typeof head !== 'object' || head === null || Array.isArray(head)) return null;
  const check = checkDataset(head as Record<string, unknown>);
  for (let from = 0; from < n; from += size) {
    const last = Math.min(n, from + size) - 1;
    let chunk: unknown;
    try {
      chunk = JSON.parse(`[${text.slice(elements[2 * from]!, elements[2 * last + 1]!)}]`);
    } catch {
      return null;
    }
    if (!Array.isArray(chunk) || chunk.length !== last - from + 1) return null;
    check.events(chunk, from);
  }
  const problems = check.finish();
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

/** Only white space before the first event and after the last, one comma between each two. */
function gapsOk(text: string, { open, close, elements }: EventBounds): boolean {
  const n = elements.length / 2;
  if (!separator(text, open + 1, elements[0]!, 0)) return false;
  if (!separator(text, elements[2 * n - 1]!, close, 0)) return false;
  for (let k = 1; k < n; k++) {
    if (!separator(text, elements[2 * k - 1]!, elements[2 * k]!, 1)) return false;
  }
  return true;
}
