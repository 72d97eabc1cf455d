import { buildCatalog, type Catalog, type CatalogEvent } from '../model/catalog';
import { emptyFilters, eventPredicate, filterEvents, type Filters } from '../model/filterEvents';
import type { Problem } from '../model/validateDataset';
import type { Dataset } from '../model/types';
import {
  centreOn,
  centreTime,
  defaultWindow,
  fullExtent,
  sameWindow,
  type Window,
} from '../timeline/extent';
import type { TableSort } from './urlState';

export type LoadStatus =
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'error'; source: string; problems: Problem[] };

/** A dataset the reader opened themselves: a file, or text they pasted. */
export interface DatasetSource {
  kind: 'file' | 'text';
  name: string;
}

export type LaneMode = 'type' | 'actor';
export type ActiveView = 'list' | 'table';

/** Where the map looks; null until the map reports it (or a link sets it). */
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

/**
 * The app's shared state: the loaded catalog, the filters every view obeys,
 * the timeline's window, the one selected event and what is hovered. Views
 * read it and call its actions; nothing else holds a copy.
 *
 * The timeline's window and the date filter are one thing seen twice: while a
 * gesture runs only `view` moves (cheap: the timeline and the overview brush
 * follow it); when it ends the window is committed as `filters.range`, which
 * the map, list and counts obey.
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
  /** The timeline's visible window, live during gestures. */
  view = $state.raw<Window | null>(null);
  /** The window a dataset opens on (dense part), for links and reset. */
  defaultView = $state.raw<Window | null>(null);
  activeView = $state<ActiveView>('list');
  tableSort = $state<TableSort>({ key: 'date', descending: false });
  mapView = $state.raw<MapView | null>(null);
  /** A place the reader asked to see on the map ("Show on map"); the map consumes it. */
  focusPlaceId = $state<string | null>(null);
  /** 0-based step of story mode, or null when not telling the story. */
  story = $state<number | null>(null);
  /** Messages for the reader about things ignored (bad link parameters...). */
  notices = $state<string[]>([]);
  /** The reader's own dataset when one is shown (see showDataset); null for the page's own. */
  source = $state.raw<DatasetSource | null>(null);
  /** Set by actions whose change deserves its own history entry (see urlSync). */
  historyPush = false;

  /**
   * Marks the current action as a history step. Svelte flushes effects (and so
   * the URL sync) in a microtask queued by the action's first change; ours runs
   * after it, so the flag never leaks into a later, unrelated change.
   */
  private markHistoryStep(): void {
    this.historyPush = true;
    queueMicrotask(() => (this.historyPush = false));
  }

  /** All the dataset's time, padded; what "fit all" shows. */
  extent: Window | null = $derived.by(() => {
    const c = this.catalog;
    return c ? fullExtent(c.events, c.published?.start) : null;
  });

  /** Events passing every filter but the date: the timeline draws these, ←/→ walks them. */
  undated: CatalogEvent[] = $derived.by(() => {
    const c = this.catalog;
    if (!c) return [];
    // Read each facet but the range, so moving the window does not rebuild the timeline's lanes.
    const f = this.filters;
    return filterEvents(c.events, {
      actors: [...f.actors],
      types: [...f.types],
      text: f.text,
      onlyMapped: f.onlyMapped,
      range: null,
    });
  });

  /** The events that pass all the filters, chronological. */
  visible: CatalogEvent[] = $derived.by(() => {
    const range = this.filters.range;
    if (!range) return this.undated;
    const pass = eventPredicate({ ...emptyFilters(), range: [range[0], range[1]] });
    return this.undated.filter(pass);
  });

  selected: CatalogEvent | null = $derived(
    this.selectedId === null ? null : (this.catalog?.byId.get(this.selectedId) ?? null),
  );

  setDataset(dataset: Dataset): void {
    const catalog = buildCatalog(dataset);
    this.catalog = catalog;
    if (this.selectedId !== null && !catalog.byId.has(this.selectedId)) this.selectedId = null;
    const w = defaultWindow(catalog.events, 0.8, catalog.published?.end);
    this.defaultView = w;
    this.view = w;
    this.filters.range = w ? [w[0], w[1]] : null;
    this.status = { state: 'ready' };
  }

  /**
   * Shows a dataset the reader opened, in place of the current one: filters,
   * selection, story and map view start afresh, since ids of one dataset mean
   * nothing in another.
   */
  showDataset(dataset: Dataset, source: DatasetSource): void {
    this.filters = emptyFilters();
    this.selectedId = null;
    this.hover([]);
    this.story = null;
    this.mapView = null;
    this.focusPlaceId = null;
    this.notices = [];
    this.source = source;
    this.setDataset(dataset);
  }

  fail(source: string, problems: Problem[]): void {
    this.catalog = null;
    this.status = { state: 'error', source, problems };
  }

  /** Moves the timeline window; `commit` makes it the date filter too (end of a gesture). */
  setView(w: Window, commit = true): void {
    if (!sameWindow(this.view, w)) this.view = w;
    if (commit) this.commitView();
  }

  commitView(): void {
    const v = this.view;
    const r = this.filters.range;
    if (v && !sameWindow(r ? [r[0], r[1]] : null, v)) this.filters.range = [v[0], v[1]];
  }

  /** Shows all the dataset's time and drops the date filter. */
  fitAll(): void {
    if (this.extent) this.view = this.extent;
    this.filters.range = null;
  }

  /** Sets the date filter from the filter panel (a history step); null shows all dates. */
  setRange(w: Window | null): void {
    if (w) this.setView(w);
    else this.fitAll();
    this.markHistoryStep();
  }

  /** Clears every filter and returns to the dataset's opening window. */
  resetFilters(): void {
    this.filters.actors = [];
    this.filters.types = [];
    this.filters.text = '';
    this.filters.onlyMapped = false;
    if (this.defaultView) this.setView(this.defaultView);
    else this.fitAll();
    this.markHistoryStep();
  }

  toggleFilter(facet: 'actors' | 'types', id: string, on?: boolean): void {
    const list = this.filters[facet];
    const has = list.includes(id);
    const want = on ?? !has;
    if (want && !has) this.filters[facet] = [...list, id];
    else if (!want && has) this.filters[facet] = list.filter((x) => x !== id);
  }

  /** Story mode: the events under the non-date filters, in time order. */
  startStory(step = 0): void {
    const list = this.undated;
    if (list.length === 0) return;
    this.goToStory(step);
  }

  goToStory(step: number): void {
    const list = this.undated;
    if (list.length === 0) return;
    const i = Math.max(0, Math.min(list.length - 1, step));
    this.story = i;
    const e = list[i]!;
    this.selectedId = e.id;
    const v = this.view;
    if (v) this.setView(centreOn(v, centreTime(e)));
  }

  stopStory(): void {
    this.story = null;
  }

  dismissNotice(i: number): void {
    this.notices = this.notices.filter((_, j) => j !== i);
  }

  /** Selects an event and brings it into the timeline window if it is outside. */
  select(id: string | null): void {
    this.selectedId = id;
    const e = id === null ? null : this.catalog?.byId.get(id);
    const v = this.view;
    if (!e || !v) return;
    if (e.date.start < v[1] && e.date.end > v[0]) return;
    this.setView(centreOn(v, centreTime(e)));
  }

  /** Moves the selection to the next (+1) or previous (−1) event in time, under the non-date filters. */
  step(delta: 1 | -1): void {
    const list = this.undated;
    if (list.length === 0) return;
    const at = list.findIndex((e) => e.id === this.selectedId);
    const next =
      at === -1
        ? delta === 1
          ? 0
          : list.length - 1
        : Math.min(list.length - 1, Math.max(0, at + delta));
    this.select(list[next]!.id);
  }

  /** Selects the first or last event in time. */
  selectEdge(which: 'first' | 'last'): void {
    const list = this.undated;
    const e = which === 'first' ? list[0] : list.at(-1);
    if (e) this.select(e.id);
  }

  hover(ids: Iterable<string>): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.hoveredIds = new Set(ids);
  }
}
