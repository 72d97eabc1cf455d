import type { CatalogEvent } from '../model/catalog';
import { isDisputed } from '../model/otherReporting';
import { itemsIn, type Lane, type LaneItem } from './lanes';
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
  events: CatalogEvent[];
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
    const points: LaneItem[] = [];
    const bars: LaneItem[] = [];
    itemsIn(lane, t0, t1, (item) => {
      if (item.event.date.isInterval) bars.push(item);
      else points.push(item);
    });
    const aggregated = points.length > width / MIN_PX_PER_MARK;
    const pushMark = (item: LaneItem) =>
      marks.push({
        item,
        lane: li,
        y: rowY(item.row),
        g: markGeometry(item.event.date, x, edge),
        key: item.event.record.key === true,
        disputed: isDisputed(item.event.record),
      });
    const dense = aggregated || bars.length > (lane.rows * width) / (MIN_PX_PER_MARK * 4);
    for (const item of bars) {
      marks.push({
        item,
        lane: li,
        y: rowY(item.row),
        g: markGeometry(item.event.date, x, edge),
        dense,
        key: item.event.record.key === true,
        disputed: isDisputed(item.event.record),
      });
    }
    if (aggregated) {
      // Bins by index: there are only width / BIN_PX of them.
      const byBin: (CatalogEvent[] | undefined)[] = [];
      for (const item of points) {
        // Key events stand out of the counts: drawn and labelled on their own.
        if (item.event.record.key === true) {
          pushMark(item);
          continue;
        }
        const cx = x((item.event.date.start + item.event.date.end) / 2);
        if (cx < 0 || cx > width) continue;
        const b = Math.floor(cx / BIN_PX);
        const list = byBin[b];
        if (list) list.push(item.event);
        else byBin[b] = [item.event];
      }
      byBin.forEach((events, b) => {
        if (!events) return;
        bins.push({
          lane: li,
          y: rowY(0),
          x0: b * BIN_PX,
          x1: (b + 1) * BIN_PX,
          events,
          colour: lane.colour ?? events[0]!.type.colour,
        });
      });
    } else {
      points.forEach(pushMark);
    }
    const height = header + lane.rows * rowHeight;
    boxes.push({ lane, top, height, aggregated, inView: points.length + bars.length });
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
