export interface LabelCandidate {
  id: string;
  /** Left edge of the label in px. */
  x: number;
  /** Another left edge to try when the first does not fit (e.g. left of the mark). */
  altX?: number;
  /** Row on screen: labels only collide with labels and obstacles in the same row. */
  row: number;
  width: number;
  /** Higher goes first (the selected event, then longer periods...). */
  priority: number;
  /**
   * Other rows (nearest first) where the label may go, joined to its mark by a
   * leader, when it fits nowhere beside the mark; with `slide`, also further
   * along its row or those rows.
   */
  altRows?: readonly number[];
  /** How far (px) the label may move along a row, with a leader, to find room. */
  slide?: number;
  /** Other left edges within [a, b] to try in its own row, without a leader (a bar's title along its bar). */
  slideTo?: readonly [number, number];
  /** Must be shown (a key event): as a last resort it may cover other marks, never labels. */
  must?: boolean;
}

/** Where a label went: its left edge and row, and whether it needs a leader to its mark. */
export interface LabelPlacement {
  x: number;
  row: number;
  leader: boolean;
}

/** Something drawn in a row that labels must not cover, e.g. a mark. */
export interface LabelObstacle {
  row: number;
  x0: number;
  x1: number;
  /** Id of the candidate labelling this mark: its own label may overlap it (a bar's title). */
  owner?: string;
}

/** Clearance (px) between a label and a mark; marks' boxes already include some margin. */
const OBSTACLE_GAP = 2;

/** Obstacles of one row sorted by x0, with the running maximum of x1 to stop searches early. */
interface RowObstacles {
  boxes: LabelObstacle[];
  reach: number[];
}

/** Index of the first element of a sorted array for which `before` is false. */
function search<T>(list: readonly T[], before: (v: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function indexObstacles(obstacles: readonly LabelObstacle[]): Map<number, RowObstacles> {
  const rows = new Map<number, RowObstacles>();
  for (const o of obstacles) {
    const r = rows.get(o.row);
    if (r) r.boxes.push(o);
    else rows.set(o.row, { boxes: [o], reach: [] });
  }
  for (const r of rows.values()) {
    r.boxes.sort((a, b) => a.x0 - b.x0);
    let max = -Infinity;
    r.reach = r.boxes.map((o) => (max = Math.max(max, o.x1)));
  }
  return rows;
}

/** Whether [a, b] comes within OBSTACLE_GAP of an obstacle in the row other than own's. */
function blocked(r: RowObstacles | undefined, a: number, b: number, own: string): boolean {
  if (!r) return false;
  // Obstacles starting before the label's end, scanned back until none reaches its start.
  for (let i = search(r.boxes, (o) => o.x0 < b + OBSTACLE_GAP) - 1; i >= 0; i--) {
    if (r.reach[i]! + OBSTACLE_GAP <= a) break;
    const o = r.boxes[i]!;
    if (o.x1 + OBSTACLE_GAP > a && o.owner !== own) return true;
  }
  return false;
}

const SLIDE_STEP = 24;

/** Positions to try for a candidate, best first: beside its mark, then further away. */
function* positions(c: LabelCandidate, maxX: number): Generator<[number, number]> {
  const sides = c.altX === undefined ? [c.x] : [c.x, c.altX];
  const rows = [c.row, ...(c.altRows ?? [])];
  for (const row of rows) for (const x of sides) yield [x, row];
  if (c.slideTo) {
    for (let x = c.slideTo[0] + SLIDE_STEP; x <= c.slideTo[1]; x += SLIDE_STEP) yield [x, c.row];
  }
  const slide = c.slide ?? 0;
  for (let d = SLIDE_STEP; d <= slide; d += SLIDE_STEP) {
    for (const row of rows) {
      for (const x of sides) {
        yield [Math.min(x + d, maxX - c.width), row];
        yield [Math.max(x - d, 0), row];
      }
    }
  }
}

/**
 * Chooses labels that fit without overlapping: greedily by priority, a label
 * is shown only if its box is inside [0, maxX], clear of the labels already
 * placed in its row and of the obstacles in its row (other marks; its own
 * mark excepted). It tries beside its mark (x, then altX), then its other
 * rows and further along (with a leader); a `must` label may finally cover
 * marks, but never another label. Shows fewer labels rather than overprinting.
 *
 * O((n + m) log(n + m)) for n candidates and m obstacles when labels stay
 * beside their marks; each candidate with altRows or slide tries at most a
 * bounded number of further positions.
 */
export function layoutLabels(
  candidates: readonly LabelCandidate[],
  maxX: number,
  obstacles: readonly LabelObstacle[] = [],
  gap = 6,
): Map<string, LabelPlacement> {
  const blocks = indexObstacles(obstacles);
  /** Per row, the placed boxes sorted by left edge; disjoint, so also by right edge. */
  const placed = new Map<number, [number, number][]>();
  const shown = new Map<string, LabelPlacement>();
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.x - b.x);
  for (const c of order) {
    /** Where [a, a + width] would go among the placed boxes of `row`, or -1 if it does not fit. */
    const slot = (a: number, row: number, overMarks: boolean): number => {
      const b = a + c.width;
      if (a < 0 || b > maxX) return -1;
      if (!overMarks && blocked(blocks.get(row), a, b, c.id)) return -1;
      const boxes = placed.get(row);
      if (!boxes) return 0;
      const i = search(boxes, ([, q]) => q + gap <= a);
      const next = boxes[i];
      return next && next[0] < b + gap ? -1 : i;
    };
    let found: { x: number; row: number; at: number } | null = null;
    for (const overMarks of c.must ? [false, true] : [false]) {
      for (const [x, row] of positions(c, maxX)) {
        const at = slot(x, row, overMarks);
        if (at >= 0) {
          found = { x, row, at };
          break;
        }
      }
      if (found) break;
    }
    if (!found) continue;
    let boxes = placed.get(found.row);
    if (!boxes) placed.set(found.row, (boxes = []));
    boxes.splice(found.at, 0, [found.x, found.x + c.width]);
    const along = c.slideTo !== undefined && found.x >= c.slideTo[0] && found.x <= c.slideTo[1];
    const beside = found.row === c.row && (found.x === c.x || found.x === c.altX || along);
    shown.set(c.id, { x: found.x, row: found.row, leader: !beside });
  }
  return shown;
}

/** A mark's title width: key events' titles are set bold, a little wider. */
export function labelWidth(text: string, key: boolean): number {
  return widthOfLength(text.length, key);
}

/** labelWidth of a title `length` long. */
export function widthOfLength(length: number, key: boolean): number {
  const w = estimateLength(length);
  return key ? Math.ceil(w * 1.08) : w;
}

/** A cheap label width for layout before measuring: average glyph width at 12px. */
export function estimateWidth(text: string, px = 12): number {
  return estimateLength(text.length, px);
}

function estimateLength(length: number, px = 12): number {
  return Math.ceil(length * px * 0.56);
}
