import type { Catalog, CatalogEvent } from '../model/catalog';
import type { Dataset } from '../model/types';

/**
 * A dataset of the given events: the same format as the one loaded (so it
 * validates and loads back), with only the actors, places and sources those
 * events refer to, in the original dataset's order. The description says it
 * is a selection, of how many, plus `note` (e.g. the filters that made it).
 */
export function selectionDataset(
  events: readonly CatalogEvent[],
  catalog: Catalog,
  note?: string,
): Dataset {
  const { meta, actors, places } = catalog.dataset;
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
  return {
    meta: {
      ...meta,
      title: all ? meta.title : `${meta.title} (selection)`,
      description: `${meta.description.trim()} ${said}${extra}`,
      sources: meta.sources.filter((s) => sourceIds.has(s.id)),
      ...storyOf(meta.story, new Set(events.map((e) => e.id))),
    },
    actors: actors.filter((a) => actorIds.has(a.id)),
    places: places.filter((p) => placeIds.has(p.id)),
    events: events.map((e) => e.record),
  };
}

/** The editor's story order, kept for the events exported (none left: no story). */
function storyOf(story: string[] | undefined, ids: Set<string>): { story?: string[] } {
  const kept = story?.filter((id) => ids.has(id)) ?? [];
  return kept.length > 0 ? { story: kept } : { story: undefined };
}

/** `selectionDataset` as pretty-printed JSON (2 spaces, final newline), ready to save. */
export function exportJson(
  events: readonly CatalogEvent[],
  catalog: Catalog,
  note?: string,
): string {
  return `${JSON.stringify(selectionDataset(events, catalog, note), null, 2)}\n`;
}
