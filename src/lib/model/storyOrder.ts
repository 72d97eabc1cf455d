import type { Catalog, CatalogEvent } from './catalog';

/**
 * The story's events in the order it tells them: the editor's (`meta.story`)
 * when the dataset gives one, else time order. Filters do not change this
 * order; they only skip steps (see `storyStep`).
 */
export function storyOrder(catalog: Catalog): CatalogEvent[] {
  const ids = catalog.dataset.meta.story;
  if (!ids || ids.length === 0) return catalog.events;
  return ids.flatMap((id) => {
    const e = catalog.byId.get(id);
    return e ? [e] : [];
  });
}

/** Where a step is in the story, counting only the steps that pass the filters. */
export interface StoryPosition {
  /** 1-based among the shown steps; 0 when the step itself is filtered out. */
  n: number;
  total: number;
  previous: CatalogEvent | null;
  next: CatalogEvent | null;
}

/**
 * The position of the event `at` (null: the title card) in `order`, and the
 * nearest steps before and after it that pass `shown`. A step that filters
 * hide keeps its place, so "next" still means what comes after it.
 */
export function storyPosition(
  order: readonly CatalogEvent[],
  shown: (e: CatalogEvent) => boolean,
  at: string | null,
): StoryPosition {
  const i = at === null ? -1 : order.findIndex((e) => e.id === at);
  let n = 0;
  let total = 0;
  let previous: CatalogEvent | null = null;
  let next: CatalogEvent | null = null;
  order.forEach((e, j) => {
    if (!shown(e)) return;
    total++;
    if (j < i) previous = e;
    if (j === i) n = total;
    if (j > i && next === null) next = e;
  });
  return { n, total, previous, next };
}
