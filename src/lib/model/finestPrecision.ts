import type { CatalogEvent } from './catalog';
import type { DatePrecision } from './edtf';

const RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/** The finest precision any event's date (either end) is given to; null without dates. */
export function finestPrecision(events: readonly CatalogEvent[]): DatePrecision | null {
  let best: DatePrecision | null = null;
  for (const e of events) {
    for (const p of [e.date.from, e.date.to]) {
      if (p && (best === null || RANK[p.precision] < RANK[best])) best = p.precision;
    }
    if (best === 'day') break;
  }
  return best;
}
