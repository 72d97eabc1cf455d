import type { AppState } from './appState.svelte';
import { parseUrlState, serializeUrlState, type UrlState } from './urlState';
import { sameWindow } from '../timeline/extent';

/** The link state of the app as it is now. */
export function readUrlState(app: AppState): UrlState {
  const r = app.filters.range;
  const v = app.defaultView;
  return {
    event: app.selectedId,
    q: app.filters.text,
    types: [...app.filters.types],
    actors: [...app.filters.actors],
    range: r === null ? 'all' : v && sameWindow([r[0], r[1]], v) ? null : [r[0], r[1]],
    lanes: app.laneMode,
    view: app.activeView,
    mapped: app.filters.onlyMapped,
    map: app.mapView,
    story: app.story === null ? null : app.story + 1,
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
  app.filters.types = types;
  app.filters.actors = actors;
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
  if (s.story !== null && app.undated.length > 0) {
    const n = app.undated.length;
    if (s.story > n) notices.push(`The link's story step ${s.story} is past the last (${n})`);
    // Directly, like the selection: the link's own window wins over centring on the step.
    const step = Math.min(s.story, n) - 1;
    app.story = step;
    if (s.event === null) app.selectedId = app.undated[step]!.id;
  } else app.story = null;
  return notices;
}

/** Changes that get their own history entry; the rest (pans, map moves, typing) replace it. */
function isStep(a: UrlState, b: UrlState): boolean {
  return (
    a.event !== b.event ||
    a.types.join() !== b.types.join() ||
    a.actors.join() !== b.actors.join() ||
    a.mapped !== b.mapped ||
    a.lanes !== b.lanes ||
    a.view !== b.view ||
    a.story !== b.story ||
    a.sort.key !== b.sort.key ||
    a.sort.descending !== b.sort.descending ||
    (a.q === '') !== (b.q === '')
  );
}

/**
 * Keeps the query string and the app in step: applies the link on start,
 * writes changes back (push for meaningful steps, replace for the rest), and
 * follows back/forward. Returns the cleanup.
 */
export function startUrlSync(app: AppState, win: Window = window): () => void {
  const first = parseUrlState(win.location.search);
  app.notices = [...first.notices, ...applyUrlState(app, first.state)];
  let last = readUrlState(app);
  let lastQuery = serializeUrlState(last, win.location.search);
  win.history.replaceState(win.history.state, '', lastQuery || win.location.pathname);

  const stop = $effect.root(() => {
    $effect(() => {
      const now = readUrlState(app);
      const query = serializeUrlState(now, win.location.search);
      if (query === lastQuery) return;
      const push = app.historyPush || isStep(last, now);
      app.historyPush = false;
      const url = query || win.location.pathname;
      if (push) win.history.pushState(null, '', url);
      else win.history.replaceState(win.history.state, '', url);
      last = now;
      lastQuery = query;
    });
  });

  const onPop = () => {
    const next = parseUrlState(win.location.search);
    app.notices = [...next.notices, ...applyUrlState(app, next.state)];
    last = readUrlState(app);
    lastQuery = serializeUrlState(last, win.location.search);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    stop();
    win.removeEventListener('popstate', onPop);
  };
}
