import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../model/catalog';
import { syntheticDataset } from '../../../tests/support/synthetic';
import { buildLanes } from './lanes';
import { foldLanes, OTHER_LANE } from './foldLanes';
import { foldSubset } from './foldSubset';
import { subsetLanes } from './subsetLanes';

const events = buildCatalog(syntheticDataset(3000, 7)).events;
const all = buildLanes(events, 'type');
const whole = foldLanes(all, false);

describe('folding the lanes of a filtered subset', () => {
  it('narrows the whole dataset’s "Other" lane when the same lanes stay out of it', () => {
    expect(whole.folded).toBeGreaterThan(1);
    const sub = events.filter((e) => e.index % 4 !== 0);
    const lanes = subsetLanes(all, sub, 'type');
    const { lanes: shown, folded } = foldSubset(lanes, sub, whole, false);
    expect(shown.slice(0, -1).map((l) => l.key)).toEqual(
      whole.lanes.slice(0, -1).map((l) => l.key),
    );
    expect(folded).toBe(whole.folded);
    const other = shown.at(-1)!;
    expect(other.key).toBe(OTHER_LANE);
    expect(other.label).toBe(`Other (${folded})`);
    // The events a fresh fold would gather, each once and in order...
    const fresh = foldLanes(lanes, false).lanes.at(-1)!;
    expect(other.items.map((it) => it.event)).toEqual(fresh.items.map((it) => it.event));
    // ...each on the row it has in the whole dataset's "Other", rows closed up.
    const wholeRow = new Map(whole.lanes.at(-1)!.items.map((it) => [it.event, it.row]));
    const used = [...new Set(other.items.map((it) => wholeRow.get(it.event)!))].sort();
    for (const it of other.items) expect(it.row).toBe(used.indexOf(wholeRow.get(it.event)!));
  });

  it('folds afresh when the filter changes which lanes are busiest', () => {
    const quiet = whole.lanes.at(-1)!.items[0]!.event.type.id;
    // Every event of one folded type, a few of the others: that type is now among the busiest.
    const sub = events.filter((e) => e.type.id === quiet || e.index % 7 === 0);
    const lanes = subsetLanes(all, sub, 'type');
    const result = foldSubset(lanes, sub, whole, false);
    expect(result.lanes.map((l) => l.key)).toContain(quiet);
    expect(result).toEqual(foldLanes(lanes, false));
  });

  it('shows every lane when asked to', () => {
    const sub = events.filter((e) => e.index % 4 !== 0);
    const lanes = subsetLanes(all, sub, 'type');
    expect(foldSubset(lanes, sub, whole, true)).toEqual({ lanes, folded: 0 });
  });
});
