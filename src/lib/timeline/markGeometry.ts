import type { EdtfDate, EdtfPoint } from '../model/edtf';
import { DAY_MS } from '../model/edtf';

export interface MarkGeometry {
  /** A point (one day or less, or an imprecise single date) or a bar (a period). */
  kind: 'point' | 'bar';
  /** Point centre, or bar start (clamped to the view for open starts). */
  x0: number;
  /** Bar end (clamped to the view for open ends); equals x0 for points. */
  x1: number;
  /**
   * Where the date may fall but is not known to, drawn faded; empty when precise.
   * A single date has at most one span (its whole period); a bar one per imprecise end.
   */
  fuzzy: [number, number][];
  openStart: boolean;
  openEnd: boolean;
  /** Drawn dashed: the article hedges the date. */
  uncertain: boolean;
}

/** Whether a known end is imprecise: coarser than a day, or an approximate day. */
function imprecise(p: EdtfPoint | null): p is EdtfPoint {
  return p !== null && (p.precision !== 'day' || p.approximate);
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
  const clamp = (v: number) => Math.max(left, Math.min(right, v));
  const span = (a: number, b: number): [number, number] => [clamp(x(a)), clamp(x(b))];
  const fuzzy: [number, number][] = [];
  if (!d.isInterval) {
    const mid = x((d.start + d.end) / 2);
    if (d.precision !== 'day') fuzzy.push(span(d.start, d.end));
    else if (d.approximate) fuzzy.push(span(d.start - DAY_MS, d.end + DAY_MS));
    return { kind: 'point', x0: mid, x1: mid, fuzzy, openStart, openEnd, uncertain };
  }
  // A bar's ends are as imprecise as their points: fade across the unit each end may fall
  // in, a day wider outwards when approximate. Open ends reach the edge with an arrow instead.
  const { from, to } = d;
  if (imprecise(from)) {
    fuzzy.push(span(from.start - (from.approximate ? DAY_MS : 0), from.end));
  }
  if (imprecise(to)) {
    fuzzy.push(span(to.start, to.end + (to.approximate ? DAY_MS : 0)));
  }
  return {
    kind: 'bar',
    x0: openStart ? left : clamp(x(d.start)),
    x1: openEnd ? right : clamp(x(d.end)),
    fuzzy,
    openStart,
    openEnd,
    uncertain,
  };
}

/**
 * The part of a bar known to be inside the period, drawn solid: from the end of
 * a faded span over its start to the beginning of one over its end. Null when
 * the spans leave nothing (e.g. `2020/2020`).
 */
export function solidPart(g: MarkGeometry): [number, number] | null {
  let a = g.x0;
  let b = g.x1;
  for (const [p, q] of g.fuzzy) {
    if (p <= g.x0 && q > a) a = q;
    if (q >= g.x1 && p < b) b = p;
  }
  return b > a ? [a, b] : null;
}
