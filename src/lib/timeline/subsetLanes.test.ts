import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogEvent } from '../model/catalog';
import { syntheticDataset } from '../../../tests/support/synthetic';
import { buildLanes, indexItems, itemsIn, type Lane } from './lanes';
import { subsetLanes } from './subsetLanes';

const events = buildCatalog(syntheticDataset(3000, 7)).events;

const rowsOf = (lanes: Lane[]) =>
  new Map(lanes.flatMap((l) => l.items.map((it) => [`${l.key} ${it.event.id}`, it.row] as const)));

describe('lanes of a filtered subset', () => {
  const all = buildLanes(events, 'type');

  it('keeps every lane the filter leaves whole, and drops emptied lanes', () => {
    const [first, second] = all;
    const sub = events.filter((e) => e.type.id !== first!.key);
    const lanes = subsetLanes(all, sub, 'type');
    expect(lanes.map((l) => l.key)).toEqual(all.slice(1).map((l) => l.key));
    expect(lanes[0]).toBe(second);
  });

  it('keeps each event on its row, closing up rows the filter empties', () => {
    const sub = events.filter((_, i) => i % 5 !== 0);
    const lanes = subsetLanes(all, sub, 'type');
    const before = rowsOf(all);
    for (const l of lanes) {
      const full = all.find((a) => a.key === l.key)!;
      const usedRows = [
        ...new Set(full.items.filter((it) => sub.includes(it.event)).map((it) => it.row)),
      ].sort();
      for (const it of l.items) {
        expect(it.row).toBe(usedRows.indexOf(before.get(`${l.key} ${it.event.id}`)!));
      }
      expect(l.rows).toBe(usedRows.length);
      expect(l.items.map((it) => it.event)).toEqual(
        full.items.map((it) => it.event).filter((e) => sub.includes(e)),
      );
    }
  });

  it('finds by time exactly the subset events in view', () => {
    const sub = events.filter((e) => e.actors.length > 0 && e.index % 3 === 0);
    const lanes = subsetLanes(all, sub, 'type');
    const t0 = sub[Math.floor(sub.length / 3)]!.date.start;
    const t1 = t0 + 20 * 86_400_000;
    const found = new Set<CatalogEvent>();
    for (const l of lanes) itemsIn(l, t0, t1, (it) => found.add(it.event));
    const expected = sub.filter((e) => e.date.end > t0 && e.date.start < t1);
    expect([...found].sort((a, b) => a.index - b.index)).toEqual(expected);
  });

  it('indexes a thinned lane as if it had been indexed afresh', () => {
    // Some events made periods longer than a month: a lane keeps those apart from the rest.
    const withLong = events.map((e) =>
      e.index % 40 === 0
        ? { ...e, date: { ...e.date, isInterval: true, end: e.date.start + 45 * 86_400_000 } }
        : e,
    );
    const sub = withLong.filter((e) => e.index % 3 !== 1);
    for (const mode of ['type', 'actor'] as const) {
      const all = buildLanes(withLong, mode);
      expect(all.some((l) => l.index.long.length > 0)).toBe(true);
      expect(all.some((l) => l.index.pointsBefore.at(-1)! < l.index.short.length)).toBe(true);
      const lanes = subsetLanes(all, sub, mode);
      for (const l of lanes) expect(l.index).toEqual(indexItems(l.items));
    }
  });

  it('orders actor lanes by the events the filter leaves them, "no actor" last', () => {
    const allActors = buildLanes(events, 'actor');
    const quiet = allActors[allActors.length - 2]!.key;
    // Leaves the quietest actor whole and thins out every other one.
    const sub = events.filter(
      (e) => e.actors.some((a) => a.actor.id === quiet) || e.index % 10 === 0,
    );
    const lanes = subsetLanes(allActors, sub, 'actor');
    expect(lanes[0]!.key).toBe(quiet);
    const counts = lanes.filter((l) => l.key !== '(none)').map((l) => l.items.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    if (lanes.some((l) => l.key === '(none)')) expect(lanes.at(-1)!.key).toBe('(none)');
  });

  it('is the packed lanes themselves for the whole dataset', () => {
    const lanes = subsetLanes(all, events, 'type');
    lanes.forEach((l, i) => expect(l).toBe(all[i]));
  });
});
