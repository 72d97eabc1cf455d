import type { Actor, ActorGroup, Dataset, EventRecord, Place } from './types';
import { edtf, parseEdtf, type EdtfDate } from './edtf';
import { datasetEventTypes, eventType, type EventType } from './eventTypes';
import { foldText } from './foldText';

/** An event with its references resolved and its date parsed: what views use. */
export interface CatalogEvent {
  record: EventRecord;
  id: string;
  date: EdtfDate;
  type: EventType;
  actors: { actor: Actor; role?: string }[];
  /** The groups its actors belong to, each once, in the dataset's order. */
  groups: ActorGroup[];
  place: Place | null;
  /** Position in chronological order. */
  index: number;
  /** Folded text of title, summary, quotes, actor and group names, place names, aliases: for search. */
  searchText: string;
}

export interface Catalog {
  dataset: Dataset;
  /** Chronological: by start, then end, then id. */
  events: CatalogEvent[];
  byId: Map<string, CatalogEvent>;
  actors: Map<string, Actor>;
  /** The dataset's actor groups, in its order. */
  groups: Map<string, ActorGroup>;
  places: Map<string, Place>;
  /** The built-in types, then the dataset's declared ones (meta.types): lane and filter order. */
  types: EventType[];
  /** Publication date of the reporting, if it has one. */
  published: EdtfDate | null;
}

function compare(a: CatalogEvent, b: CatalogEvent): number {
  return (
    a.date.start - b.date.start ||
    a.date.end - b.date.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Resolves a validated dataset into the structure the views read. */
export function buildCatalog(dataset: Dataset): Catalog {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const types = datasetEventTypes(dataset.meta.types);
  const typeById = new Map(types.map((t) => [t.id, t]));
  const groups = new Map((dataset.groups ?? []).map((g) => [g.id, g]));
  const groupOrder = [...groups.keys()];
  const events = dataset.events.map((record): CatalogEvent => {
    const eventActors = record.actors.flatMap((ea) => {
      const actor = actors.get(ea.id);
      return actor ? [{ actor, role: ea.role }] : [];
    });
    const place = record.place === null ? null : (places.get(record.place) ?? null);
    // Most datasets have no groups: no per-event work for them (100,000 events).
    const inGroups =
      groups.size === 0 ? null : new Set(eventActors.flatMap(({ actor }) => actor.groups ?? []));
    const eventGroups = inGroups
      ? groupOrder.filter((id) => inGroups.has(id)).map((id) => groups.get(id)!)
      : [];
    const searchText = foldText(
      [
        record.title,
        record.summary,
        ...record.sources.map((s) => s.quote),
        ...eventActors.flatMap(({ actor }) => [actor.name, ...(actor.aliases ?? [])]),
        ...eventGroups.map((g) => g.name),
        place?.name ?? '',
        ...(place?.aliases ?? []),
        ...(record.tags ?? []),
      ].join('\n'),
    );
    return {
      record,
      id: record.id,
      date: edtf(record.date),
      type: typeById.get(record.type) ?? eventType(record.type),
      actors: eventActors,
      groups: eventGroups,
      place,
      index: 0,
      searchText,
    };
  });
  events.sort(compare);
  events.forEach((e, i) => (e.index = i));
  const parsed = dataset.meta.published === undefined ? null : parseEdtf(dataset.meta.published);
  const published = parsed?.ok ? parsed.value : null;
  return {
    dataset,
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    actors,
    groups,
    places,
    types,
    published,
  };
}
