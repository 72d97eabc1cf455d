import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogEvent } from '../model/catalog';
import { fullExtent } from '../model/window';
import { syntheticDataset } from '../../../tests/support/synthetic';
import { buildLanes } from './lanes';
import { buildScene } from './buildScene';
import { timeScale } from './timeScale';

describe('a dense scene', () => {
  const events = buildCatalog(syntheticDataset(6000, 9)).events;
  const lanes = buildLanes(events, 'type');
  const width = 700;
  const view = fullExtent(events)!;
  const scene = buildScene(lanes, timeScale(view, width));

  it('counts every single date in view once: in a bin, or as a mark of its own', () => {
    expect(scene.bins.length).toBeGreaterThan(10);
    for (const b of scene.bins) {
      expect(b.events).toHaveLength(b.count);
      expect(b.events[0]).toBe(b.first);
      for (const e of b.events) {
        const cx = scene.x((e.date.start + e.date.end) / 2);
        expect(cx).toBeGreaterThanOrEqual(b.x0);
        expect(cx).toBeLessThanOrEqual(b.x1);
        expect(e.date.isInterval).toBe(false);
      }
    }
    const seen = new Map<string, number>();
    const count = (lane: number, e: CatalogEvent) => {
      const k = `${lane} ${e.id}`;
      seen.set(k, (seen.get(k) ?? 0) + 1);
    };
    for (const b of scene.bins) for (const e of b.events) count(b.lane, e);
    for (const m of scene.marks) count(m.lane, m.item.event);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    const singleInView = events.filter(
      (e) =>
        scene.x((e.date.start + e.date.end) / 2) >= 0 &&
        scene.x((e.date.start + e.date.end) / 2) <= width,
    );
    expect(seen.size).toBeGreaterThanOrEqual(singleInView.length);
  });

  it('reports per lane how many events are in view', () => {
    const total = scene.lanes.reduce((n, l) => n + l.inView, 0);
    expect(total).toBe(scene.marks.length + scene.bins.reduce((n, b) => n + b.count, 0));
  });
});
