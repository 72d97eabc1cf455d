import type { CatalogEvent } from './catalog';
import { foldText } from './foldText';
import { isPinned } from './pinned';

/** What the reader has narrowed the events to. Empty sets mean "any". */
export interface Filters {
  actors: string[];
  /** Actor groups: an event passes when any of its actors is in one (or in `actors`). */
  groups: string[];
  types: string[];
  /** Floating-day ms, [start, end): events overlapping it pass. */
  range: [number, number] | null;
  text: string;
  onlyMapped: boolean;
}

export function emptyFilters(): Filters {
  return { actors: [], groups: [], types: [], range: null, text: '', onlyMapped: false };
}

export function isFiltering(f: Filters): boolean {
  return (
    f.actors.length > 0 ||
    f.groups.length > 0 ||
    f.types.length > 0 ||
    f.range !== null ||
    f.text.trim() !== '' ||
    f.onlyMapped
  );
}

type Facet = 'actors' | 'types' | 'range' | 'text' | 'onlyMapped';

/**
 * A predicate for the filters, leaving out one facet (for that facet's counts).
 * Actors and groups are one facet, "who": an event passes when one of its
 * actors is ticked or belongs to a ticked group; leaving out 'actors' leaves
 * out both.
 */
export function eventPredicate(f: Filters, without?: Facet): (e: CatalogEvent) => boolean {
  const who = without !== 'actors' && (f.actors.length > 0 || f.groups.length > 0);
  const actors = new Set(who ? f.actors : []);
  const groups = new Set(who ? f.groups : []);
  const types = without === 'types' || f.types.length === 0 ? null : new Set(f.types);
  const range = without === 'range' ? null : f.range;
  const words = without === 'text' ? [] : foldText(f.text).split(/\s+/).filter(Boolean);
  const onlyMapped = without !== 'onlyMapped' && f.onlyMapped;
  return (e) =>
    (types === null || types.has(e.type.id)) &&
    (!who ||
      e.actors.some((a) => actors.has(a.actor.id)) ||
      e.groups.some((g) => groups.has(g.id))) &&
    (range === null || (e.date.start < range[1] && e.date.end > range[0])) &&
    (!onlyMapped || isPinned(e.place)) &&
    words.every((w) => e.searchText.includes(w));
}

export function filterEvents(events: CatalogEvent[], f: Filters): CatalogEvent[] {
  if (!isFiltering(f)) return events;
  return events.filter(eventPredicate(f));
}

/**
 * Counts per value of a facet under all the other filters: what ticking that
 * box would give (for actors, groups and types, which combine with OR inside a
 * facet; groups count with the actors' facet).
 */
export function facetCounts(
  events: CatalogEvent[],
  f: Filters,
  facet: 'actors' | 'groups' | 'types',
): Map<string, number> {
  const pass = eventPredicate(f, facet === 'groups' ? 'actors' : facet);
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!pass(e)) continue;
    const keys =
      facet === 'types'
        ? [e.type.id]
        : facet === 'groups'
          ? e.groups.map((g) => g.id)
          : [...new Set(e.actors.map((a) => a.actor.id))];
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
