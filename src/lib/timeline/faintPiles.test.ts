import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { buildCatalog } from '../model/catalog';
import { fullExtent } from '../model/window';
import { syntheticDataset } from '../../../tests/support/synthetic';
import { buildLanes } from './lanes';
import { buildScene } from './buildScene';
import { timeScale } from './timeScale';
import { coverage, layered, rgbOf } from './faintPiles';

describe('faint bars piled per row', () => {
  it('count, per pixel column, the bars that cover it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -50, max: 150, noNaN: true }), fc.nat(60))),
        (bars) => {
          const spans = bars.flatMap(([x, w]) => [x, x + w]);
          const counts = coverage(spans, 100);
          for (let c = 0; c < 100; c++) {
            const covering = bars.filter(
              ([x, w]) => Math.round(x) <= c && c < Math.round(x + w),
            ).length;
            expect(counts[c]).toBe(covering);
          }
        },
      ),
    );
  });

  it('are as opaque as the same bars drawn one over another', () => {
    // Over white, three layers of alpha 0.3 one by one, and one layer of the piled alpha.
    let oneByOne = 255;
    for (let i = 0; i < 3; i++) oneByOne = oneByOne * (1 - 0.3);
    expect(255 * (1 - layered(0.3, 3))).toBeCloseTo(oneByOne, 9);
  });

  it('read hex colours only (others are drawn bar by bar)', () => {
    expect(rgbOf('#0a0')).toEqual([0, 170, 0]);
    expect(rgbOf('#CA0201')).toEqual([202, 2, 1]);
    expect(rgbOf('rgb(1, 2, 3)')).toBeNull();
  });
});

/** A context that records filled rectangles and the image strips drawn, with the alpha of each. */
function recordingContext() {
  const rects: { x: number; y: number; w: number; h: number; alpha: number }[] = [];
  const strips: { dy: number; dh: number; alpha: Uint8ClampedArray }[] = [];
  let last: ImageData | null = null;
  const state = { globalAlpha: 1 };
  const noop = () => {};
  const own: Record<string, unknown> = {
    fillRect: (x: number, y: number, w: number, h: number) =>
      rects.push({ x, y, w, h, alpha: state.globalAlpha }),
    measureText: (t: string) => ({ width: t.length * 6 }),
    createImageData: (w: number, h: number) => ({
      width: w,
      height: h,
      data: new Uint8ClampedArray(w * h * 4),
    }),
    putImageData: (img: ImageData) => (last = img),
    drawImage: (...a: number[]) => {
      const [, , sy, sw, , , dy, , dh] = a as number[];
      const alpha = new Uint8ClampedArray(sw!);
      for (let x = 0; x < sw!; x++) alpha[x] = last!.data[(sy! * sw! + x) * 4 + 3]!;
      strips.push({ dy: dy!, dh: dh!, alpha });
    },
  };
  const ctx = new Proxy(own, {
    get: (t, k) => (k in t ? t[k as string] : k in state ? state.globalAlpha : noop),
    set: (_, k, v) => {
      if (k === 'globalAlpha') state.globalAlpha = v as number;
      return true;
    },
  });
  return { ctx, rects, strips };
}

describe('drawing a zoomed-out timeline', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('paints dense periods piled up exactly as opaque as drawn one by one', async () => {
    const events = buildCatalog(syntheticDataset(20_000, 4)).events;
    const scene = buildScene(buildLanes(events, 'type'), timeScale(fullExtent(events)!, 700));
    const style = {
      hovered: new Set<string>(),
      selectedId: null,
      text: '#000',
      background: '#fff',
      colour: () => '#333333',
    };
    const band = { top: 0, height: scene.height };
    // drawScene loaded afresh, so it looks again for a scratch canvas.
    const draw = async (rec: ReturnType<typeof recordingContext>) => {
      vi.resetModules();
      const { drawScene } = await import('./drawScene');
      drawScene(rec.ctx as unknown as CanvasRenderingContext2D, scene, 700, style, band);
    };

    // Without a scratch canvas (jsdom): bar by bar.
    const single = recordingContext();
    await draw(single);

    // With one: piled.
    const piled = recordingContext();
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        width = 1;
        height = 2;
        getContext() {
          return piled.ctx;
        }
      },
    );
    await draw(piled);

    const faint = scene.marks.filter((m) => m.dense && m.g.kind === 'bar' && !m.key);
    expect(faint.length).toBeGreaterThan(100);
    const tintStrips = piled.strips.filter((s) => s.dh === scene.barHeight);
    expect(tintStrips.length).toBeGreaterThan(0);
    // Far fewer draw calls than bars.
    expect(piled.rects.length + piled.strips.length).toBeLessThan(single.rects.length / 4);

    // Each pile's tint against the faint tints drawn one by one at its row.
    let compared = 0;
    let off = 0;
    for (const s of tintStrips) {
      const tints = single.rects.filter(
        (r) => r.y === s.dy && r.h === scene.barHeight && r.alpha < 0.1,
      );
      for (let c = 0; c < 700; c++) {
        const clear = tints
          .filter((r) => Math.round(r.x) <= c && c < Math.round(r.x + r.w))
          .reduce((t, r) => t * (1 - r.alpha), 1);
        compared++;
        if (Math.abs(s.alpha[c]! - Math.round(255 * (1 - clear))) > 1) off++;
      }
    }
    expect(compared).toBeGreaterThan(700);
    expect(off).toBe(0);
  });
});
