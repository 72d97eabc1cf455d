import type { LaneItem } from './lanes';

export interface Bin {
  x0: number;
  x1: number;
  items: LaneItem[];
}

/**
 * Buckets a lane's items by pixel position (their centre, or visible middle
 * for bars) into bins `binPx` wide; only items inside [0, width] are counted.
 */
export function binItems(
  items: LaneItem[],
  centre: (item: LaneItem) => number,
  width: number,
  binPx: number,
): Bin[] {
  const bins = new Map<number, Bin>();
  for (const item of items) {
    const cx = centre(item);
    if (cx < 0 || cx > width) continue;
    const k = Math.floor(cx / binPx);
    let bin = bins.get(k);
    if (!bin) {
      bin = { x0: k * binPx, x1: (k + 1) * binPx, items: [] };
      bins.set(k, bin);
    }
    bin.items.push(item);
  }
  return [...bins.values()].sort((a, b) => a.x0 - b.x0);
}
