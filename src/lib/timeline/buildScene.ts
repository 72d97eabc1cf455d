import type { CatalogEvent } from '../model/catalog';
import { isDisputed } from '../model/otherReporting';
import { shortRange, type Lane, type LaneItem } from './lanes';
import { lowerBound } from '../model/lowerBound';
import { markGeometry, type MarkGeometry } from './markGeometry';
import type { TimeScale } from './timeScale';

/** Height of a lane's title above its rows, when titles are not in a gutter beside them. */
export const LANE_HEADER = 14;
export const ROW_HEIGHT = 20;
/** Rows on small screens, where every lane must still fit the first screen. */
export const COMPACT_ROW_HEIGHT = 16;
export const LANE_GAP = 5;
/** A lane with more single-date marks in view than one per this many px is drawn as counts. */
export const MIN_PX_PER_MARK = 10;
export const BIN_PX = 14;
/** How far (px) a point mark reaches beyond its centre, for culling. */
const POINT_REACH = 8;

export interface SceneMark {
  item: LaneItem;
  lane: number;
  /** Row centre in px. */
  y: number;
  g: MarkGeometry;
  /** A period in a lane too dense to read one by one: drawn faint, unlabelled, so overlaps read as density. */
  dense?: boolean;
  /** A key event of the dataset: drawn larger, always labelled. */
  key: boolean;
  /** Other reporting contradicts its sources: drawn with a small mark of its own. */
  disputed: boolean;
}

export interface SceneBin {
  lane: number;
  y: number;
  x0: number;
  x1: number;
  /** How many events the bin holds; `first` of them gives its colour. */
  count: number;
  first: CatalogEvent;
  /** The events themselves, gathered when first asked for (a hover), not with every frame. */
  readonly events: CatalogEvent[];
  colour: string;
}

export interface LaneBox {
  lane: Lane;
  top: number;
  height: number;
  aggregated: boolean;
  /** Events of the lane in view. */
  inView: number;
}

export interface SceneOptions {
  /** Room above each lane's rows for its title (0 when titles sit in a gutter beside the lanes). */
  header?: number;
  rowHeight?: number;
}

export interface Scene {
  /** Maps floating ms to px for this scene. */
  x: (t: number) => number;
  marks: SceneMark[];
  bins: SceneBin[];
  lanes: LaneBox[];
  height: number;
  /** Room above each lane's rows for its title. */
  header: number;
  rowHeight: number;
  /** Height of a period's bar; its title is written inside it. */
  barHeight: number;
}

/**
 * Lays out what is in `view` at `width` px: each lane's marks at their rows,
 * or, where a lane has too many single dates in view to draw one by one, those
 * binned into counts (periods stay bars). Culls in time before any geometry,
 * since it runs on every frame of a zoom. Pure: testable and benchmarkable
 * without a DOM.
 */
export function buildScene(
  lanes: Lane[],
  scale: TimeScale,
  { header = LANE_HEADER, rowHeight = ROW_HEIGHT }: SceneOptions = {},
): Scene {
  const [v0, v1] = scale.view;
  const { width, x } = scale;
  const reach = POINT_REACH * ((v1 - v0) / width);
  const t0 = v0 - reach;
  const t1 = v1 + reach;
  const edge: [number, number] = [0, width];
  const marks: SceneMark[] = [];
  const bins: SceneBin[] = [];
  const boxes: LaneBox[] = [];
  let top = 0;
  lanes.forEach((lane, li) => {
    const rowY = (row: number) => top + header + row * rowHeight + rowHeight / 2;
    const { short, starts, pointsBefore, long } = lane.index;
    const [from, to] = shortRange(lane.index, t0, t1);
    let longPoints = 0;
    for (const item of long) {
      const d = item.event.date;
      if (!d.isInterval && d.end > t0 && d.start < t1) longPoints++;
    }
    // Decided before visiting anything: single dates starting in view (a prefix count), so
    // the events in view are met once, in one loop. It runs on every frame of a zoom and,
    // at load, before the engine has optimised it (100,000 events in view: 430 → ~100 ms).
    const inView = pointsBefore[to]! - pointsBefore[lowerBound(starts, t0)]! + longPoints;
    const aggregated = inView > width / MIN_PX_PER_MARK;
    const k = width / (v1 - v0);
    const barMarks: SceneMark[] = [];
    let points = 0;
    // Dense lanes count their single dates per bin from typed columns; the rest become marks.
    const nBins = Math.floor(width / BIN_PX) + 1;
    const counts = aggregated ? new Int32Array(nBins) : null;
    const firsts: CatalogEvent[] = [];
    const binOf = (mid: number) => {
      const cx = (mid - v0) * k;
      return cx < 0 || cx > width ? -1 : Math.floor(cx / BIN_PX);
    };
    const visit = (item: LaneItem) => {
      const ev = item.event;
      const d = ev.date;
      const key = ev.key;
      if (d.isInterval) {
        const m = mark(item, li, rowY(item.row), markGeometry(d, x, edge), key);
        barMarks.push(m);
        marks.push(m);
        return;
      }
      points++;
      // Key events stand out of the counts: drawn and labelled on their own.
      if (!counts || key) {
        marks.push(mark(item, li, rowY(item.row), markGeometry(d, x, edge), key));
        return;
      }
      const b = binOf((d.start + d.end) / 2);
      if (b >= 0 && counts[b]!++ === 0) firsts[b] = ev;
    };
    const inLong = (item: LaneItem) => {
      const d = item.event.date;
      return d.end > t0 && d.start < t1;
    };
    for (const item of long) if (inLong(item)) visit(item);
    const { ends, mids, plain } = lane.index;
    for (let i = from; i < to; i++) {
      if (ends[i]! <= t0) continue;
      if (counts && plain[i] === 1) {
        points++;
        const b = binOf(mids[i]!);
        if (b >= 0 && counts[b]!++ === 0) firsts[b] = short[i]!.event;
      } else visit(short[i]!);
    }
    // A period in a lane too dense to read one by one is drawn faint (see SceneMark.dense).
    const dense = aggregated || barMarks.length > (lane.rows * width) / (MIN_PX_PER_MARK * 4);
    if (dense) for (const m of barMarks) m.dense = true;
    if (counts) {
      // What a bin holds, in the order the lane is visited: its long items, then its short ones.
      const gather = (b: number): CatalogEvent[] => {
        const out: CatalogEvent[] = [];
        const holds = (e: CatalogEvent) =>
          !e.date.isInterval && !e.key && binOf((e.date.start + e.date.end) / 2) === b;
        for (const item of long) if (inLong(item) && holds(item.event)) out.push(item.event);
        const [binFrom, binTo] = shortRange(
          lane.index,
          v0 + (b * BIN_PX) / k,
          v0 + ((b + 1) * BIN_PX) / k + 1,
        );
        const lo = Math.max(from, binFrom);
        const hi = Math.min(to, binTo);
        for (let i = lo; i < hi; i++) {
          if (ends[i]! > t0 && holds(short[i]!.event)) out.push(short[i]!.event);
        }
        return out;
      };
      const y = rowY(0);
      for (let b = 0; b < nBins; b++) {
        const count = counts[b]!;
        if (count === 0) continue;
        const first = firsts[b]!;
        let events: CatalogEvent[] | null = null;
        bins.push({
          lane: li,
          y,
          x0: b * BIN_PX,
          x1: (b + 1) * BIN_PX,
          count,
          first,
          get events() {
            return (events ??= gather(b));
          },
          colour: lane.colour ?? first.type.colour,
        });
      }
    }
    const height = header + lane.rows * rowHeight;
    boxes.push({ lane, top, height, aggregated, inView: points + barMarks.length });
    top += height + LANE_GAP;
  });
  return {
    x,
    marks,
    bins,
    lanes: boxes,
    height: Math.max(top - LANE_GAP, rowHeight),
    header,
    rowHeight,
    barHeight: rowHeight - 6,
  };
}

function mark(item: LaneItem, lane: number, y: number, g: MarkGeometry, key: boolean): SceneMark {
  return { item, lane, y, g, key, disputed: isDisputed(item.event.record) };
}
