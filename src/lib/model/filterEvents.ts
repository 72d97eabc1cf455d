import type { CatalogEvent } from './catalog';
import { foldText } from './foldText';

/** What the reader has narrowed the events to. Empty sets mean "any". */
export interface Filters {
  actors: string[];
  types: string[];
  /** Floating-day ms, [start, end): events overlapping it pass. */
  range: [number, number] | null;
  text: string;
  onlyMapped: boolean;
}

export function emptyFilters(): Filters {
  return { actors: [], types: [], range: null, text: '', onlyMapped: false };
}

export function isFiltering(f: Filters): boolean {
  return (
    f.actors.length > 0 ||
    f.types.length > 0 ||
    f.range !== null ||
    f.text.trim() !== '' ||
    f.onlyMapped
  );
}

type Facet = 'actors' | 'types' | 'range' | 'text' | 'onlyMapped';

/** A predicate for the filters, leaving out one facet (for that facet's counts). */
export function eventPredicate(f: Filters, without?: Facet): (e: CatalogEvent) => boolean {
  const actors = without === 'actors' || f.actors.length === 0 ? null : new Set(f.actors);
  const types = without === 'types' || f.types.length === 0 ? null : new Set(f.types);
  const range = without === 'range' ? null : f.range;
  const words = without === 'text' ? [] : foldText(f.text).split(/\s+/).filter(Boolean);
  const onlyMapped = without !== 'onlyMapped' && f.onlyMapped;
  return (e) =>
    (types === null || types.has(e.type.id)) &&
    (actors === null || e.actors.some((a) => actors.has(a.actor.id))) &&
    (range === null || (e.date.start < range[1] && e.date.end > range[0])) &&
    (!onlyMapped || (e.place !== null && e.place.precision !== 'country')) &&
    words.every((w) => e.searchText.includes(w));
}

export function filterEvents(events: CatalogEvent[], f: Filters): CatalogEvent[] {
  if (!isFiltering(f)) return events;
  return events.filter(eventPredicate(f));
}

/**
 * Counts per value of a facet under all the other filters: what ticking that
 * box would give (for actors and types, which combine with OR inside a facet).
 */
export function facetCounts(
  events: CatalogEvent[],
  f: Filters,
  facet: 'actors' | 'types',
): Map<string, number> {
  const pass = eventPredicate(f, facet);
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!pass(e)) continue;
    const keys = facet === 'types' ? [e.type.id] : [...new Set(e.actors.map((a) => a.actor.id))];
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
