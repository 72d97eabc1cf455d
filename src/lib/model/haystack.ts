import type { CatalogEvent } from './catalog';

/**
 * Every event's search text in one string, one after another with a newline
 * between (a searched word never holds one). A word is then found with
 * `indexOf` over the whole string, jumping to the next event after each hit,
 * instead of asking 100,000 strings one by one: a few milliseconds for a
 * rare word rather than tens.
 */
export interface Haystack {
  text: string;
  /** Where event i's text begins; starts[n] is one past the end. */
  starts: Float64Array;
}

const built = new WeakMap<readonly CatalogEvent[], Haystack>();

/** The haystack of a list, built once per list (folding any text not folded yet). */
export function haystackOf(events: readonly CatalogEvent[]): Haystack {
  let h = built.get(events);
  if (!h) {
    const n = events.length;
    const starts = new Float64Array(n + 1);
    const parts = new Array<string>(n);
    let at = 0;
    for (let i = 0; i < n; i++) {
      const s = events[i]!.searchText;
      starts[i] = at;
      parts[i] = s;
      at += s.length + 1;
    }
    starts[n] = at;
    built.set(events, (h = { text: parts.join('\n'), starts }));
  }
  return h;
}

/** Clears `pass[i]` of every event whose text does not hold `word` (no whitespace in it). */
export function keepHolding(h: Haystack, word: string, pass: Uint8Array): void {
  const { text, starts } = h;
  const n = pass.length;
  let i = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) break;
    // Hits come in order: the events between the last one and this one do not hold the word.
    while (starts[i + 1]! <= at) pass[i++] = 0;
    from = starts[++i]!;
  }
  while (i < n) pass[i++] = 0;
}
