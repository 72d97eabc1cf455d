import { lowerBound, upperBound } from '../model/lowerBound';
import type { Window } from '../model/window';

/**
 * Event counts in `n` equal slices of the window, from the events' sorted
 * anchor times (sortedAnchorTimes): two binary searches a slice, so moving
 * the window does not pass over every event again.
 */
export function density(times: Float64Array, w: Window, n: number): number[] {
  const counts = new Array<number>(n).fill(0);
  const span = w[1] - w[0];
  if (span <= 0) return counts;
  let from = lowerBound(times, w[0]);
  for (let i = 0; i < n; i++) {
    const to =
      i === n - 1 ? lowerBound(times, w[1]) : lowerBound(times, w[0] + (span * (i + 1)) / n);
    counts[i] = to - from;
    from = to;
  }
  return counts;
}

/** How many of the sorted times fall before the window and after it. */
export function outside(times: Float64Array, w: Window): { before: number; after: number } {
  return { before: lowerBound(times, w[0]), after: times.length - upperBound(times, w[1]) };
}
