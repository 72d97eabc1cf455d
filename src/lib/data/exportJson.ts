import type { Catalog, CatalogEvent } from '../model/catalog';
import type {
  Actor,
  ActorGroup,
  Citation,
  Dataset,
  DatasetMeta,
  EventActor,
  EventRecord,
  Figure,
  OtherReport,
  Place,
  Source,
} from '../model/types';

/**
 * Copies of the records with only the fields of the format (README "Data
 * format"). A loaded file may carry other keys, nested as deep as it likes;
 * they are not part of the format, the schema refuses them, and writing them
 * could overflow the stack of JSON.stringify.
 */
function only<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (record[k] !== undefined) out[k] = record[k];
  return out;
}

const sourceOf = (s: Source): Source =>
  only(s, ['id', 'publisher', 'title', 'published', 'author', 'url']);
const groupOf = (g: ActorGroup): ActorGroup => only(g, ['id', 'name', 'description']);
const actorOf = (a: Actor): Actor => {
  const out: Actor = only(a, ['id', 'name', 'kind', 'description']);
  if (a.aliases) out.aliases = [...a.aliases];
  if (a.groups) out.groups = [...a.groups];
  return out;
};
const placeOf = (p: Place): Place => {
  const out: Place = only(p, ['id', 'name', 'lat', 'lon', 'precision', 'description']);
  if (p.aliases) out.aliases = [...p.aliases];
  return out;
};
const eventActorOf = (a: EventActor): EventActor => only(a, ['id', 'role']);
const citationOf = (c: Citation): Citation => only(c, ['source', 'quote', 'paragraph']);
const reportOf = (r: OtherReport): OtherReport => {
  const out: OtherReport = only(r, ['outlet', 'published', 'title', 'url', 'says', 'agrees']);
  if (r.about) out.about = [...r.about];
  return out;
};
/** A figure; `sameAs` only while the event it names is exported too (else it would dangle). */
const figureOf = (f: Figure, exported: ReadonlySet<string>): Figure =>
  only(
    f,
    f.sameAs !== undefined && exported.has(f.sameAs)
      ? ['value', 'unit', 'qualifier', 'sameAs']
      : ['value', 'unit', 'qualifier'],
  );
function eventOf(e: EventRecord, exported: ReadonlySet<string>): EventRecord {
  const out: EventRecord = {
    ...only(e, ['id', 'date', 'type', 'title', 'summary']),
    actors: e.actors.map(eventActorOf),
    place: e.place,
    figures: e.figures.map((f) => figureOf(f, exported)),
    sources: e.sources.map(citationOf),
  };
  if (e.dateNote !== undefined) out.dateNote = e.dateNote;
  if (e.tags) out.tags = [...e.tags];
  if (e.key !== undefined) out.key = e.key;
  if (e.otherReporting) out.otherReporting = e.otherReporting.map(reportOf);
  if (e.dateBasis !== undefined) out.dateBasis = e.dateBasis;
  return out;
}

/** The sentence an export adds to the description (see `selectionDataset`). */
const EXPORT_NOTE = /\s*Exported (?:all \d+ events|selection of \d+ of \d+ events)\.(?:\s.*)?$/s;
const SELECTION = ' (selection)';

/**
 * A dataset of the given events: the same format as the one loaded (so it
 * validates and loads back), with only the actors, places and sources those
 * events refer to, in the original dataset's order, and only the fields of
 * the format. The description says it is a selection, of how many, plus `note`
 * (e.g. the filters that made it). Exporting all of a file that is already an
 * export adds nothing, so export → load → export gives the same file.
 */
export function selectionDataset(
  events: readonly CatalogEvent[],
  catalog: Catalog,
  note?: string,
): Dataset {
  const { meta, actors, places, groups } = catalog.dataset;
  const actorIds = new Set<string>();
  const placeIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const { record } of events) {
    for (const a of record.actors) actorIds.add(a.id);
    if (record.place !== null) placeIds.add(record.place);
    for (const c of record.sources) sourceIds.add(c.source);
  }
  const total = catalog.events.length;
  const all = events.length === total;
  const said = all
    ? `Exported all ${total} events.`
    : `Exported selection of ${events.length} of ${total} events.`;
  const extra = note?.trim() ? ` ${note.trim()}` : '';
  const described = meta.description.trim();
  const description =
    all && !extra && EXPORT_NOTE.test(described) ? described : `${described} ${said}${extra}`;
  const title = all || meta.title.endsWith(SELECTION) ? meta.title : `${meta.title}${SELECTION}`;
  const out: DatasetMeta = {
    ...only(meta, ['title', 'description', 'language', 'published']),
    title,
    description,
    sources: meta.sources.filter((s) => sourceIds.has(s.id)).map(sourceOf),
  };
  if (meta.license !== undefined) out.license = meta.license;
  if (meta.credit !== undefined) out.credit = meta.credit;
  // The editor's story order, kept for the events exported (none left: no story).
  const exported = new Set(events.map((e) => e.id));
  const story = meta.story?.filter((id) => exported.has(id)) ?? [];
  if (story.length > 0) out.story = story;
  const kept = actors.filter((a) => actorIds.has(a.id));
  // The groups the exported actors belong to, in the dataset's order; none: no key.
  const groupIds = new Set(kept.flatMap((a) => a.groups ?? []));
  const keptGroups = (groups ?? []).filter((g) => groupIds.has(g.id)).map(groupOf);
  return {
    meta: out,
    ...(keptGroups.length > 0 ? { groups: keptGroups } : {}),
    actors: kept.map(actorOf),
    places: places.filter((p) => placeIds.has(p.id)).map(placeOf),
    events: events.map((e) => eventOf(e.record, exported)),
  };
}

/** `selectionDataset` as pretty-printed JSON (2 spaces, final newline), ready to save. */
export function exportJson(
  events: readonly CatalogEvent[],
  catalog: Catalog,
  note?: string,
): string {
  return `${JSON.stringify(selectionDataset(events, catalog, note), null, 2)}\n`;
}
