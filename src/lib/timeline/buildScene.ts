import type { CatalogEvent } from '../model/catalog';
import type { Lane, LaneItem } from './lanes';
import { markGeometry, type MarkGeometry } from './markGeometry';
import { binItems } from './binItems';

export const LANE_HEADER = 20;
export const ROW_HEIGHT = 26;
export const LANE_GAP = 6;
/** A lane with more marks in view than one per this many px is drawn as counts. */
export const MIN_PX_PER_MARK = 10;
export const BIN_PX = 14;

export interface SceneMark {
  item: LaneItem;
  lane: number;
  /** Row centre in px. */
  y: number;
  g: MarkGeometry;
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

export interface Scene {
  marks: SceneMark[];
  bins: SceneBin[];
  lanes: LaneBox[];
  height: number;
}

/**
 * Lays out what is in view: each lane's marks at their rows, or, where a lane
 * is too dense to draw one by one, its events binned into counts. Pure, so it
 * can be tested and benchmarked without a DOM.
 */
export function buildScene(lanes: Lane[], x: (t: number) => number, width: number): Scene {
  const marks: SceneMark[] = [];
  const bins: SceneBin[] = [];
  const boxes: LaneBox[] = [];
  const edge: [number, number] = [0, width];
  let top = 0;
  lanes.forEach((lane, li) => {
    const rowY = (row: number) => top + LANE_HEADER + row * ROW_HEIGHT + ROW_HEIGHT / 2;
    const inView: SceneMark[] = [];
    for (const item of lane.items) {
      const g = markGeometry(item.event.date, x, edge);
      const a = g.kind === 'bar' ? g.x0 : g.x0 - 6;
      const b = g.kind === 'bar' ? g.x1 : g.x0 + 6;
      if (b < 0 || a > width) continue;
      inView.push({ item, lane: li, y: rowY(item.row), g });
    }
    const points = inView.filter((m) => m.g.kind === 'point').length;
    const aggregated = points > width / MIN_PX_PER_MARK;
    let height = LANE_HEADER + lane.rows * ROW_HEIGHT;
    if (aggregated) {
      // Periods stay bars on their rows; single dates become counts on one row.
      const pointItems = inView.filter((m) => m.g.kind === 'point');
      const byItem = new Map(pointItems.map((m) => [m.item, m]));
      for (const bin of binItems(
        pointItems.map((m) => m.item),
        (it) => byItem.get(it)!.g.x0,
        width,
        BIN_PX,
      )) {
        bins.push({
          lane: li,
          y: rowY(0),
          x0: bin.x0,
          x1: bin.x1,
          events: bin.items.map((it) => it.event),
          colour: lane.colour ?? bin.items[0]!.event.type.colour,
        });
      }
      for (const m of inView) if (m.g.kind === 'bar') marks.push(m);
      height = LANE_HEADER + Math.max(1, lane.rows) * ROW_HEIGHT;
    } else {
      marks.push(...inView);
    }
    boxes.push({ lane, top, height, aggregated, inView: inView.length });
    top += height + LANE_GAP;
  });
  return { marks, bins, lanes: boxes, height: Math.max(top - LANE_GAP, ROW_HEIGHT) };
}
