import { isEventType } from '../../model/eventTypes';
import type {
  Actor,
  ActorKind,
  Dataset,
  DatasetMeta,
  DeclaredEventType,
  EventRecord,
  Place,
  PlacePrecision,
  Source,
} from '../../model/types';
import { SlugAllocator, slugify } from './slugs';
import type { RowOrigin } from './types';

/** Case and spacing do not make two names two actors or places. */
function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface MetaBasics {
  title: string;
  description: string;
  language?: string;
  published?: string;
}

/**
 * Collects the records an importer makes from a file's rows into a candidate
 * dataset: actors and places deduplicated by name (places by name and
 * coordinates), sources and declared types by key, each with a slug id handed
 * out deterministically (the same file always gives the same ids). Every
 * record is a new object built from the fields the importer chose; nothing
 * from the parsed input is copied wholesale.
 */
export class DatasetBuilder {
  private readonly actors: Actor[] = [];
  private readonly actorIds = new SlugAllocator('actor');
  private readonly places: Place[] = [];
  private readonly placeIds = new SlugAllocator('place');
  private readonly sources: Source[] = [];
  private readonly sourceIds = new SlugAllocator('source');
  private readonly types: DeclaredEventType[] = [];
  private readonly typeIds = new SlugAllocator('type');
  private readonly eventIds = new SlugAllocator('event');
  /** Foreign event id → the row that first used it. */
  private readonly foreign = new Map<string, number>();
  readonly events: EventRecord[] = [];
  readonly origins: RowOrigin[] = [];

  constructor(private readonly basics: MetaBasics) {}

  /** Ids by the exact text a file gave: most names repeat, and normalising each is slow. */
  private readonly seen = new Map<string, string>();

  /** The id of the actor with this name, added on first use. */
  actor(name: string, kind: ActorKind, description: string): string {
    const seen = this.seen.get(`a\u0000${name}`);
    if (seen !== undefined) return seen;
    const key = nameKey(name);
    const had = this.actorIds.has(key);
    const id = this.actorIds.idFor(key, name);
    if (!had) this.actors.push({ id, name: name.trim(), kind, description });
    this.seen.set(`a\u0000${name}`, id);
    return id;
  }

  /** The id of the place with this name at these coordinates, added on first use. */
  place(
    name: string,
    lat: number,
    lon: number,
    precision: PlacePrecision,
    description: string,
  ): string {
    const raw = `p\u0000${name}\u0000${lat}\u0000${lon}`;
    const seen = this.seen.get(raw);
    if (seen !== undefined) return seen;
    const key = `${nameKey(name)}|${lat}|${lon}`;
    const had = this.placeIds.has(key);
    const id = this.placeIds.idFor(key, name);
    if (!had) this.places.push({ id, name: name.trim(), lat, lon, precision, description });
    this.seen.set(raw, id);
    return id;
  }

  /** The id of the source known by `key`, made by `make` on first use. */
  source(key: string, text: string, make: (id: string) => Source): string {
    const had = this.sourceIds.has(key);
    const id = this.sourceIds.idFor(key, text);
    if (!had) this.sources.push(make(id));
    return id;
  }

  /** The type with this label: a built-in one when its slug is one ("Protest"), else declared. */
  type(label: string): string {
    const seen = this.seen.get(`t\u0000${label}`);
    if (seen !== undefined) return seen;
    const slug = slugify(label);
    let id: string = slug;
    if (!isEventType(slug)) {
      const key = slug || label;
      const had = this.typeIds.has(key);
      id = this.typeIds.idFor(key, label);
      if (!had) this.types.push({ id, label: label.trim() });
    }
    this.seen.set(`t\u0000${label}`, id);
    return id;
  }

  /**
   * An id for the event on `row`: the slug of its own id when the file gives
   * one, else of `text`. A foreign id seen before is a duplicate: the row it
   * was first on is returned instead, for the caller to report.
   */
  eventId(
    foreignId: string | null,
    text: string,
    row: number,
  ): { id: string } | { firstRow: number } {
    if (foreignId !== null) {
      const first = this.foreign.get(foreignId);
      if (first !== undefined) return { firstRow: first };
      this.foreign.set(foreignId, row);
      return { id: this.eventIds.idFor(`id:${foreignId}`, foreignId) };
    }
    return { id: this.eventIds.idFor(`row:${row}`, text) };
  }

  addEvent(event: EventRecord, origin: RowOrigin): void {
    this.events.push(event);
    this.origins.push(origin);
  }

  /** The candidate dataset, for validation. */
  candidate(extra: Pick<DatasetMeta, 'license' | 'credit'> = {}): Dataset {
    const meta: DatasetMeta = {
      title: this.basics.title,
      description: this.basics.description,
      language: this.basics.language ?? 'und',
      sources: this.sources,
    };
    if (this.basics.published !== undefined) meta.published = this.basics.published;
    if (this.types.length > 0) meta.types = this.types;
    if (extra.license !== undefined) meta.license = extra.license;
    if (extra.credit !== undefined) meta.credit = extra.credit;
    return { meta, actors: this.actors, places: this.places, events: this.events };
  }
}
