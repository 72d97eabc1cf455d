import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../model/catalog';
import { smallDataset } from '../model/testing/smallDataset';
import type { Dataset } from '../model/types';
import { buildLanes } from './lanes';
import { foldLanes, OTHER_LANE } from './foldLanes';

/** Actors a0..a(n-1); actor i has n - i events (a0 busiest), one event also has two actors. */
function manyActors(n: number): Dataset {
  const d = smallDataset();
  const base = d.events[0]!;
  d.actors = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    name: `Actor ${i}`,
    kind: 'person' as const,
    description: '',
  }));
  d.events = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n - i; k++) {
      d.events.push({
        ...base,
        id: `e${i}-${k}`,
        date: `2020-0${1 + (k % 9)}-${String(1 + i).padStart(2, '0')}`,
        actors: [{ id: `a${i}` }],
      });
    }
  }
  // One event shared by the two quietest actors: "Other" must hold it once.
  d.events.push({
    ...base,
    id: 'shared',
    date: '2020-09-09',
    actors: [{ id: `a${n - 1}` }, { id: `a${n - 2}` }],
  });
  return d;
}

describe('folding lanes', () => {
  const lanes = buildLanes(buildCatalog(manyActors(20)).events, 'actor');

  it('leaves lanes alone within the budget', () => {
    const few = lanes.slice(0, 5);
    expect(foldLanes(few, false, { lanes: 12, rows: 100 }).lanes).toEqual(few);
  });

  it('keeps the busiest lanes in their order and folds the rest into one "Other (N)" lane', () => {
    const { lanes: shown, folded } = foldLanes(lanes, false, { lanes: 8, rows: 100 });
    expect(shown).toHaveLength(8);
    expect(shown.slice(0, 7).map((l) => l.label)).toEqual(
      Array.from({ length: 7 }, (_, i) => `Actor ${i}`),
    );
    const other = shown.at(-1)!;
    expect(other.key).toBe(OTHER_LANE);
    expect(folded).toBe(13);
    expect(other.label).toBe('Other (13)');
    // Every event of the folded lanes, each once, in time order.
    const ids = other.items.map((it) => it.event.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('shared');
    const expected = new Set(lanes.slice(7).flatMap((l) => l.items.map((it) => it.event.id)));
    expect(new Set(ids)).toEqual(expected);
    const order = other.items.map((it) => it.event.index);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('folds by rows too: a few tall lanes do not make the timeline a wall', () => {
    const { lanes: shown } = foldLanes(lanes, false, { lanes: 50, rows: 12 });
    expect(shown.reduce((n, l) => n + l.rows, 0)).toBeLessThanOrEqual(12 + 4);
    expect(shown.at(-1)!.key).toBe(OTHER_LANE);
  });

  it('shows every lane when expanded', () => {
    expect(foldLanes(lanes, true, { lanes: 8, rows: 100 }).lanes).toHaveLength(lanes.length);
  });

  it('never folds the ten type lanes with the default budget', () => {
    const d = smallDataset();
    const types = [
      'election',
      'protest',
      'detention',
      'violence',
      'release',
      'solidarity',
      'statement',
      'media',
      'diplomacy',
      'politics',
    ];
    d.events = types.map((type, i) => ({ ...d.events[0]!, id: `t${i}`, type }));
    const typeLanes = buildLanes(buildCatalog(d).events, 'type');
    expect(foldLanes(typeLanes, false).lanes).toHaveLength(10);
  });
});
