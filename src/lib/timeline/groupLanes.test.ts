import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../model/catalog';
import { factsDataset } from '../model/testing/factsDataset';
import { buildLanes } from './lanes';
import { buildScene } from './buildScene';
import { timeScale } from './timeScale';
import { drawScene, disputedBadgeAt, BADGE_SIZE } from './drawScene';
import { tooltipText } from './tooltipText';

const catalog = buildCatalog(factsDataset());
const day = (d: number) => Date.UTC(2020, 7, d);

describe('lanes by actor group', () => {
  it('puts each event in the lane of each of its groups, busiest first, the rest last', () => {
    const lanes = buildLanes(catalog.events, 'group');
    expect(lanes.map((l) => [l.label, l.items.map((it) => it.event.id)])).toEqual([
      ['Security forces', ['protests', 'pledge', 'apology']],
      ['Belarusian state', ['election', 'apology']],
      ['In no group', ['announcement', 'release']],
    ]);
    expect(lanes.map((l) => l.key)).toEqual(['security-forces', 'belarusian-state', '(none)']);
  });

  it('still draws lanes by actor as before', () => {
    const lanes = buildLanes(catalog.events, 'actor');
    expect(lanes.at(-1)!.label).toBe('No actor named');
    expect(lanes.find((l) => l.key === 'officers')!.label).toBe('Officers');
  });
});

/** Records the paths a canvas is asked to fill, as their first point. */
function recordingContext() {
  const fills: { x: number; y: number; style: string }[] = [];
  let first: { x: number; y: number } | null = null;
  const ctx = new Proxy(
    {
      fillStyle: '',
      strokeStyle: '',
      beginPath: () => (first = null),
      moveTo: (x: number, y: number) => (first ??= { x, y }),
      fill: () => first && fills.push({ ...first, style: String(ctx.fillStyle) }),
    } as Record<string, unknown>,
    {
      get: (t, k: string) => (k in t ? t[k] : () => {}),
      set: (t, k: string, v: unknown) => ((t[k] = v), true),
    },
  );
  return { ctx: ctx as unknown as CanvasRenderingContext2D, fills };
}

describe('events other reporting contradicts', () => {
  const lanes = buildLanes(catalog.events, 'type');
  const scene = buildScene(lanes, timeScale([day(8), day(16)], 800));

  it('are marked in the scene, and only they', () => {
    const disputed = scene.marks.filter((m) => m.disputed).map((m) => m.item.event.id);
    expect(disputed).toEqual(['apology']);
  });

  it('get a diamond in the text colour beside their mark', () => {
    const { ctx, fills } = recordingContext();
    drawScene(ctx, scene, 800, {
      hovered: new Set(),
      selectedId: null,
      text: '#111111',
      background: '#ffffff',
      colour: () => '#3366cc',
    });
    const apology = scene.marks.find((m) => m.item.event.id === 'apology')!;
    const at = disputedBadgeAt(apology, scene.barHeight);
    const diamonds = fills.filter((f) => f.style === '#111111');
    // A diamond is begun at its top point.
    expect(diamonds).toEqual([{ x: at.x, y: at.y - BADGE_SIZE, style: '#111111' }]);
    // It sits within the mark's row.
    expect(Math.abs(at.y - apology.y)).toBeLessThan(scene.rowHeight / 2);
  });

  it('say so in the tooltip', () => {
    const apology = scene.marks.find((m) => m.item.event.id === 'apology')!;
    expect(tooltipText({ kind: 'mark', mark: apology }).lines).toContain(
      '◆ Other reporting disagrees: see the details',
    );
    const release = scene.marks.find((m) => m.item.event.id === 'release')!;
    expect(tooltipText({ kind: 'mark', mark: release }).lines.join()).not.toContain('Other');
  });
});
