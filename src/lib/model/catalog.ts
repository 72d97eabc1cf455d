import type { Actor, ActorGroup, Dataset, EventRecord, Place } from './types';
import { edtf, parseEdtf, type EdtfDate } from './edtf';
import { datasetEventTypes, eventType, type EventType } from './eventTypes';
import { foldText } from './foldText';
import { chronologicalOrder } from './chronological';
import { seedDateColumns } from './dateColumns';
import { isDisputed } from './otherReporting';
import { reachEnd, reachStart } from './window';

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
  /** The dataset marks it a key event (`record.key`). */
  key: boolean;
  /**
   * Its title's length: layout estimates title widths from it. Packing
   * 100,000 events into lanes took twice as long reading each title from
   * its record (a record per event, scattered in memory).
   */
  titleLength: number;
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
  /** The key events, chronological. */
  keyEvents: CatalogEvent[];
  /** Which special marks some event needs (the timeline's legend names only those). */
  marks: { key: boolean; hedged: boolean; disputed: boolean };
  /**
   * Earliest known start and latest known end (an open end counts as its
   * other end); ±Infinity without a dated event. See fullExtent.
   */
  span: readonly [number, number];
}

/**
 * A catalog event whose search text is folded on first use: building it for
 * 100,000 events is a quarter of the load, and only a search needs it.
 */
class Entry implements CatalogEvent {
  index = 0;
  readonly key: boolean;
  readonly titleLength: number;
  #searchText: string | null = null;
  constructor(
    readonly record: EventRecord,
    readonly id: string,
    readonly date: EdtfDate,
    readonly type: EventType,
    readonly actors: { actor: Actor; role?: string }[],
    readonly groups: ActorGroup[],
    readonly place: Place | null,
  ) {
    this.key = record.key === true;
    this.titleLength = record.title.length;
  }

  get searchText(): string {
    if (this.#searchText === null) {
      const r = this.record;
      let text = `${r.title}\n${r.summary}`;
      for (const s of r.sources) text += `\n${s.quote}`;
      for (const { actor } of this.actors) {
        text += `\n${actor.name}`;
        for (const a of actor.aliases ?? []) text += `\n${a}`;
      }
      for (const g of this.groups) text += `\n${g.name}`;
      if (this.place) {
        text += `\n${this.place.name}`;
        for (const a of this.place.aliases ?? []) text += `\n${a}`;
      }
      for (const t of r.tags ?? []) text += `\n${t}`;
      this.#searchText = foldText(text);
    }
    return this.#searchText;
  }
}

/**
 * The events in chronological order (see chronologicalOrder), with their date
 * columns handed to dateColumns: the filter index and the opening window read
 * them instead of 100,000 events again.
 */
function chronological(events: CatalogEvent[]): CatalogEvent[] {
  const n = events.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = events[i]!.date.start;
    end[i] = events[i]!.date.end;
  }
  const order = chronologicalOrder(start, end, (i) => events[i]!.id);
  if (!order) {
    seedDateColumns(events, start, end);
    return events;
  }
  const sorted = new Array<CatalogEvent>(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    sorted[k] = events[i]!;
    starts[k] = start[i]!;
    ends[k] = end[i]!;
  }
  seedDateColumns(sorted, starts, ends);
  return sorted;
}

/** The groups of an event whose actors are in none (never changed: shared by them all). */
const NO_GROUPS: ActorGroup[] = [];

/** Resolves a validated dataset into the structure the views read. */
export function buildCatalog(dataset: Dataset): Catalog {
  const builder = new CatalogBuilder(dataset);
  builder.add(dataset.events.length);
  return builder.finish();
}

/**
 * Builds a catalog a slice of events at a time (`add`), so a big dataset's
 * catalog can be built over several tasks; `finish` orders and indexes them.
 */
export class CatalogBuilder {
  private readonly actors: Map<string, Actor>;
  private readonly places: Map<string, Place>;
  private readonly types: EventType[];
  private readonly typeById: Map<string, EventType>;
  private readonly groups: Map<string, ActorGroup>;
  private readonly groupOrder: string[];
  private readonly entries: CatalogEvent[] = [];
  // Each id as its event is resolved: a big catalog's last step (its order) is long enough.
  private readonly byId = new Map<string, CatalogEvent>();
  // Gathered as events are resolved, while each is at hand: a pass over 100,000 events
  // apiece at the first render otherwise.
  private readonly keyed: CatalogEvent[] = [];
  private readonly marks = { key: false, hedged: false, disputed: false };
  // Events share dates (100,000 generated ones have 2,800) and, most of them, a single actor
  // named without a role: one parsed date, and one list of actors and of groups, each shared
  // (catalog events are never changed). Fewer objects make a big load's garbage collections
  // shorter, besides the parsing saved.
  private readonly dateOf = new Map<string, EdtfDate>();
  private readonly soleActor = new Map<string, Pick<CatalogEvent, 'actors' | 'groups'>>();
  private lo = Infinity;
  private hi = -Infinity;

  constructor(private readonly dataset: Dataset) {
    this.actors = new Map(dataset.actors.map((a) => [a.id, a]));
    this.places = new Map(dataset.places.map((p) => [p.id, p]));
    this.types = datasetEventTypes(dataset.meta.types);
    this.typeById = new Map(this.types.map((t) => [t.id, t]));
    this.groups = new Map((dataset.groups ?? []).map((g) => [g.id, g]));
    this.groupOrder = [...this.groups.keys()];
  }

  /** Whether every event has been added. */
  get done(): boolean {
    return this.entries.length >= this.dataset.events.length;
  }

  /** Resolves up to `count` more events. */
  add(count: number): void {
    const { places, typeById, entries } = this;
    const records = this.dataset.events;
    const end = Math.min(records.length, entries.length + count);
    for (let i = entries.length; i < end; i++) {
      const record = records[i]!;
      let date = this.dateOf.get(record.date);
      if (!date) this.dateOf.set(record.date, (date = edtf(record.date)));
      const sole = record.actors.length === 1 && record.actors[0]!.role === undefined;
      let resolved = sole ? this.soleActor.get(record.actors[0]!.id) : undefined;
      if (!resolved) {
        resolved = this.resolveActors(record);
        if (sole) this.soleActor.set(record.actors[0]!.id, resolved);
      }
      const place = record.place === null ? null : (places.get(record.place) ?? null);
      const entry = new Entry(
        record,
        record.id,
        date,
        typeById.get(record.type) ?? eventType(record.type),
        resolved.actors,
        resolved.groups,
        place,
      );
      entries.push(entry);
      this.byId.set(entry.id, entry);
      this.note(entry);
    }
  }

  /** An event's actors, and the groups they belong to. */
  private resolveActors(record: EventRecord): Pick<CatalogEvent, 'actors' | 'groups'> {
    const { actors, groups, groupOrder } = this;
    // Lists of their exact length (pushing onto an empty one reserves room for more) and
    // one shared empty list of groups: 100,000 events take 16 MB less (41 → 25 MB in Node).
    // A validated dataset names only actors it lists; a name it does not list is left out.
    const resolved = record.actors.map((ea) => ({ actor: actors.get(ea.id), role: ea.role }));
    const eventActors = resolved.every((a) => a.actor !== undefined)
      ? (resolved as CatalogEvent['actors'])
      : resolved.flatMap(({ actor, role }) => (actor ? [{ actor, role }] : []));
    // Most datasets have no groups: no per-event work for them (100,000 events).
    const inGroups =
      groups.size === 0 ? null : new Set(eventActors.flatMap(({ actor }) => actor.groups ?? []));
    const eventGroups = inGroups
      ? groupOrder.filter((id) => inGroups.has(id)).map((id) => groups.get(id)!)
      : NO_GROUPS;
    return { actors: eventActors, groups: eventGroups };
  }

  private note(entry: CatalogEvent): void {
    const { date, record } = entry;
    const s = reachStart(date);
    const t = reachEnd(date);
    if (s < this.lo) this.lo = s;
    if (t > this.hi) this.hi = t;
    const marks = this.marks;
    if (entry.key) {
      this.keyed.push(entry);
      marks.key = true;
    }
    if (date.uncertain) marks.hedged = true;
    if (!marks.disputed && isDisputed(record)) marks.disputed = true;
  }

  /** The catalog (adding whatever events are left). */
  finish(): Catalog {
    if (!this.done) this.add(Infinity);
    const { dataset, actors, groups, places, types } = this;
    const unsorted = this.entries;
    const events = chronological(unsorted);
    events.forEach((e, i) => (e.index = i));
    const parsed = dataset.meta.published === undefined ? null : parseEdtf(dataset.meta.published);
    const published = parsed?.ok ? parsed.value : null;
    return {
      dataset,
      events,
      byId: this.byId,
      actors,
      groups,
      places,
      types,
      published,
      keyEvents: this.keyed.slice().sort((a, b) => a.index - b.index),
      marks: { ...this.marks },
      span: [this.lo, this.hi],
    };
  }
}
