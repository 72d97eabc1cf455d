import fc from 'fast-check';
import type { CatalogEvent } from '../catalog';

const DAY = 86_400_000;
const ev = (id: string, start: number, end: number) =>
  ({ id, date: { start, end } }) as unknown as CatalogEvent;

/** Random dates, some open-ended, some sharing a day; chronological when `sorted`. */
export const datedEvents = (sorted: boolean) =>
  fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constant(-Infinity),
          fc.integer({ min: -20, max: 20 }).map((d) => d * DAY),
        ),
        fc.oneof(
          fc.constant(Infinity),
          fc.integer({ min: 0, max: 15 }).map((d) => d * DAY),
        ),
      ),
      { maxLength: 50 },
    )
    .map((pairs) => {
      const list = pairs.map(([s, len], i) =>
        ev(`e${i}`, s, Number.isFinite(s) ? s + Math.max(len, 1) : len),
      );
      return sorted
        ? list.sort((a, b) => a.date.start - b.date.start || a.date.end - b.date.end)
        : list;
    });
