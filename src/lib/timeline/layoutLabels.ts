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

/**
 * Chooses labels that fit without overlapping: greedily by priority, a label
 * is shown only if its box (at x, else at altX) is inside [0, maxX], clear of
 * the labels already placed in its row and of the obstacles in its row (other
 * marks; its own mark excepted). Shows fewer labels rather than overprinting.
 * Returns the chosen left edge of each shown label.
 *
 * O((n + m) log(n + m)) for n candidates and m obstacles: placed labels of a
 * row are kept sorted and disjoint, obstacles are sorted once per call.
 */
export function layoutLabels(
  candidates: readonly LabelCandidate[],
  maxX: number,
  obstacles: readonly LabelObstacle[] = [],
  gap = 6,
): Map<string, number> {
  const blocks = indexObstacles(obstacles);
  /** Per row, the placed boxes sorted by left edge; disjoint, so also by right edge. */
  const placed = new Map<number, [number, number][]>();
  const shown = new Map<string, number>();
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.x - b.x);
  for (const c of order) {
    let boxes = placed.get(c.row);
    const row = blocks.get(c.row);
    /** Where [a, a + width] would go among the placed boxes, or -1 if it does not fit. */
    const slot = (a: number): number => {
      const b = a + c.width;
      if (a < 0 || b > maxX || blocked(row, a, b, c.id)) return -1;
      if (!boxes) return 0;
      const i = search(boxes, ([, q]) => q + gap <= a);
      const next = boxes[i];
      return next && next[0] < b + gap ? -1 : i;
    };
    let x = c.x;
    let at = slot(x);
    if (at < 0 && c.altX !== undefined) {
      x = c.altX;
      at = slot(x);
    }
    if (at < 0) continue;
    if (!boxes) placed.set(c.row, (boxes = []));
    boxes.splice(at, 0, [x, x + c.width]);
    shown.set(c.id, x);
  }
  return shown;
}

/** A cheap label width for layout before measuring: average glyph width at 12px. */
export function estimateWidth(text: string, px = 12): number {
  return Math.ceil(text.length * px * 0.56);
}
