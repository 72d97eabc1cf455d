import type { Window } from '../model/window';

/**
 * The span of the bulk of the events: their anchors, minus lone outliers at
 * either end (a point further from its neighbour than three times the span of
 * everything left, e.g. one event in 1994 before a week in 2020), dropping at
 * most 5% of the events per side. `t`: the events' sorted anchor times
 * (sortedAnchorTimes).
 */
export function bulkSpan(t: Float64Array): Window | null {
  if (t.length === 0) return null;
  const cap = Math.floor(t.length * 0.05) + 1;
  let lo = 0;
  let hi = t.length - 1;
  while (lo < cap && hi - lo > 1 && t[lo + 1]! - t[lo]! > 3 * (t[hi]! - t[lo + 1]!)) lo++;
  while (t.length - 1 - hi < cap && hi - lo > 1 && t[hi]! - t[hi - 1]! > 3 * (t[hi - 1]! - t[lo]!))
    hi--;
  return [t[lo]!, t[hi]!];
}

/**
 * What the overview strip spans: the bulk of the events and the current date
 * window, padded; or everything when there is no date window ("all dates").
 * Outliers beyond it are counted at the strip's edges rather than squeezing
 * the rest into a sliver.
 */
export function overviewDomain(
  bulk: Window | null,
  range: Window | null,
  extent: Window | null,
): Window | null {
  if (!range || !bulk) return extent;
  const lo = Math.min(bulk[0], range[0]);
  const hi = Math.max(bulk[1], range[1]);
  const pad = Math.max((hi - lo) * 0.05, 3_600_000);
  return [lo - pad, hi + pad];
}
