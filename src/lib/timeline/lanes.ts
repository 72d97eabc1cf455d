import type { CatalogEvent } from '../model/catalog';
import { EVENT_TYPES } from '../model/eventTypes';
import { DAY_MS } from '../model/edtf';
import { lowerBound } from '../model/lowerBound';
import type { LaneMode } from '../model/view';

export interface LaneItem {
  event: CatalogEvent;
  /** Row inside the lane, so events at the same time do not cover each other. */
  row: number;
}

export interface Lane {
  key: string;
  label: string;
  /** Colour of the lane's key (the type colour in type mode). */
  colour?: string;
  items: LaneItem[];
  rows: number;
  /** For culling by time without visiting every item (see itemsIn). */
  index: LaneIndex;
}

/**
 * Items split so a time window finds its items by binary search: `short`
 * items (at most SHORT_SPAN long) sorted by start, with their starts; `long`
 * ones (longer, or open-ended) are few and always checked.
 */
export interface LaneIndex {
  short: LaneItem[];
  starts: Float64Array;
  /** How many of the first i short items are single dates (not periods): a prefix count. */
  pointsBefore: Int32Array;
  /** Per short item: its end, and its midpoint; `plain` 1 for a single date that is not a key event (what a dense lane counts in bins). */
  ends: Float64Array;
  mids: Float64Array;
  plain: Uint8Array;
  long: LaneItem[];
  /** Per short and per long item, its position in the lane's `items`. */
  shortAt: Uint32Array;
  longAt: Uint32Array;
  /** Per item of the lane (in `items` order), its event's index: filters pick items by number. */
  events: Uint32Array;
}

export const SHORT_SPAN = 32 * DAY_MS;

const isShort = (d: CatalogEvent['date']) =>
  Number.isFinite(d.start) && Number.isFinite(d.end) && d.end - d.start <= SHORT_SPAN;

export function indexItems(items: LaneItem[]): LaneIndex {
  const shortAt: number[] = [];
  const longAt: number[] = [];
  const events = new Uint32Array(items.length);
  for (let k = 0; k < items.length; k++) {
    const e = items[k]!.event;
    events[k] = e.index;
    (isShort(e.date) ? shortAt : longAt).push(k);
  }
  const startOf = (k: number) => items[k]!.event.date.start;
  // Lanes are built from chronological events, so this is almost always sorted already.
  let sorted = true;
  for (let i = 1; i < shortAt.length && sorted; i++) {
    sorted = startOf(shortAt[i - 1]!) <= startOf(shortAt[i]!);
  }
  if (!sorted) shortAt.sort((a, b) => startOf(a) - startOf(b));
  const columns = shortColumns(shortAt.length);
  for (let i = 0; i < shortAt.length; i++) writeShort(columns, i, items[shortAt[i]!]!.event);
  return {
    short: shortAt.map((k) => items[k]!),
    ...columns,
    long: longAt.map((k) => items[k]!),
    shortAt: Uint32Array.from(shortAt),
    longAt: Uint32Array.from(longAt),
    events,
  };
}

/**
 * The index of a subset of a lane's items without reading their events:
 * `items` are the subset, `at` gives each item of the lane its position among
 * them (-1 for one left out). Columns are copied, so time order holds.
 */
export function subsetIndex(index: LaneIndex, items: LaneItem[], at: Int32Array): LaneIndex {
  let m = 0;
  for (let i = 0; i < index.shortAt.length; i++) if (at[index.shortAt[i]!]! >= 0) m++;
  const c = shortColumns(m);
  const short = new Array<LaneItem>(m);
  const shortAt = new Uint32Array(m);
  for (let i = 0, j = 0; i < index.shortAt.length; i++) {
    const q = at[index.shortAt[i]!]!;
    if (q < 0) continue;
    short[j] = items[q]!;
    shortAt[j] = q;
    c.starts[j] = index.starts[i]!;
    c.ends[j] = index.ends[i]!;
    c.mids[j] = index.mids[i]!;
    c.plain[j] = index.plain[i]!;
    c.pointsBefore[j + 1] =
      c.pointsBefore[j]! + index.pointsBefore[i + 1]! - index.pointsBefore[i]!;
    j++;
  }
  const long: LaneItem[] = [];
  const longAt: number[] = [];
  for (let i = 0; i < index.longAt.length; i++) {
    const q = at[index.longAt[i]!]!;
    if (q < 0) continue;
    long.push(items[q]!);
    longAt.push(q);
  }
  const events = new Uint32Array(items.length);
  for (let k = 0; k < at.length; k++) if (at[k]! >= 0) events[at[k]!] = index.events[k]!;
  return { short, ...c, long, shortAt, longAt: Uint32Array.from(longAt), events };
}

type ShortColumns = Pick<LaneIndex, 'starts' | 'pointsBefore' | 'ends' | 'mids' | 'plain'>;

function shortColumns(n: number): ShortColumns {
  return {
    starts: new Float64Array(n),
    pointsBefore: new Int32Array(n + 1),
    ends: new Float64Array(n),
    mids: new Float64Array(n),
    plain: new Uint8Array(n),
  };
}

/** Writes the columns of the i-th short item (those before it written already). */
function writeShort(c: ShortColumns, i: number, e: CatalogEvent): void {
  const d = e.date;
  c.starts[i] = d.start;
  c.ends[i] = d.end;
  c.mids[i] = (d.start + d.end) / 2;
  c.plain[i] = d.isInterval || e.key ? 0 : 1;
  c.pointsBefore[i + 1] = c.pointsBefore[i]! + (d.isInterval ? 0 : 1);
}

/**
 * The short items that may overlap [t0, t1): those starting before t1 and at
 * most SHORT_SPAN before t0 (each still to be checked for ending after t0).
 */
export function shortRange(index: LaneIndex, t0: number, t1: number): [from: number, to: number] {
  return [lowerBound(index.starts, t0 - SHORT_SPAN), lowerBound(index.starts, t1)];
}

/** Calls `visit` for every item of the lane overlapping [t0, t1). */
export function itemsIn(lane: Lane, t0: number, t1: number, visit: (item: LaneItem) => void): void {
  const { short, long } = lane.index;
  for (const it of long) {
    const d = it.event.date;
    if (d.end > t0 && d.start < t1) visit(it);
  }
  const [from, to] = shortRange(lane.index, t0, t1);
  for (let i = from; i < to; i++) {
    const it = short[i]!;
    if (it.event.date.end > t0) visit(it);
  }
}

/** Beyond this many rows a lane stacks the rest on its last row; they are aggregated there. */
export const MAX_ROWS = 4;
/** The lane of events with no actor (or in no group) in actor and group modes. */
export const NO_KEY = '(none)';

/** Actor and group lanes: most events first, then by label; the lane of events without one last. */
export function byActivity(
  keyA: string,
  labelA: string,
  countA: number,
  keyB: string,
  labelB: string,
  countB: number,
): number {
  if (keyA === NO_KEY) return 1;
  if (keyB === NO_KEY) return -1;
  return countB - countA || labelA.localeCompare(labelB);
}

/**
 * The time an event takes up in its row, label included: [start, end) in
 * floating ms. Without one, an event takes up its own dates.
 */
export type Footprint = (e: CatalogEvent) => readonly [number, number];

/**
 * A lane of chronological events, packed into rows and indexed by time. Each
 * event goes on the first row that is free over its footprint: computed from
 * time, not pixels, so rows stay put while zooming (a point occupies at least
 * its whole day). One pass packs and indexes: for 100,000 events, built once,
 * reading each event once is most of the cost.
 */
export function lane(
  key: string,
  label: string,
  events: CatalogEvent[],
  colour?: string,
  footprint?: Footprint,
): Lane {
  const n = events.length;
  const items: LaneItem[] = [];
  const rowEnds: number[] = [];
  const eventIndex = new Uint32Array(n);
  const short: LaneItem[] = [];
  const long: LaneItem[] = [];
  const shortAt = new Uint32Array(n);
  const longAt: number[] = [];
  const columns = shortColumns(n);
  let sorted = true;
  for (let k = 0; k < n; k++) {
    const event = events[k]!;
    const d = event.date;
    let a = d.start;
    let b = d.end;
    if (footprint) {
      const f = footprint(event);
      a = f[0];
      b = f[1];
    }
    const from = Number.isFinite(a) ? a : -Infinity;
    const to = Math.max(b, from + DAY_MS);
    let row = 0;
    while (row < rowEnds.length && rowEnds[row]! > from) row++;
    if (row === rowEnds.length && row >= MAX_ROWS) row = MAX_ROWS - 1;
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, to);
    const item = { event, row };
    items.push(item);
    eventIndex[k] = event.index;
    if (!isShort(d)) {
      long.push(item);
      longAt.push(k);
      continue;
    }
    const i = short.length;
    if (i > 0 && columns.starts[i - 1]! > d.start) sorted = false;
    short.push(item);
    shortAt[i] = k;
    writeShort(columns, i, event);
  }
  const rows = items.reduce((m, it) => Math.max(m, it.row + 1), 1);
  // Events not in time order (never from the catalog's lists): index them apart.
  if (!sorted) return { key, label, colour, items, rows, index: indexItems(items) };
  const m = short.length;
  const index: LaneIndex = {
    short,
    starts: columns.starts.slice(0, m),
    pointsBefore: columns.pointsBefore.slice(0, m + 1),
    ends: columns.ends.slice(0, m),
    mids: columns.mids.slice(0, m),
    plain: columns.plain.slice(0, m),
    long,
    shortAt: shortAt.slice(0, m),
    longAt: Uint32Array.from(longAt),
    events: eventIndex,
  };
  return { key, label, colour, items, rows, index };
}

/**
 * Lanes by event type (built-in types in their fixed order, then declared
 * ones), by actor or by actor group (most active first; an event with several
 * actors or groups appears in each of their lanes, one without any in a last
 * lane of its own). With a footprint (see labelFootprint), rows leave room for
 * each title.
 */
export function buildLanes(events: CatalogEvent[], mode: LaneMode, footprint?: Footprint): Lane[] {
  const steps = lanesInSteps(events, mode, footprint);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The lanes of each key, in lane order. */
interface LaneSpec {
  key: string;
  label: string;
  colour?: string;
  events: CatalogEvent[];
}

/**
 * buildLanes a lane at a time: yields after grouping and after each lane is
 * packed, so a big dataset's lanes can be packed over several tasks.
 */
export function* lanesInSteps(
  events: CatalogEvent[],
  mode: LaneMode,
  footprint?: Footprint,
): Generator<void, Lane[], void> {
  const specs = laneSpecs(events, mode);
  yield;
  const lanes: Lane[] = [];
  for (const spec of specs) {
    lanes.push(lane(spec.key, spec.label, spec.events, spec.colour, footprint));
    yield;
  }
  return lanes;
}

function laneSpecs(events: CatalogEvent[], mode: LaneMode): LaneSpec[] {
  if (mode === 'type') {
    const byType = new Map<string, CatalogEvent[]>();
    for (const e of events) {
      const list = byType.get(e.type.id) ?? [];
      list.push(e);
      byType.set(e.type.id, list);
    }
    const order = EVENT_TYPES.map((t) => t.id as string);
    // A dataset's declared types come after the built-in ones, in the order their first
    // events appear (the sort is stable and the map keeps insertion order).
    const rank = (id: string) => {
      const i = order.indexOf(id);
      return i === -1 ? order.length : i;
    };
    return [...byType.entries()]
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([, list]) => {
        const t = list[0]!.type;
        return { key: t.id, label: t.label, colour: t.colour, events: list };
      });
  }
  const keysOf =
    mode === 'actor'
      ? (e: CatalogEvent) => e.actors.map((a) => ({ id: a.actor.id, label: a.actor.name }))
      : (e: CatalogEvent) => e.groups.map((g) => ({ id: g.id, label: g.name }));
  const none = mode === 'actor' ? 'No actor named' : 'In no group';
  const byKey = new Map<string, { label: string; events: CatalogEvent[] }>();
  for (const e of events) {
    const keys = keysOf(e);
    const seen = new Set<string>();
    for (const { id, label } of keys.length === 0 ? [{ id: NO_KEY, label: none }] : keys) {
      if (seen.has(id)) continue;
      seen.add(id);
      const entry = byKey.get(id) ?? { label, events: [] };
      entry.events.push(e);
      byKey.set(id, entry);
    }
  }
  return [...byKey.entries()]
    .map(([key, { label, events: list }]) => ({ key, label, events: list }))
    .sort((a, b) => byActivity(a.key, a.label, a.events.length, b.key, b.label, b.events.length));
}
