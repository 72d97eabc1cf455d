import { lane, type Lane } from './lanes';
import type { CatalogEvent } from '../model/catalog';

export const OTHER_LANE = '__other__';

/** How many lanes and rows the timeline shows before folding the quieter lanes away. */
export interface FoldBudget {
  lanes: number;
  rows: number;
}

export const DEFAULT_FOLD_BUDGET: FoldBudget = { lanes: 12, rows: 30 };

export interface FoldedLanes {
  lanes: Lane[];
  /** Lanes gathered into the "Other" lane (0 when nothing is folded). */
  folded: number;
}

/**
 * Keeps the timeline a sensible height: when the lanes would exceed the
 * budget, the busiest ones stay (in their own order) and the rest become one
 * "Other (N)" lane holding each of their events once. `expanded` shows all.
 */
export function foldLanes(
  lanes: readonly Lane[],
  expanded: boolean,
  budget: FoldBudget = DEFAULT_FOLD_BUDGET,
): FoldedLanes {
  return foldKept(lanes, lanesKept(lanes, expanded, budget));
}

/** `lanes` folded, those at `keep` left out of "Other" (none folded when null: see lanesKept). */
export function foldKept(lanes: readonly Lane[], keep: Set<number> | null): FoldedLanes {
  if (!keep) return { lanes: [...lanes], folded: 0 };
  const rest = lanes.filter((_, i) => !keep.has(i));
  // Each event once, in catalog order: a slot per index rather than a set of ids and a sort.
  let size = 0;
  for (const l of rest) for (const ix of l.index.events) size = Math.max(size, ix + 1);
  const at = new Array<CatalogEvent | undefined>(size);
  for (const l of rest) l.index.events.forEach((ix, k) => (at[ix] = l.items[k]!.event));
  const events: CatalogEvent[] = [];
  for (const e of at) if (e) events.push(e);
  const other = lane(OTHER_LANE, otherLabel(rest.length), events);
  return { lanes: [...lanes.filter((_, i) => keep.has(i)), other], folded: rest.length };
}

export const otherLabel = (folded: number) => `Other (${folded})`;

/**
 * The positions of the lanes that stay out of "Other", or null when nothing is
 * folded (all fit the budget, or folding would gather a single lane).
 */
export function lanesKept(
  lanes: readonly Lane[],
  expanded: boolean,
  budget: FoldBudget,
): Set<number> | null {
  const rows = lanes.reduce((n, l) => n + l.rows, 0);
  if (expanded || (lanes.length <= budget.lanes && rows <= budget.rows)) return null;
  const busiest = lanes
    .map((l, i) => ({ l, i }))
    .sort((a, b) => b.l.items.length - a.l.items.length || a.i - b.i);
  const keep = new Set<number>();
  let used = 0;
  // One lane and a few rows stay free for "Other".
  for (const { l, i } of busiest) {
    if (keep.size >= budget.lanes - 1 || used + l.rows > budget.rows - 2) break;
    keep.add(i);
    used += l.rows;
  }
  return lanes.length - keep.size <= 1 ? null : keep;
}
