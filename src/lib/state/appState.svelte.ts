import { untrack } from 'svelte';
import { eventsIn, seedDateColumns } from '../model/dateColumns';
import { buildCatalog, type Catalog, type CatalogEvent } from '../model/catalog';
import { emptyFilters, type Filters } from '../model/filterEvents';
import { RecentResults } from '../model/recentResults';
import {
  filterIndexOf,
  type FacetCounts,
  type FilterIndex,
  type FilterQuery,
} from '../model/filterIndex';
import type { Problem } from '../model/validateDataset';
import type { Dataset } from '../model/types';
import type { ActiveView, LaneMode, MapView } from '../model/view';
import {
  centreOn,
  centreTime,
  clampWindow,
  defaultWindow,
  extentOfSpan,
  sameWindow,
  storyWindow,
  windowLimits,
  type Window,
} from '../model/window';
import { storyOrder, storyPosition, type StoryPosition } from '../model/storyOrder';
import type { TableSort } from './urlState';

/** Story mode: where it is, and what to give back when it ends. */
export interface StoryState {
  /** The event of the current step; null on the title card. */
  at: string | null;
  /** The window and filters before the story started, restored when it ends. */
  before: { view: Window | null; filters: Filters };
}

export type LoadStatus =
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'error'; source: string; problems: Problem[] };

/** A dataset the reader opened themselves: a file, or text they pasted. */
export interface DatasetSource {
  kind: 'file' | 'text';
  name: string;
}

/** The window a dataset opens on (see defaultWindow); found once per catalog. */
export function openingWindowOf(catalog: Catalog): Window | null {
  return defaultWindow(catalog.events, 0.8, catalog.published?.end);
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
  // Raw: replaced whole, never changed inside; a failed load may carry 100,000 problems.
  status = $state.raw<LoadStatus>({ state: 'loading' });
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
  /** Where the map looks; null until the map reports it (or a link sets it). */
  mapView = $state.raw<MapView | null>(null);
  /** A place the reader asked to see on the map ("Show on map"); the map consumes it. */
  focusPlaceId = $state<string | null>(null);
  /** Story mode, or null when not telling the story. */
  story = $state.raw<StoryState | null>(null);
  /** Embedded in another site's page (`embed=1`): the wheel scrolls that page. */
  embed = $state(false);
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
    return c ? extentOfSpan(c.span, c.published?.start) : null;
  });

  /** The windows a reader can reach; every window set goes through them. */
  limits = $derived(this.extent ? windowLimits(this.extent) : null);

  /** The events in columns, built once per dataset: a filter change is then a pass over numbers. */
  private index: FilterIndex | null = $derived(
    this.catalog ? filterIndexOf(this.catalog.events) : null,
  );

  /** The filters as the index reads them, without the date (see `undated`). */
  private query(range: FilterQuery['range']): FilterQuery {
    const f = this.filters;
    return {
      types: f.types,
      actors: f.actors,
      groups: f.groups,
      text: f.text,
      onlyMapped: f.onlyMapped,
      range,
    };
  }

  /** Events passing every filter but the date: the timeline draws these, ←/→ walks them. */
  undated: CatalogEvent[] = $derived.by(() => {
    const c = this.catalog;
    const index = this.index;
    if (!c || !index) return [];
    // Reads each facet but the range, so moving the window does not rebuild the timeline's lanes.
    const { indexes } = index.run(this.query(null));
    if (indexes.length === c.events.length) return c.events;
    return this.recent.get(indexes, () => {
      const list = Array.from(indexes, (i) => c.events[i]!);
      const { starts, ends } = index.datesOf(indexes);
      seedDateColumns(list, starts, ends);
      return list;
    });
  });
  /** Recent results of the filters, per dataset: a filter turned back rebuilds nothing. */
  private recent: RecentResults<CatalogEvent> = $derived.by(() => {
    void this.catalog;
    return new RecentResults<CatalogEvent>();
  });

  /** The events that pass all the filters, chronological. */
  visible: CatalogEvent[] = $derived.by(() => {
    const range = this.filters.range;
    if (!range) return this.undated;
    return eventsIn(this.undated, range);
  });

  /**
   * Per type and per actor, how many events ticking it would show (every other
   * filter applied). Computed only while a filter panel shows the counts.
   */
  facetCounts: FacetCounts = $derived.by(() => {
    const index = this.index;
    const r = this.filters.range;
    const counts = index?.run(this.query(r ? [r[0], r[1]] : null), true).counts;
    // Replaced whole on every change, never mutated: plain maps.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return counts ?? { types: new Map(), actors: new Map(), groups: new Map() };
  });

  /** The story's events in its order (the editor's, else time), before filters. */
  storyEvents: CatalogEvent[] = $derived(this.catalog ? storyOrder(this.catalog) : []);

  /** Where the story is among the steps the filters leave. */
  storyAt: StoryPosition | null = $derived.by(() => {
    const story = this.story;
    if (!story) return null;
    // A lookup built and dropped within this derivation, never state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const shown = new Set(this.undated.map((e) => e.id));
    return storyPosition(this.storyEvents, (e) => shown.has(e.id), story.at);
  });

  selected: CatalogEvent | null = $derived(
    this.selectedId === null ? null : (this.catalog?.byId.get(this.selectedId) ?? null),
  );

  /** Shows `dataset`; its catalog may be built beforehand, in a task of its own. */
  setDataset(dataset: Dataset, catalog: Catalog = buildCatalog(dataset)): void {
    this.catalog = catalog;
    if (this.selectedId !== null && !catalog.byId.has(this.selectedId)) this.selectedId = null;
    const w = openingWindowOf(catalog);
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
  showDataset(dataset: Dataset, source: DatasetSource, catalog?: Catalog): void {
    this.filters = emptyFilters();
    this.selectedId = null;
    this.hover([]);
    this.story = null;
    this.mapView = null;
    this.focusPlaceId = null;
    this.notices = [];
    this.source = source;
    this.setDataset(dataset, catalog);
  }

  fail(source: string, problems: Problem[]): void {
    this.catalog = null;
    this.status = { state: 'error', source, problems };
  }

  /**
   * Moves the timeline window, kept within the reachable limits whatever asked
   * for it; `commit` makes it the date filter too (end of a gesture).
   */
  setView(w: Window, commit = true): void {
    const limits = this.limits;
    const next = limits ? clampWindow(w, limits) : w;
    if (!sameWindow(this.view, next)) this.view = next;
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
    this.filters.groups = [];
    this.filters.types = [];
    this.filters.text = '';
    this.filters.onlyMapped = false;
    if (this.defaultView) this.setView(this.defaultView);
    else this.fitAll();
    this.markHistoryStep();
  }

  toggleFilter(facet: 'actors' | 'groups' | 'types', id: string, on?: boolean): void {
    const list = this.filters[facet];
    const has = list.includes(id);
    const want = on ?? !has;
    if (want && !has) this.filters[facet] = [...list, id];
    else if (!want && has) this.filters[facet] = list.filter((x) => x !== id);
  }

  /** Opens story mode on its title card, remembering the window and filters to restore. */
  startStory(): void {
    if (this.story) return;
    this.story = { at: null, before: { view: this.view, filters: this.snapshotFilters() } };
    this.markHistoryStep();
  }

  /**
   * Shows a story step: the event selected and framed (see storyWindow), or the
   * title card for null. The step is the event itself, so filters changed
   * meanwhile cannot move the story to another event.
   */
  goToStory(id: string | null): void {
    if (!this.story) this.startStory();
    const story = this.story!;
    if (id === null) {
      this.story = { ...story, at: null };
      return;
    }
    const e = this.catalog?.byId.get(id);
    if (!e) return;
    this.story = { ...story, at: id };
    this.selectedId = id;
    const w = storyWindow(e, this.defaultView, this.catalog?.published?.end);
    if (w) this.setView(w);
  }

  storyStep(delta: 1 | -1): void {
    const at = this.storyAt;
    if (!at) return;
    const to = delta === 1 ? at.next : at.previous;
    if (to) this.goToStory(to.id);
    else if (delta === -1 && this.story?.at !== null) this.goToStory(null);
  }

  /** Leaves the story, giving back the window and filters it started from. */
  stopStory(): void {
    const story = this.story;
    if (!story) return;
    this.story = null;
    const f = story.before.filters;
    this.filters.actors = [...f.actors];
    this.filters.groups = [...f.groups];
    this.filters.types = [...f.types];
    this.filters.text = f.text;
    this.filters.onlyMapped = f.onlyMapped;
    if (story.before.view) this.setView(story.before.view, false);
    this.filters.range = f.range ? [f.range[0], f.range[1]] : null;
    this.markHistoryStep();
  }

  private snapshotFilters(): Filters {
    const f = this.filters;
    return {
      actors: [...f.actors],
      groups: [...f.groups],
      types: [...f.types],
      text: f.text,
      onlyMapped: f.onlyMapped,
      range: f.range ? [f.range[0], f.range[1]] : null,
    };
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

  /** Shows these events as hovered; returns the set now shown (the one before, if the same). */
  hover(ids: Iterable<string>): ReadonlySet<string> {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const next = new Set(ids);
    // The same hover again (a pointer leaving one marker after another while the map
    // pans, each leave "nothing") would redraw every view that shows hovers, for nothing.
    const now = untrack(() => this.hoveredIds);
    if (next.size === now.size && [...next].every((id) => now.has(id))) return now;
    this.hoveredIds = next;
    return next;
  }
}
