import type { CatalogEvent } from './catalog';
import { formatEdtf } from './formatEdtf';

export interface DayGroup {
  /** Unique key: the heading and the group's first event. */
  key: string;
  /** "14 Aug 2020", "9–15 Aug 2020", "Aug 2020 (approx.)". */
  label: string;
  events: CatalogEvent[];
}

/**
 * Groups chronological events under headings: consecutive events with the
 * same formatted date (one day, or the same period) share a heading.
 */
export function groupByDay(events: CatalogEvent[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const e of events) {
    const label = formatEdtf(e.date);
    const last = groups.at(-1);
    if (last && last.label === label) last.events.push(e);
    else groups.push({ key: `${label}@${e.id}`, label, events: [e] });
  }
  return groups;
}
