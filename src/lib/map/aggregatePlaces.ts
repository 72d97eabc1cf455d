import type { CatalogEvent } from '../model/catalog';
import type { EventType } from '../model/eventTypes';
import type { Place } from '../model/types';
import { isPinned } from '../model/pinned';
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
  /**
   * Every place more precise than a country: drawn on the map, inside the
   * frame or not. Most events first; ties in the order of their first shown
   * event (the lists below break ties by name, for readers; at 25,000 places
   * comparing names took 40 ms of each filter change).
   */
  mapped: PlaceGroup[];
  /** Mapped places outside the frame: still drawn, and listed so nobody misses them. */
  outside: PlaceGroup[];
  /** Country-level places: a pin would claim a spot the article never gives. */
  countryWide: PlaceGroup[];
  /** Events the article gives no place for. */
  unplaced: CatalogEvent[];
  /** Events in `outside`, `countryWide` and `unplaced`. */
  offMapCount: number;
  /** The place on the map of a shown event, by id (undefined when it is not on the map). */
  placeOf: (id: string) => string | undefined;
}

const byCountThenName = (a: PlaceGroup, b: PlaceGroup) =>
  b.count - a.count || (a.place.name < b.place.name ? -1 : a.place.name > b.place.name ? 1 : 0);

const byCountThenType = (a: TypeCount, b: TypeCount) =>
  b.count - a.count || (a.type.id < b.type.id ? -1 : 1);

function group(place: Place, events: CatalogEvent[]): PlaceGroup {
  // A short list, not a map: a place has a few types, and at 25,000 places
  // (two events each) building a map per place was most of the grouping.
  const types: TypeCount[] = [];
  for (const e of events) {
    const tc = types.find((t) => t.type.id === e.type.id);
    if (tc) tc.count++;
    else types.push({ type: e.type, count: 1 });
  }
  if (types.length > 1) types.sort(byCountThenType);
  return { place, events, count: events.length, types, dominant: types[0]!.type };
}

/** The events at one place while they are gathered, and their group once it is on the map. */
interface Gathered {
  place: Place;
  events: CatalogEvent[];
  mapped?: PlaceGroup;
}

/**
 * The place on the map of a shown event: its place's group, if that holds
 * it. Nothing is built per shown event up front: at 50,000 of them a map
 * from each to its place took 35-55 ms on the first hover after every change
 * (a drag starting on a marker focuses it, and that frame waited). A group's
 * events are gathered into a set the first time one of them is asked for.
 */
function placeLookup(
  byPlace: ReadonlyMap<Place, Gathered>,
  eventById: (id: string) => CatalogEvent | undefined,
): (id: string) => string | undefined {
  const members = new Map<PlaceGroup, Set<CatalogEvent>>();
  return (id) => {
    const e = eventById(id);
    const g = e?.place ? byPlace.get(e.place)?.mapped : undefined;
    if (!e || !g) return undefined;
    let shown = members.get(g);
    if (!shown) members.set(g, (shown = new Set(g.events)));
    return shown.has(e) ? g.place.id : undefined;
  };
}

/**
 * Gathers events by place and sorts the places into what the map can draw
 * and what it must list instead, so no event is dropped or pinned to a
 * point the reporting does not give. `eventById` finds a dataset's event
 * by id (for `placeOf`).
 */
export function aggregatePlaces(
  events: readonly CatalogEvent[],
  frame: Bounds,
  eventById: (id: string) => CatalogEvent | undefined,
): PlaceAggregate {
  // Keyed by the place itself (each id has one place object in a catalog): no
  // string to read and hash per event.
  const byPlace = new Map<Place, Gathered>();
  const unplaced: CatalogEvent[] = [];
  for (const e of events) {
    const place = e.place;
    if (!place) {
      unplaced.push(e);
      continue;
    }
    const entry = byPlace.get(place);
    if (entry) entry.events.push(e);
    else byPlace.set(place, { place, events: [e] });
  }

  const mapped: PlaceGroup[] = [];
  const outside: PlaceGroup[] = [];
  const countryWide: PlaceGroup[] = [];
  for (const gathered of byPlace.values()) {
    const { place } = gathered;
    const g = group(place, gathered.events);
    if (!isPinned(place)) {
      countryWide.push(g);
      continue;
    }
    gathered.mapped = g;
    mapped.push(g);
    if (!inBounds(frame, place.lat, place.lon)) outside.push(g);
  }
  mapped.sort((a, b) => b.count - a.count);
  outside.sort(byCountThenName);
  countryWide.sort(byCountThenName);
  const sum = (gs: PlaceGroup[]) => gs.reduce((n, g) => n + g.count, 0);
  return {
    mapped,
    outside,
    countryWide,
    unplaced,
    offMapCount: sum(outside) + sum(countryWide) + unplaced.length,
    placeOf: placeLookup(byPlace, eventById),
  };
}
