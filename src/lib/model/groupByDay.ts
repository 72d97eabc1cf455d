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
 * Groups chronological events under headings: events of one calendar day
 * share its heading (a hedged day, "14 Aug 2020?", goes under 14 Aug and
 * carries its qualifier itself); a period or a month has its own heading.
 */
export function groupByDay(events: CatalogEvent[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const e of events) {
    const oneDay = !e.date.isInterval && e.date.precision === 'day';
    const label = formatEdtf(e.date, { qualifiers: !oneDay });
    const last = groups.at(-1);
    if (last && last.label === label) last.events.push(e);
    else groups.push({ key: `${label}@${e.id}`, label, events: [e] });
  }
  return groups;
}
