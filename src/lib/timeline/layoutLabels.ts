export interface LabelCandidate {
  id: string;
  /** Left edge of the label in px. */
  x: number;
  /** Another left edge to try when the first does not fit (e.g. left of the mark). */
  altX?: number;
  /** Row on screen: labels only collide with labels in the same row. */
  row: number;
  width: number;
  /** Higher goes first (the selected event, then longer periods...). */
  priority: number;
}

/**
 * Chooses labels that fit without overlapping: greedily by priority, a label
 * is shown only if its box (at x, else at altX) is clear of the boxes already
 * placed in its row and inside [0, maxX]. Shows fewer labels rather than
 * overprinting. Returns the chosen left edge of each shown label.
 */
export function layoutLabels(
  candidates: LabelCandidate[],
  maxX: number,
  gap = 6,
): Map<string, number> {
  const placed = new Map<number, [number, number][]>();
  const shown = new Map<string, number>();
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.x - b.x);
  for (const c of order) {
    const boxes = placed.get(c.row) ?? [];
    const fits = (a: number) => {
      const b = a + c.width;
      return a >= 0 && b <= maxX && !boxes.some(([p, q]) => a < q + gap && b + gap > p);
    };
    const x = fits(c.x) ? c.x : c.altX !== undefined && fits(c.altX) ? c.altX : null;
    if (x === null) continue;
    boxes.push([x, x + c.width]);
    placed.set(c.row, boxes);
    shown.set(c.id, x);
  }
  return shown;
}

/** A cheap label width for layout before measuring: average glyph width at 12px. */
export function estimateWidth(text: string, px = 12): number {
  return Math.ceil(text.length * px * 0.56);
}
