import type { CatalogEvent } from '../model/catalog';
import type { Window } from '../model/window';

/** Event counts in `n` equal slices of the window, by start (or end when open). */
export function density(events: readonly CatalogEvent[], w: Window, n: number): number[] {
  const counts = new Array<number>(n).fill(0);
  const span = w[1] - w[0];
  if (span <= 0) return counts;
  for (const e of events) {
    const t = Number.isFinite(e.date.start) ? e.date.start : e.date.end;
    const i = Math.floor(((t - w[0]) / span) * n);
    if (i >= 0 && i < n) counts[i]! += 1;
  }
  return counts;
}
