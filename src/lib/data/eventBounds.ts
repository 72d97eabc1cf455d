/**
 * Where a dataset file's `events` array and each of its elements are, found
 * by one pass over the text (strings and nesting tracked, nothing parsed), so
 * the page can parse the events a chunk at a time. For valid JSON only: the
 * worker's own parse says whether it is (datasetWire.ts).
 */
export interface EventBounds {
  /** Offsets of the `[` and `]` of the top-level `events` array (the last one, as JSON.parse keeps). */
  open: number;
  close: number;
  /** Start and end (exclusive) offsets of each element, in pairs. */
  elements: Uint32Array;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
export const COMMA = 44;
const OPEN_OBJ = 123;
const CLOSE_OBJ = 125;
const OPEN_ARR = 91;
const CLOSE_ARR = 93;

/** JSON's white space, as a character code. */
export const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Offsets of some events, sent while the rest are still being looked for:
 * `elements` are those of events `from` to `from + elements.length / 2` of the
 * array opened at `open`. Only the returned bounds say which array counts.
 */
export type FoundEvents = (open: number, from: number, elements: Uint32Array) => void;

/** The bounds; `onFound`, if given, is sent the offsets of each `every` events as they are found. */
export function eventBounds(text: string, onFound?: FoundEvents, every = 2000): EventBounds | null {
  let depth = 0;
  let found: EventBounds | null = null;
  // The last string read at depth 1 (a key of the top-level object) and whether a ':' followed it.
  let lastKey: string | null = null;
  let afterColon = false;
  // Inside the events array being read: its open offset, element starts and ends.
  let inEvents = -1;
  let elements: number[] = [];
  let elementStart = -1;
  const n = text.length;
  const send = () => {
    const m = elements.length / 2;
    onFound!(inEvents, m - every, Uint32Array.from(elements.slice(2 * (m - every))));
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      i = closingQuote(text, i);
      if (depth === 1 && !afterColon) {
        try {
          lastKey = JSON.parse(text.slice(start, i + 1)) as string;
        } catch {
          // Not JSON: the worker's parse of the whole text says where.
          return null;
        }
      } else if (inEvents >= 0 && depth === 2 && elementStart < 0) elementStart = start;
      if (depth === 1 && afterColon) afterColon = false;
      continue;
    }
    if (isSpace(c)) continue;
    if (depth === 1 && c === COLON) {
      afterColon = true;
      continue;
    }
    if (c === OPEN_OBJ || c === OPEN_ARR) {
      if (depth === 1 && afterColon && c === OPEN_ARR && lastKey === 'events') {
        inEvents = i;
        elements = [];
        elementStart = -1;
      } else if (inEvents >= 0 && depth === 2 && elementStart < 0) elementStart = i;
      depth++;
      if (depth === 2) afterColon = false;
      continue;
    }
    if (c === CLOSE_OBJ || c === CLOSE_ARR) {
      depth--;
      if (inEvents >= 0 && depth === 2 && elementStart >= 0) {
        elements.push(elementStart, i + 1);
        elementStart = -1;
        if (onFound && elements.length % (2 * every) === 0) send();
      } else if (inEvents >= 0 && depth === 1) {
        // A scalar element runs up to the closing bracket.
        if (elementStart >= 0) elements.push(elementStart, trimEnd(text, i));
        found = { open: inEvents, close: i, elements: Uint32Array.from(elements) };
        inEvents = -1;
        elementStart = -1;
        afterColon = false;
      }
      continue;
    }
    if (inEvents >= 0 && depth === 2) {
      if (c === COMMA) {
        if (elementStart >= 0) {
          elements.push(elementStart, trimEnd(text, i));
          if (onFound && elements.length % (2 * every) === 0) send();
        }
        elementStart = -1;
      } else if (elementStart < 0) elementStart = i;
    } else if (depth === 1 && c === COMMA) afterColon = false;
  }
  return depth === 0 ? found : null;
}

/**
 * The offset of the quote that closes the string opened at `open` (text.length
 * if none). Most of a JSON file is inside strings: `indexOf` finds the next
 * quote natively, several times faster than reading each character, and a
 * quote after an odd run of backslashes is escaped.
 */
function closingQuote(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return text.length;
    let k = q - 1;
    while (k > open && text.charCodeAt(k) === BACKSLASH) k--;
    if ((q - 1 - k) % 2 === 0) return q;
    from = q + 1;
  }
}

/** The end of the value before offset `i`, spaces left out. */
function trimEnd(text: string, i: number): number {
  let j = i;
  while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
  return j;
}
