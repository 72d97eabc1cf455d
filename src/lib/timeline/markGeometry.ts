import type { EdtfDate } from '../model/edtf';
import { DAY_MS } from '../model/edtf';

export interface MarkGeometry {
  /** A point (one day or less, or an imprecise single date) or a bar (a period). */
  kind: 'point' | 'bar';
  /** Point centre, or bar start (clamped to the view for open starts). */
  x0: number;
  /** Bar end (clamped to the view for open ends); equals x0 for points. */
  x1: number;
  /** The whole possible period of an imprecise date, drawn faded. */
  fuzzy: [number, number] | null;
  openStart: boolean;
  openEnd: boolean;
  /** Drawn dashed: the article hedges the date. */
  uncertain: boolean;
}

/**
 * Where an event's date falls in pixels for scale x (floating ms → px).
 * `edge` is the drawable range, e.g. [0, width]: open ends reach just past it.
 */
export function markGeometry(
  d: EdtfDate,
  x: (t: number) => number,
  edge: [number, number],
): MarkGeometry {
  const openStart = !Number.isFinite(d.start);
  const openEnd = !Number.isFinite(d.end);
  const uncertain = d.uncertain;
  const left = edge[0] - 10;
  const right = edge[1] + 10;
  if (!d.isInterval) {
    const mid = x((d.start + d.end) / 2);
    let fuzzy: [number, number] | null = null;
    if (d.precision !== 'day') fuzzy = [x(d.start), x(d.end)];
    else if (d.approximate) fuzzy = [x(d.start - DAY_MS), x(d.end + DAY_MS)];
    return { kind: 'point', x0: mid, x1: mid, fuzzy, openStart, openEnd, uncertain };
  }
  const x0 = openStart ? left : x(d.start);
  const x1 = openEnd ? right : x(d.end);
  // A bar's ends are as imprecise as their points: fade across the first/last unit.
  let fuzzy: [number, number] | null = null;
  if (d.approximate || d.precision !== 'day') {
    const a = d.from && d.from.precision !== 'day' ? x(d.from.end) : x0;
    const b = d.to && d.to.precision !== 'day' ? x(d.to.start) : x1;
    fuzzy = [Math.min(a, b), Math.max(a, b)];
  }
  return {
    kind: 'bar',
    x0: Math.max(left, Math.min(right, x0)),
    x1: Math.max(left, Math.min(right, x1)),
    fuzzy,
    openStart,
    openEnd,
    uncertain,
  };
}
