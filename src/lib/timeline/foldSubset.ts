import type { CatalogEvent } from '../model/catalog';
import { DEFAULT_FOLD_BUDGET, foldKept, lanesKept, otherLabel } from './foldLanes';
import type { FoldBudget, FoldedLanes } from './foldLanes';
import type { Lane } from './lanes';
import { subsetLanes } from './subsetLanes';

/**
 * foldLanes for `lanes` that subsetLanes narrowed to `events` from the lanes
 * `whole` folded. When the filter leaves the same lanes out of "Other", its
 * "Other" is the whole's narrowed like every other lane (rows kept), not
 * packed again from its events at every letter of a search.
 */
export function foldSubset(
  lanes: readonly Lane[],
  events: readonly CatalogEvent[],
  whole: FoldedLanes,
  expanded: boolean,
  budget: FoldBudget = DEFAULT_FOLD_BUDGET,
): FoldedLanes {
  const keep = lanesKept(lanes, expanded, budget);
  const wholeOther = whole.folded > 0 ? whole.lanes.at(-1) : undefined;
  if (!keep || !wholeOther) return foldKept(lanes, keep);
  const kept = lanes.filter((_, i) => keep.has(i));
  const wholeKept = new Set(whole.lanes.slice(0, -1).map((l) => l.key));
  if (kept.length !== wholeKept.size || kept.some((l) => !wholeKept.has(l.key))) {
    return foldKept(lanes, keep);
  }
  const folded = lanes.length - kept.length;
  const [other] = subsetLanes([wholeOther], events, 'type');
  if (!other) return foldKept(lanes, keep);
  return { lanes: [...kept, { ...other, label: otherLabel(folded) }], folded };
}
