import { lowerBound } from './lowerBound';

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
  if (start.some(Number.isNaN)) return order.sort(compare);
  // By start through its distinct values (a native sort of numbers, then a counting pass),
  // and only events that share a start by comparison: 100,000 events in tens of
  // milliseconds rather than the hundreds a comparator sort of all of them takes.
  const distinct = Float64Array.from(start).sort();
  let m = 0;
  for (let i = 0; i < n; i++)
    if (i === 0 || distinct[i] !== distinct[m - 1]) distinct[m++] = distinct[i]!;
  const values = distinct.subarray(0, m);
  const at = new Uint32Array(m + 1);
  const bucket = new Uint32Array(n);
  for (let i = 0; i < n; i++) at[(bucket[i] = lowerBound(values, start[i]!)) + 1]!++;
  for (let b = 1; b < at.length; b++) at[b]! += at[b - 1]!;
  const next = at.slice(0, -1);
  for (let i = 0; i < n; i++) order[next[bucket[i]!]!++] = i;
  for (let b = 0; b + 1 < at.length; b++) {
    if (at[b + 1]! - at[b]! > 1) order.subarray(at[b]!, at[b + 1]!).sort(compare);
  }
  return order;
}
