import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chronologicalOrder } from './chronological';

function naive(start: number[], end: number[], id: string[]): number[] {
  return start
    .map((_, i) => i)
    .sort((i, j) => {
      const d = start[i]! - start[j]! || end[i]! - end[j]!;
      if (d !== 0 && !Number.isNaN(d)) return d;
      return id[i]! < id[j]! ? -1 : id[i]! > id[j]! ? 1 : 0;
    });
}

describe('chronological order', () => {
  const time = fc.oneof(
    fc.constantFrom(-Infinity, Infinity, 0, 86_400_000),
    fc.integer({ min: -5, max: 5 }).map((d) => d * 86_400_000),
  );

  it('orders by start, then end, then id, as a comparison sort does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(time, time), { maxLength: 60 }), (pairs) => {
        const start = pairs.map(([a]) => a);
        const end = pairs.map(([a, b]) => Math.max(a, b));
        const id = pairs.map((_, i) => `e${(i * 7919) % 101}-${i}`);
        const order = chronologicalOrder(
          Float64Array.from(start),
          Float64Array.from(end),
          (i) => id[i]!,
        );
        const expected = naive(start, end, id);
        expect(order ? [...order] : start.map((_, i) => i)).toEqual(expected);
      }),
    );
  });

  it('says when the items are in order already', () => {
    const t = Float64Array.from([1, 2, 2, 3]);
    expect(chronologicalOrder(t, t, (i) => `e${i}`)).toBeNull();
  });
});
