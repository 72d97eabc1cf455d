import { test } from './fixtures';
import { appQuery } from './datasets';
import { quantiles, round, stats, type Figure } from './figures';
import { gesture } from './measure';
import { RUNS, sizeName, sizesFor } from './options';
import type { Settle } from './probes';

/** Leaflet's container: the map, whatever the page around it looks like. */
const MAP = '.leaflet-container';
/**
 * Tiles (one local image here) load and fade in for a while after each move,
 * and Leaflet blanks those it drops: the same whatever the data, so they do
 * not count.
 */
const TILES = '.leaflet-tile-pane, .leaflet-tile';
/** One wheel notch Leaflet turns into one zoom level (at its default 60 px per level). */
const WHEEL_NOTCH = 50;
const ZOOMS = 2;
const PAN_PX = 200;
const PAN_MOVES = 5;

/**
 * Map pan and zoom with every event placed and all dates shown: real wheel
 * and drag input on the map, each gesture timed until the map's DOM stops
 * changing (see `gesture`), with the longest frame drawn meanwhile.
 */
for (const size of sizesFor('map')) {
  test(`map: ${sizeName(size)} placed events, pan and zoom`, async ({ bench }) => {
    const { page } = await bench.open(appQuery(size, bench.baseURL, 'placed', { dates: 'all' }));
    const map = page.locator(MAP).first();
    await map.scrollIntoViewIfNeeded();
    await page.locator(`${MAP} .leaflet-marker-icon`).first().waitFor();
    const box = (await map.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.evaluate(() => window.__bench.calm());

    const zoom: Settle[] = [];
    const pan: Settle[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const dir of [-1, 1]) {
        for (let i = 0; i < ZOOMS; i++) {
          zoom.push(
            await gesture(
              page,
              MAP,
              ['wheel'],
              () => page.mouse.wheel(0, dir * WHEEL_NOTCH),
              TILES,
            ),
          );
        }
      }
      for (const [dx, dy] of [
        [1, 0],
        [0, 1],
        [-1, 0],
        [0, -1],
      ] as const) {
        pan.push(
          await gesture(
            page,
            MAP,
            ['pointerdown'],
            async () => {
              await page.mouse.move(cx, cy);
              await page.mouse.down();
              for (let i = 1; i <= PAN_MOVES; i++) {
                await page.mouse.move(
                  cx + (dx * PAN_PX * i) / PAN_MOVES,
                  cy + (dy * PAN_PX * i) / PAN_MOVES,
                );
              }
              await page.mouse.up();
              await page.mouse.move(cx, cy);
            },
            TILES,
          ),
        );
      }
    }

    const at = `map/${sizeName(size)}`;
    const figures: Figure[] = [];
    const lines: string[] = [];
    for (const [name, steps] of [
      ['zoom', zoom],
      ['pan', pan],
    ] as const) {
      const unsettled = steps.filter((s) => Number.isNaN(s.settleMs)).length;
      if (unsettled > 0) throw new Error(`${unsettled} ${name} steps changed nothing on the map`);
      const settle = steps.map((s) => s.settleMs);
      const longest = steps.map((s) => Math.max(...s.frames));
      figures.push(...quantiles(at, `${name}.settle`, settle));
      figures.push(...quantiles(at, `${name}.frame`, longest));
      lines.push(
        `${name}: settled p50 ${round(stats(settle).median)} / p95 ${round(stats(settle).p95)} ms; longest frame per step p50 ${round(stats(longest).median)} / p95 ${round(stats(longest).p95)} ms (n ${steps.length})`,
      );
    }
    const markers = await page.locator(`${MAP} .leaflet-marker-icon`).count();
    console.log(
      `${sizeName(size)} placed events (${markers} markers now):\n  ${lines.join('\n  ')}`,
    );
    await bench.record(figures);
  });
}
