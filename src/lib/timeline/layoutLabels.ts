export interface LabelCandidate {
  id: string;
  /** Left edge of the label in px. */
  x: number;
  /** Row on screen: labels only collide with labels in the same row. */
  row: number;
  width: number;
  /** Higher goes first (the selected event, then longer periods...). */
  priority: number;
}

/**
 * Chooses labels that fit without overlapping: greedily by priority, a label
 * is shown only if its box is clear of the boxes already placed in its row and
 * inside [0, maxX]. Shows fewer labels rather than overprinting.
 */
export function layoutLabels(candidates: LabelCandidate[], maxX: number, gap = 6): Set<string> {
  const placed = new Map<number, [number, number][]>();
  const shown = new Set<string>();
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.x - b.x);
  for (const c of order) {
    const a = c.x;
    const b = c.x + c.width;
    if (a < 0 || b > maxX) continue;
    const boxes = placed.get(c.row) ?? [];
    if (boxes.some(([p, q]) => a < q + gap && b + gap > p)) continue;
    boxes.push([a, b]);
    placed.set(c.row, boxes);
    shown.add(c.id);
  }
  return shown;
}

/** A cheap label width for layout before measuring: average glyph width at 12px. */
export function estimateWidth(text: string, px = 12): number {
  return Math.ceil(text.length * px * 0.56);
}
