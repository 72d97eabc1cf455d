import { edtf } from './edtf';
import type { EventRecord } from './types';

/**
 * Chronological order of n items: by start, then end, then id; sorted as
 * indexes over typed keys, many times faster than comparing objects. Null when
 * the items are in order already (exports and generated data often are): one
 * pass, no sort.
 */
export function chronologicalOrder(
  start: Float64Array,
  end: Float64Array,
  id: (i: number) => string,
): Uint32Array | null {
  const n = start.length;
  const compare = (i: number, j: number): number => {
    const d = start[i]! - start[j]! || end[i]! - end[j]!;
    if (d !== 0 && !Number.isNaN(d)) return d;
    const a = id(i);
    const b = id(j);
    return a < b ? -1 : a > b ? 1 : 0;
  };
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = compare(i - 1, i) <= 0;
  if (sorted) return null;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort(compare);
}

/** A dataset's events in chronological order (as the catalog keeps them); the same array when in order. */
export function recordsInTimeOrder(events: EventRecord[]): EventRecord[] {
  const n = events.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = edtf(events[i]!.date);
    start[i] = d.start;
    end[i] = d.end;
  }
  const order = chronologicalOrder(start, end, (i) => events[i]!.id);
  return order ? Array.from(order, (i) => events[i]!) : events;
}
