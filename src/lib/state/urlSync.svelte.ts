import type { AppState } from './appState.svelte';
import { parseUrlState, serializeUrlState, urlWithQuery, type UrlState } from './urlState';
import { sameWindow } from '../model/window';

/** The link state of the app as it is now. */
export function readUrlState(app: AppState): UrlState {
  const r = app.filters.range;
  const v = app.defaultView;
  return {
    event: app.selectedId,
    q: app.filters.text,
    types: [...app.filters.types],
    actors: [...app.filters.actors],
    groups: [...app.filters.groups],
    range: r === null ? 'all' : v && sameWindow([r[0], r[1]], v) ? null : [r[0], r[1]],
    lanes: app.laneMode,
    view: app.activeView,
    mapped: app.filters.onlyMapped,
    map: app.mapView,
    story: app.story === null ? null : (app.story.at ?? 'intro'),
    sort: { key: app.tableSort.key, descending: app.tableSort.descending },
  };
}

/** Applies a link's state to a loaded app; returns notices for what did not fit the dataset. */
export function applyUrlState(app: AppState, s: UrlState): string[] {
  const notices: string[] = [];
  const catalog = app.catalog;
  if (!catalog) return notices;
  const known = catalog.types.map((t) => t.id);
  const types = s.types.filter((t) => known.includes(t));
  for (const t of s.types)
    if (!known.includes(t)) notices.push(`Ignored unknown event type "${t}" in the link`);
  const actors = s.actors.filter((a) => catalog.actors.has(a));
  for (const a of s.actors)
    if (!catalog.actors.has(a)) notices.push(`Ignored unknown actor "${a}" in the link`);
  const groups = s.groups.filter((g) => catalog.groups.has(g));
  for (const g of s.groups)
    if (!catalog.groups.has(g)) notices.push(`Ignored unknown actor group "${g}" in the link`);
  app.filters.types = types;
  app.filters.actors = actors;
  app.filters.groups = groups;
  app.filters.text = s.q;
  app.filters.onlyMapped = s.mapped;
  if (s.range === 'all') app.fitAll();
  else if (s.range) app.setView(s.range);
  else if (app.defaultView) app.setView(app.defaultView);
  app.laneMode = s.lanes;
  app.activeView = s.view;
  app.tableSort = { ...s.sort };
  app.mapView = s.map;
  if (s.event !== null && !catalog.byId.has(s.event)) {
    notices.push(`The linked event "${s.event}" is not in this dataset`);
    app.selectedId = null;
  } else {
    // Directly, not through select(): the link's window wins over panning to the event.
    app.selectedId = s.event;
  }
  applyStory(app, s, notices);
  return notices;
}

/**
 * Opens the link's story step directly, like the selection: the link's own
 * window wins over the step's framing. The title card is `intro`; a number (an
 * older link) counts steps among those the filters leave.
 */
function applyStory(app: AppState, s: UrlState, notices: string[]): void {
  const catalog = app.catalog;
  if (s.story === null || !catalog) {
    app.story = null;
    return;
  }
  const before = {
    view: app.defaultView,
    filters: {
      actors: [...app.filters.actors],
      groups: [...app.filters.groups],
      types: [...app.filters.types],
      text: app.filters.text,
      onlyMapped: app.filters.onlyMapped,
      range: app.defaultView
        ? ([app.defaultView[0], app.defaultView[1]] as [number, number])
        : null,
    },
  };
  let at: string | null = null;
  if (s.story === 'intro') at = null;
  else if (catalog.byId.has(s.story)) at = s.story;
  else if (/^\d+$/.test(s.story)) {
    const shown = new Set(app.undated.map((e) => e.id));
    const steps = app.storyEvents.filter((e) => shown.has(e.id));
    const n = Number(s.story);
    if (n < 1 || steps.length === 0)
      notices.push(`The link's story step ${s.story} does not exist`);
    else {
      if (n > steps.length)
        notices.push(`The link's story step ${n} is past the last (${steps.length})`);
      at = steps[Math.min(n, steps.length) - 1]!.id;
    }
  } else notices.push(`The link's story step "${s.story}" is not an event in this dataset`);
  app.story = { at, before };
  if (at !== null && s.event === null) app.selectedId = at;
}

/** Changes that get their own history entry; the rest (pans, map moves, typing) replace it. */
function isStep(a: UrlState, b: UrlState): boolean {
  return (
    a.event !== b.event ||
    a.types.join() !== b.types.join() ||
    a.actors.join() !== b.actors.join() ||
    a.groups.join() !== b.groups.join() ||
    a.mapped !== b.mapped ||
    a.lanes !== b.lanes ||
    a.view !== b.view ||
    a.story !== b.story ||
    a.sort.key !== b.sort.key ||
    a.sort.descending !== b.sort.descending ||
    (a.q === '') !== (b.q === '')
  );
}

/** How long (ms) a burst of small changes waits before the address follows. */
const REPLACE_DELAY = 150;

/**
 * Keeps the query string and the app in step: applies the link on start,
 * writes changes back (push for meaningful steps, replace for the rest), and
 * follows back/forward. In an embed every change replaces: the host page's
 * back button must not walk through the embed's clicks. Where the URL cannot
 * be written (a sandbox without allow-same-origin), the view lives on in the
 * page alone. Returns the cleanup.
 */
export function startUrlSync(app: AppState, win: Window = window): () => void {
  const first = parseUrlState(win.location.search);
  app.notices = [...first.notices, ...applyUrlState(app, first.state)];
  let last = readUrlState(app);
  let lastQuery = serializeUrlState(last, win.location.search);
  let writable = true;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let pendingStep: string | null = null;
  const writeStep = () => {
    if (pendingStep === null) return;
    const query = pendingStep;
    pendingStep = null;
    writeNow(true, query);
  };
  const write = (push: boolean, query: string) => {
    clearTimeout(pending);
    // A step not yet written keeps its own history entry.
    writeStep();
    // Pans and map moves come in bursts: the address follows once they pause (browsers also
    // throttle pages that rewrite it many times a second).
    if (!push) {
      pending = setTimeout(() => writeNow(false, query), REPLACE_DELAY);
      return;
    }
    // A step (a filter ticked, an event opened) is written once the frame showing it is
    // painted: pushState takes milliseconds the reader would otherwise wait for.
    pendingStep = query;
    win.requestAnimationFrame(() => setTimeout(writeStep));
  };
  const writeNow = (push: boolean, query: string) => {
    if (!writable) return;
    const url = urlWithQuery(win.location.href, query);
    try {
      if (push && !app.embed) win.history.pushState(null, '', url);
      else win.history.replaceState(win.history.state, '', url);
    } catch {
      writable = false;
    }
  };
  writeNow(false, lastQuery);

  const stop = $effect.root(() => {
    $effect(() => {
      const now = readUrlState(app);
      const query = serializeUrlState(now, win.location.search);
      if (query === lastQuery) return;
      const push = app.historyPush || isStep(last, now);
      app.historyPush = false;
      write(push, query);
      last = now;
      lastQuery = query;
    });
  });

  const onPop = () => {
    clearTimeout(pending);
    pendingStep = null;
    const next = parseUrlState(win.location.search);
    app.notices = [...next.notices, ...applyUrlState(app, next.state)];
    last = readUrlState(app);
    lastQuery = serializeUrlState(last, win.location.search);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    clearTimeout(pending);
    writeStep();
    stop();
    win.removeEventListener('popstate', onPop);
  };
}
