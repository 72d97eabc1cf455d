import type { Window } from '../model/window';
import { DAY_MS } from '../model/edtf';
import type { ActiveView, LaneMode, MapView } from '../model/view';
import { isoDate, utcTime } from '../model/utcDate';
import { linkTiles, type TileEnv } from '../model/tileSource';
import { TILE_ENV } from '../model/tileEnv';
import { EMBED_PARAMS } from '../model/embedParams';

export const TABLE_SORT_KEYS = ['date', 'type', 'title', 'actors', 'place', 'figures'] as const;
export type TableSortKey = (typeof TABLE_SORT_KEYS)[number];
export interface TableSort {
  key: TableSortKey;
  descending: boolean;
}

/**
 * Everything a link reopens. Absent means "the default": the dataset's dense
 * window for `range`, no selection, no filters, list view, type lanes.
 */
export interface UrlState {
  event: string | null;
  q: string;
  types: string[];
  actors: string[];
  /** Actor groups (ids): events of any of their members. */
  groups: string[];
  /** A window, 'all' (no date filter), or null for the default window. */
  range: Window | 'all' | null;
  lanes: LaneMode;
  view: ActiveView;
  mapped: boolean;
  map: MapView | null;
  /**
   * Story mode: the event id of the step, 'intro' for the title card, or null
   * when not telling the story. (Older links gave a 1-based step number.)
   */
  story: string | null;
  /** The table's order; date ascending is the default. */
  sort: TableSort;
}

export function defaultUrlState(): UrlState {
  return {
    event: null,
    q: '',
    types: [],
    actors: [],
    groups: [],
    range: null,
    lanes: 'type',
    view: 'list',
    mapped: false,
    map: null,
    story: null,
    sort: { key: 'date', descending: false },
  };
}

/** Parameters other parts of the app read (dataset, map tiles, embedding); kept in new links. */
export const OTHER_PARAMS = ['data', 'tiles', 'tilesAttribution', ...EMBED_PARAMS];

/** Parameters this module reads; others (data, tiles, embed...) belong to other parts. */
export const STATE_PARAMS = [
  'event',
  'q',
  'types',
  'actors',
  'groups',
  'from',
  'to',
  'dates',
  'lanes',
  'view',
  'mapped',
  'map',
  'story',
  'sort',
];

const MINUTE = 60_000;
const round = (x: number, digits: number) => Number(x.toFixed(digits));
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const INSTANT = /^(-?\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * "2020-08-12" or "2020-08-12T06:30" (floating time) → ms; null if malformed.
 * Years as in EDTF: 0020 is the year 20, -0044 is 45 BCE.
 */
export function parseInstant(s: string): number | null {
  const m = INSTANT.exec(s);
  if (!m || m[1] === '-0000') return null;
  const [y, mo, d, h = '0', mi = '0'] = m.slice(1).map((v) => v ?? '0') as string[];
  const t = utcTime(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  const back = new Date(t);
  if (
    back.getUTCMonth() !== Number(mo) - 1 ||
    back.getUTCDate() !== Number(d) ||
    Number(h) > 23 ||
    Number(mi) > 59
  ) {
    return null;
  }
  return t;
}

/** The day, or the day and minute when not midnight; never throws. */
export function formatInstant(t: number): string {
  const minute = Math.round(t / MINUTE) * MINUTE;
  return isoDate(minute, minute % DAY_MS !== 0);
}

/** A comma list, blanks and repeats dropped. */
const list = (v: string | null) =>
  v === null
    ? []
    : [
        ...new Set(
          v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ];

/**
 * Reads the view state from a query string. Anything malformed is skipped and
 * described in `notices`, never thrown.
 */
export function parseUrlState(
  search: string,
  tileEnv: TileEnv = TILE_ENV,
): { state: UrlState; notices: string[] } {
  const p = new URLSearchParams(search);
  const s = defaultUrlState();
  const notices: string[] = [];
  const bad = (name: string, why: string) =>
    notices.push(`Ignored link parameter ${name}=${JSON.stringify(p.get(name))}: ${why}`);

  for (const key of new Set(p.keys())) {
    if (!STATE_PARAMS.includes(key) && !OTHER_PARAMS.includes(key)) {
      notices.push(`Ignored unknown link parameter "${key}"`);
      continue;
    }
    const n = p.getAll(key).length;
    if (n > 1) {
      notices.push(
        `Link parameter "${key}" is given ${n} times; used the first, ${JSON.stringify(p.get(key))}`,
      );
    }
  }

  // The map reads tiles=; whether this build allows it is decided (and said) here,
  // where the link is read before new links are written without it.
  const tiles = linkTiles(p, tileEnv);
  if (tiles.kind === 'refused') bad('tiles', tiles.why);

  const event = p.get('event');
  if (event !== null && event !== '') s.event = event;
  s.q = p.get('q') ?? '';
  s.types = list(p.get('types'));
  s.actors = list(p.get('actors'));
  s.groups = list(p.get('groups'));

  const dates = p.get('dates');
  if (dates !== null) {
    if (dates === 'all') s.range = 'all';
    else bad('dates', 'the only value is "all"');
  }
  const from = p.get('from');
  const to = p.get('to');
  if (from !== null || to !== null) {
    const a = from === null ? null : parseInstant(from);
    // A plain day in `to` includes that day.
    const b = to === null ? null : parseInstant(to);
    const end = b !== null && to !== null && !to.includes('T') ? b + DAY_MS : b;
    if (from !== null && a === null) bad('from', 'expected a date like 2020-08-12');
    else if (to !== null && end === null) bad('to', 'expected a date like 2020-08-14');
    else if (a === null || end === null)
      bad(from === null ? 'to' : 'from', 'needs both from and to');
    else if (end <= a) bad('to', 'ends before from');
    else s.range = [a, end];
  }

  const lanes = p.get('lanes');
  if (lanes !== null) {
    if (lanes === 'type' || lanes === 'actor' || lanes === 'group') s.lanes = lanes;
    else bad('lanes', 'expected "type", "actor" or "group"');
  }
  const view = p.get('view');
  if (view !== null) {
    if (view === 'list' || view === 'table') s.view = view;
    else bad('view', 'expected "list" or "table"');
  }
  const mapped = p.get('mapped');
  if (mapped !== null) {
    if (mapped === '1') s.mapped = true;
    else if (mapped !== '0') bad('mapped', 'expected 1 or 0');
  }
  const map = p.get('map');
  if (map !== null) {
    // Number('') is 0: each part must be written out, so "map=,," is not 0,0,0.
    const written = map.split(',').every((part) => DECIMAL.test(part.trim()));
    const parts = map.split(',').map(Number);
    const [lat, lon, zoom] = parts;
    if (
      written &&
      parts.length === 3 &&
      parts.every(Number.isFinite) &&
      Math.abs(lat!) <= 90 &&
      Math.abs(lon!) <= 180 &&
      zoom! >= 0 &&
      zoom! <= 22
    ) {
      // To the precision links are written with (about a metre), so a link reads
      // as the view it will be written back as; + 0 turns -0 into 0.
      s.map = { lat: round(lat!, 5) + 0, lon: round(lon!, 5) + 0, zoom: round(zoom!, 2) + 0 };
    } else bad('map', 'expected lat,lon,zoom');
  }
  const sort = p.get('sort');
  if (sort !== null) {
    const descending = sort.startsWith('-');
    const key = descending ? sort.slice(1) : sort;
    const known = TABLE_SORT_KEYS.find((k) => k === key);
    if (known) s.sort = { key: known, descending };
    else
      bad('sort', `expected one of ${TABLE_SORT_KEYS.join(', ')}, optionally with a leading "-"`);
  }
  const story = p.get('story');
  if (story !== null) {
    if (story.trim() !== '') s.story = story.trim();
    else bad('story', 'expected an event id or "intro"');
  }
  return { state: s, notices };
}

/**
 * This page's URL with another query: absolute and on this page's origin by
 * construction. (A relative URL built from the path would turn a path such as
 * `//evil.test` into a link to another site.)
 */
export function urlWithQuery(href: string, query: string): string {
  const url = new URL(href);
  url.search = query;
  url.hash = '';
  return url.href;
}

/**
 * Writes the state as query parameters, leaving out defaults, keeping the
 * other parameters (data, tiles, embed...) of the query string `keep`, except
 * a `tiles` template the build does not allow (see `linkTiles`).
 */
export function serializeUrlState(s: UrlState, keep = '', tileEnv: TileEnv = TILE_ENV): string {
  const p = new URLSearchParams();
  // Other parts' parameters stay; unknown ones (already reported) are not carried into new links.
  // A repeated one (already reported) is carried once, with the value that was used.
  const kept = new URLSearchParams(keep);
  // A refused tile template (reported by the map) must not spread through shared links.
  const tiles = linkTiles(kept, tileEnv).kind;
  for (const k of OTHER_PARAMS) {
    const v = kept.get(k);
    if (v === null) continue;
    if (k === 'tiles' && tiles === 'refused') continue;
    if (k === 'tilesAttribution' && tiles !== 'template') continue;
    p.set(k, v);
  }
  if (s.event) p.set('event', s.event);
  if (s.q) p.set('q', s.q);
  if (s.types.length) p.set('types', s.types.join(','));
  if (s.actors.length) p.set('actors', s.actors.join(','));
  if (s.groups.length) p.set('groups', s.groups.join(','));
  if (s.range === 'all') p.set('dates', 'all');
  else if (s.range) {
    p.set('from', formatInstant(s.range[0]));
    const end = formatInstant(s.range[1]);
    // Write a whole-day end as the last day included, as people write ranges.
    p.set('to', end.includes('T') ? end : formatInstant(s.range[1] - DAY_MS));
  }
  if (s.lanes !== 'type') p.set('lanes', s.lanes);
  if (s.view !== 'list') p.set('view', s.view);
  if (s.mapped) p.set('mapped', '1');
  if (s.map) p.set('map', `${round(s.map.lat, 5)},${round(s.map.lon, 5)},${round(s.map.zoom, 2)}`);
  if (s.story !== null) p.set('story', s.story);
  if (s.sort.key !== 'date' || s.sort.descending) {
    p.set('sort', `${s.sort.descending ? '-' : ''}${s.sort.key}`);
  }
  const out = p.toString().replace(/%2C/g, ',');
  return out ? `?${out}` : '';
}
