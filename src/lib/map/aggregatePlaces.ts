import type { CatalogEvent } from '../model/catalog';
import type { EventType } from '../model/eventTypes';
import type { Place } from '../model/types';
import { inBounds, type Bounds } from './mapFrame';

export interface TypeCount {
  type: EventType;
  count: number;
}

/** The visible events at one place. */
export interface PlaceGroup {
  place: Place;
  /** Chronological, as given. */
  events: CatalogEvent[];
  count: number;
  /** Most frequent first; ties by type id so the order is stable. */
  types: TypeCount[];
  /** The colour the marker takes: the most frequent type. */
  dominant: EventType;
}

export interface PlaceAggregate {
  /** Every place more precise than a country: drawn on the map, inside the frame or not. */
  mapped: PlaceGroup[];
  /** Mapped places outside the frame: still drawn, and listed so nobody misses them. */
  outside: PlaceGroup[];
  /** Country-level places: a pin would claim a spot the article never gives. */
  countryWide: PlaceGroup[];
  /** Events the article gives no place for. */
  unplaced: CatalogEvent[];
  /** Events in `outside`, `countryWide` and `unplaced`. */
  offMapCount: number;
  /** Event id → id of its place in `mapped`. */
  /** The place on the map of a shown event, by id (undefined when it is not on the map). */
  placeOf: (id: string) => string | undefined;
}

const byCountThenName = (a: PlaceGroup, b: PlaceGroup) =>
  b.count - a.count || (a.place.name < b.place.name ? -1 : a.place.name > b.place.name ? 1 : 0);

function group(place: Place, events: CatalogEvent[]): PlaceGroup {
  const counts = new Map<string, TypeCount>();
  for (const e of events) {
    const tc = counts.get(e.type.id);
    if (tc) tc.count++;
    else counts.set(e.type.id, { type: e.type, count: 1 });
  }
  const types = [...counts.values()].sort(
    (a, b) => b.count - a.count || (a.type.id < b.type.id ? -1 : 1),
  );
  return { place, events, count: events.length, types, dominant: types[0]!.type };
}

/**
 * Gathers events by place and sorts the places into what the map can draw
 * and what it must list instead, so no event is dropped or pinned to a
 * point the reporting does not give.
 */
/**
 * Built on the first lookup (a hover, a selection), not with the aggregate:
 * a filter change over 100,000 events should not fill a map of them first.
 */
function placeLookup(mapped: readonly PlaceGroup[]): (id: string) => string | undefined {
  let byEvent: Map<string, string> | null = null;
  return (id) => {
    if (!byEvent) {
      byEvent = new Map();
      for (const g of mapped) for (const e of g.events) byEvent.set(e.id, g.place.id);
    }
    return byEvent.get(id);
  };
}

export function aggregatePlaces(events: readonly CatalogEvent[], frame: Bounds): PlaceAggregate {
  const byPlace = new Map<string, { place: Place; events: CatalogEvent[] }>();
  const unplaced: CatalogEvent[] = [];
  for (const e of events) {
    if (!e.place) {
      unplaced.push(e);
      continue;
    }
    const entry = byPlace.get(e.place.id);
    if (entry) entry.events.push(e);
    else byPlace.set(e.place.id, { place: e.place, events: [e] });
  }

  const mapped: PlaceGroup[] = [];
  const outside: PlaceGroup[] = [];
  const countryWide: PlaceGroup[] = [];
  for (const { place, events: list } of byPlace.values()) {
    const g = group(place, list);
    if (place.precision === 'country') {
      countryWide.push(g);
      continue;
    }
    mapped.push(g);
    if (!inBounds(frame, place.lat, place.lon)) outside.push(g);
  }
  mapped.sort(byCountThenName);
  outside.sort(byCountThenName);
  countryWide.sort(byCountThenName);
  const sum = (gs: PlaceGroup[]) => gs.reduce((n, g) => n + g.count, 0);
  return {
    mapped,
    outside,
    countryWide,
    unplaced,
    offMapCount: sum(outside) + sum(countryWide) + unplaced.length,
    placeOf: placeLookup(mapped),
  };
}
