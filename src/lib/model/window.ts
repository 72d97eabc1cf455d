import type { CatalogEvent } from './catalog';
import { DAY_MS } from './edtf';
import { sortedAnchorTimes } from './anchorTimes';
import { dateColumns } from './dateColumns';

/** A time window [start, end) in floating ms. */
export type Window = readonly [number, number];

const HOUR_MS = 3_600_000;
/** The narrowest window the timeline zooms to. */
export const MIN_SPAN = 2 * HOUR_MS;
/** How far out the timeline zooms and pans, in spans of the data's whole extent. */
export const MAX_SPAN_FACTOR = 2;

/** The windows a reader can reach: spans between MIN_SPAN and twice the extent, near the data. */
export interface WindowLimits {
  minSpan: number;
  maxSpan: number;
  /** Earliest start and latest end a window may reach. */
  lo: number;
  hi: number;
}

/**
 * Limits derived from the data's extent: every way of moving the window
 * (wheel, pinch, buttons, keys, links, story) goes through `clampWindow` with
 * them, so none can zoom out into years before the calendar or pan away from
 * the data for good.
 */
export function windowLimits(extent: Window): WindowLimits {
  const span = Math.max(extent[1] - extent[0], MIN_SPAN);
  const maxSpan = span * MAX_SPAN_FACTOR;
  const mid = (extent[0] + extent[1]) / 2;
  // The same reach as the wheel's (zoomBehaviour's translate extent): half a span each side.
  return { minSpan: MIN_SPAN, maxSpan, lo: mid - maxSpan / 2, hi: mid + maxSpan / 2 };
}

/** The nearest reachable window: its span limited, then shifted inside [lo, hi]. */
export function clampWindow(w: Window, limits: WindowLimits): Window {
  const finite = Number.isFinite(w[0]) && Number.isFinite(w[1]) && w[1] > w[0];
  const mid = finite ? (w[0] + w[1]) / 2 : (limits.lo + limits.hi) / 2;
  const span = finite
    ? Math.min(limits.maxSpan, Math.max(limits.minSpan, w[1] - w[0]))
    : limits.maxSpan / 2;
  let a = mid - span / 2;
  if (a < limits.lo) a = limits.lo;
  if (a + span > limits.hi) a = limits.hi - span;
  return [a, a + span];
}

/**
 * The span the data covers: earliest known start to latest known end. Open
 * ends do not stretch it: they reach whatever edge is in view.
 */
export function fullExtent(events: readonly CatalogEvent[], published?: number): Window | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    const s = reachStart(e.date);
    const t = reachEnd(e.date);
    if (s < lo) lo = s;
    if (t > hi) hi = t;
  }
  return extentOfSpan([lo, hi], published);
}

type Dates = CatalogEvent['date'];
/** Where a date reaches for the extent: an open end counts as its other end. */
export const reachStart = (d: Dates) => (Number.isFinite(d.start) ? d.start : d.end);
export const reachEnd = (d: Dates) => (Number.isFinite(d.end) ? d.end : d.start);

/** fullExtent from the span its events cover (a catalog's `span`). */
export function extentOfSpan(span: readonly [number, number], published?: number): Window | null {
  let [lo, hi] = span;
  if (published !== undefined && Number.isFinite(published)) {
    lo = Math.min(lo, published);
    hi = Math.max(hi, published + DAY_MS);
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  return pad([lo, hi], 0.03);
}

/** Widens a window by a fraction of its span on each side (at least a day wide). */
export function pad(w: Window, fraction: number): Window {
  const span = Math.max(w[1] - w[0], DAY_MS);
  const mid = (w[0] + w[1]) / 2;
  const half = (span / 2) * (1 + 2 * fraction);
  return [mid - half, mid + half];
}

/**
 * The window a reader should see first: the shortest stretch of time holding
 * most (80%) of the events, so one event decades earlier does not squeeze the
 * week that matters into a sliver. Events are taken by their start (or end
 * when the start is open); `openEnd` (the reporting date) is where an ongoing
 * event is taken to reach.
 */
export function defaultWindow(
  events: readonly CatalogEvent[],
  share = 0.8,
  openEnd?: number,
): Window | null {
  const last = opened.get(events);
  if (last && last.share === share && Object.is(last.openEnd, openEnd)) return last.found;
  const found = openingWindow(events, share, openEnd);
  opened.set(events, { share, openEnd, found });
  return found;
}

/** The last default window per event list: a big dataset's is found while it loads. */
const opened = new WeakMap<
  readonly CatalogEvent[],
  { share: number; openEnd: number | undefined; found: Window | null }
>();

function openingWindow(
  events: readonly CatalogEvent[],
  share: number,
  openEnd: number | undefined,
): Window | null {
  const times = sortedAnchorTimes(events);
  if (times.length === 0) return null;
  const need = Math.max(1, Math.round(times.length * share));
  let from = 0;
  for (let i = 1; i + need - 1 < times.length; i++) {
    if (times[i + need - 1]! - times[i]! < times[from + need - 1]! - times[from]!) from = i;
  }
  const best: Window = [times[from]!, times[from + need - 1]!];
  // Stretch to the latest end of the events that start inside, so bars fit; an
  // ongoing one (open end) reaches the reporting date when there is one.
  let end = best[1] + DAY_MS;
  // From the columns the anchor times were read from: not 100,000 events read again.
  const { starts, ends } = dateColumns(events);
  for (let i = 0; i < starts.length; i++) {
    if (!(starts[i]! >= best[0] && starts[i]! <= best[1])) continue;
    if (Number.isFinite(ends[i]!)) end = Math.max(end, ends[i]!);
    else if (openEnd !== undefined && Number.isFinite(openEnd)) end = Math.max(end, openEnd);
  }
  return pad([best[0], end], 0.06);
}

/** A window of the same span centred on t. */
export function centreOn(w: Window, t: number): Window {
  const half = (w[1] - w[0]) / 2;
  return [t - half, t + half];
}

/** Zooms a window by factor k (>1 zooms in) about time t. */
export function zoomAbout(w: Window, k: number, t = (w[0] + w[1]) / 2): Window {
  const span = Math.max(MIN_SPAN, (w[1] - w[0]) / k);
  const f = (t - w[0]) / (w[1] - w[0]);
  return [t - f * span, t - f * span + span];
}

export function sameWindow(a: Window | null, b: Window | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1;
}

/** Whether the event's date overlaps the window. */
export function overlaps(e: CatalogEvent, w: Window): boolean {
  return e.date.start < w[1] && e.date.end > w[0];
}

/** Where to centre the window on an event: its middle, or its known end for an open period. */
export function centreTime(e: CatalogEvent): number {
  const { start, end } = e.date;
  if (Number.isFinite(start) && Number.isFinite(end)) return (start + end) / 2;
  return Number.isFinite(start) ? start : end;
}

/**
 * The window a story step shows: the dataset's opening window when the event
 * fits in it (so the week's steps hold still), else the event together with
 * that window, so an outlier (a rule since 1994) is seen in context, never in
 * an empty week of its own. Open ends reach `openEnd` (the reporting date).
 */
export function storyWindow(
  e: CatalogEvent,
  opening: Window | null,
  openEnd?: number,
): Window | null {
  const s = Number.isFinite(e.date.start) ? e.date.start : e.date.end;
  let t = Number.isFinite(e.date.end) ? e.date.end : Math.max(s, openEnd ?? s) + DAY_MS;
  if (!Number.isFinite(s)) return opening;
  if (!Number.isFinite(t)) t = s + DAY_MS;
  if (!opening) return pad([s, t], 0.06);
  if (s >= opening[0] && t <= opening[1]) return opening;
  return pad([Math.min(s, opening[0]), Math.max(t, opening[1])], 0.04);
}
