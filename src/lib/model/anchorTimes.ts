import type { CatalogEvent } from './catalog';
import { dateColumns } from './dateColumns';

/** The time that stands for an event on a time axis: its start, or its end when the start is open. */
export function anchorTime(e: CatalogEvent): number {
  return Number.isFinite(e.date.start) ? e.date.start : e.date.end;
}

/**
 * The events' anchor times, the infinite ones left out, sorted ascending. A
 * typed array sorts numbers natively, many times faster than with a comparator.
 */
export function sortedAnchorTimes(events: readonly CatalogEvent[]): Float64Array {
  let times = sorted.get(events);
  if (!times) sorted.set(events, (times = sortTimes(events)));
  return times;
}

/** Per event list: the default window and the overview both ask for the same list's times. */
const sorted = new WeakMap<readonly CatalogEvent[], Float64Array>();

function sortTimes(events: readonly CatalogEvent[]): Float64Array {
  // From the list's date columns, often handed over by the filter (see seedDateColumns).
  const { starts, ends } = dateColumns(events);
  const all = new Float64Array(events.length);
  let n = 0;
  for (let i = 0; i < starts.length; i++) {
    const t = Number.isFinite(starts[i]!) ? starts[i]! : ends[i]!;
    if (Number.isFinite(t)) all[n++] = t;
  }
  return all.subarray(0, n).sort();
}
