import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../model/catalog';
import { fullExtent } from '../model/window';
import { syntheticDataset } from '../../../tests/support/synthetic';
import { buildLanes } from './lanes';
import { buildScene } from './buildScene';
import { drawScene } from './drawScene';
import { timeScale } from './timeScale';

/** A canvas context that records the text drawn; 8 px per character, a little wide for 10 px digits. */
function recordingContext() {
  const texts: { text: string; x: number; y: number }[] = [];
  const noop = () => {};
  const ctx = new Proxy(
    {
      fillText: (text: string, x: number, y: number) => texts.push({ text, x, y }),
      measureText: (text: string) => ({ width: text.length * 8 }),
    } as Record<string, unknown>,
    { get: (t, k) => (k in t ? t[k as string] : noop), set: () => true },
  );
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts };
}

describe('drawing bin counts', () => {
  it('never lets two counts of a row run into each other', () => {
    const events = buildCatalog(syntheticDataset(20_000, 4)).events;
    const scene = buildScene(buildLanes(events, 'type'), timeScale(fullExtent(events)!, 700));
    const { ctx, texts } = recordingContext();
    drawScene(ctx, scene, 700, {
      hovered: new Set(),
      selectedId: null,
      text: '#000',
      background: '#fff',
      colour: () => '#333',
    });
    const counts = texts.filter((t) => /^\d+$/.test(t.text));
    expect(counts.length).toBeGreaterThan(20);
    const byRow = new Map<number, typeof counts>();
    for (const t of counts) byRow.set(t.y, [...(byRow.get(t.y) ?? []), t]);
    for (const row of byRow.values()) {
      row.sort((a, b) => a.x - b.x);
      for (let i = 1; i < row.length; i++) {
        const prev = row[i - 1]!;
        const cur = row[i]!;
        expect(cur.x - (cur.text.length * 8) / 2).toBeGreaterThanOrEqual(
          prev.x + (prev.text.length * 8) / 2,
        );
      }
    }
  });
});
