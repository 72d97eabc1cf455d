import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CatalogEvent } from './catalog';
import { eventsIn, seedDateColumns } from './dateColumns';
import { datedEvents } from './testing/datedEvents';

const DAY = 86_400_000;
const ev = (id: string, start: number, end: number) =>
  ({ id, date: { start, end } }) as unknown as CatalogEvent;

const windowArb = fc
  .tuple(fc.integer({ min: -25, max: 25 }), fc.integer({ min: 1, max: 20 }))
  .map(([a, n]) => [a * DAY + 3_600_000, (a + n) * DAY] as const);

describe('events in a window', () => {
  it('are those whose date overlaps it, in the list order, whether or not the list is chronological', () => {
    fc.assert(
      fc.property(fc.boolean().chain(datedEvents), windowArb, (list, w) => {
        const expected = list.filter((e) => e.date.start < w[1] && e.date.end > w[0]);
        expect(eventsIn(list, w).map((e) => e.id)).toEqual(expected.map((e) => e.id));
      }),
    );
  });

  it('is the list itself when every event overlaps, so nothing downstream is derived again', () => {
    const list = [ev('a', 0, DAY), ev('b', DAY, 2 * DAY)];
    expect(eventsIn(list, [0, 2 * DAY])).toBe(list);
    expect(eventsIn(list, [0, DAY])).toEqual([list[0]]);
  });

  it('answers from columns handed over with a list as from the events themselves', () => {
    fc.assert(
      fc.property(fc.boolean().chain(datedEvents), windowArb, (list, w) => {
        const copy = [...list];
        seedDateColumns(
          copy,
          Float64Array.from(copy, (e) => e.date.start),
          Float64Array.from(copy, (e) => e.date.end),
        );
        expect(eventsIn(copy, w)).toEqual(eventsIn(list, w));
      }),
    );
  });
});
