import { buildCatalog, type Catalog, type CatalogEvent } from '../model/catalog';
import { emptyFilters, filterEvents, type Filters } from '../model/filterEvents';
import type { Problem } from '../model/validateDataset';
import type { Dataset } from '../model/types';

export type LoadStatus =
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'error'; source: string; problems: Problem[] };

export type LaneMode = 'type' | 'actor';

/**
 * The app's shared state: the loaded catalog, the filters every view obeys,
 * the one selected event and what is hovered. Views read it and call its
 * actions; nothing else holds a copy.
 */
export class AppState {
  status = $state<LoadStatus>({ state: 'loading' });
  /** Raw: big and replaced whole, never mutated. */
  catalog = $state.raw<Catalog | null>(null);
  filters = $state<Filters>(emptyFilters());
  selectedId = $state<string | null>(null);
  /** Events a pointer is over in some view (a map marker may cover several). */
  // Replaced whole on every hover, never mutated, so a plain Set in $state.raw is enough.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  hoveredIds = $state.raw<ReadonlySet<string>>(new Set());
  laneMode = $state<LaneMode>('type');

  /** The events that pass the filters, chronological. */
  visible: CatalogEvent[] = $derived.by(() => {
    const c = this.catalog;
    if (!c) return [];
    return filterEvents(c.events, $state.snapshot(this.filters) as Filters);
  });

  selected: CatalogEvent | null = $derived(
    this.selectedId === null ? null : (this.catalog?.byId.get(this.selectedId) ?? null),
  );

  setDataset(dataset: Dataset): void {
    this.catalog = buildCatalog(dataset);
    if (this.selectedId !== null && !this.catalog.byId.has(this.selectedId)) this.selectedId = null;
    this.status = { state: 'ready' };
  }

  fail(source: string, problems: Problem[]): void {
    this.catalog = null;
    this.status = { state: 'error', source, problems };
  }

  select(id: string | null): void {
    this.selectedId = id;
  }

  /** Moves the selection to the next (+1) or previous (−1) visible event in time. */
  step(delta: 1 | -1): void {
    const list = this.visible;
    if (list.length === 0) return;
    const at = list.findIndex((e) => e.id === this.selectedId);
    const next =
      at === -1
        ? delta === 1
          ? 0
          : list.length - 1
        : Math.min(list.length - 1, Math.max(0, at + delta));
    this.selectedId = list[next]!.id;
  }

  hover(ids: Iterable<string>): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.hoveredIds = new Set(ids);
  }
}
