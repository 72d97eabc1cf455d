import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CatalogEvent } from '../model/catalog';
import { datedEvents } from '../model/testing/datedEvents';
import { outsideWindow } from './outsideWindow';

const DAY = 86_400_000;
const ev = (id: string, start: number, end: number) =>
  ({ id, date: { start, end } }) as unknown as CatalogEvent;

/** What the hint counts, by one pass over every event. */
function naive(events: CatalogEvent[], [v0, v1]: readonly [number, number]) {
  let earlier = 0;
  let later = 0;
  let lastEarlier: string | null = null;
  let firstLater: string | null = null;
  for (const e of events) {
    if (e.date.end <= v0) {
      earlier++;
      lastEarlier = e.id;
    } else if (e.date.start >= v1) {
      later++;
      firstLater ??= e.id;
    }
  }
  return { earlier, later, lastEarlier, firstLater };
}

describe('events outside the window', () => {
  it('counts those wholly before and after it and names the nearest of each', () => {
    const list = [
      ev('long', 0, 9 * DAY),
      ev('a', DAY, 2 * DAY),
      ev('b', 2 * DAY, 3 * DAY),
      ev('in', 4 * DAY, 5 * DAY),
      ev('c', 6 * DAY, 7 * DAY),
      ev('d', 8 * DAY, 9 * DAY),
    ];
    const o = outsideWindow(list, [3 * DAY, 6 * DAY]);
    expect([o.earlier, o.lastEarlier?.id, o.later, o.firstLater?.id]).toEqual([2, 'b', 2, 'c']);
  });

  it('agrees with a pass over every event, for chronological lists and any window', () => {
    fc.assert(
      fc.property(
        datedEvents(true),
        fc.integer({ min: -25, max: 25 }),
        fc.integer({ min: 1, max: 20 }),
        (list, a, n) => {
          const w = [a * DAY, (a + n) * DAY] as const;
          const o = outsideWindow(list, w);
          expect({
            earlier: o.earlier,
            later: o.later,
            lastEarlier: o.lastEarlier?.id ?? null,
            firstLater: o.firstLater?.id ?? null,
          }).toEqual(naive(list, w));
        },
      ),
    );
  });

  it('counts nothing without a window', () => {
    expect(outsideWindow([ev('a', 0, DAY)], null)).toMatchObject({ earlier: 0, later: 0 });
  });
});
