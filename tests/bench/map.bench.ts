import { mkdirSync, writeFileSync } from 'node:fs';
import type { Map as LeafletMap } from 'leaflet';
import { test } from '../e2e/fixtures';
import { geolocatedDataset } from '../support/geolocated';
import { round, stats, type Stats } from './measure';

/**
 * The map with 50,000 geolocated events at 25,000 places (moved here from the
 * browser tests, which check only what a reader sees): time from a zoom or pan
 * to the frame after Leaflet's moveend, when the markers are redrawn. Also the
 * 60,000-problem error page: time to `app:ready`. Three runs each; results in
 * bench-results/map.json.
 */
const RUNS = 3;
const MOVES = ['zoomOut', 'zoomIn', 'pan'] as const;

/** The map, which the app exposes under automation (see MapPanel.svelte). */
type Hooked = Window & { __eventMap?: { map: LeafletMap } };

const results: Record<string, unknown> = {};

test('map with 50,000 events at 25,000 places: zoom out, zoom in, pan', async ({ page }) => {
  const body = JSON.stringify(geolocatedDataset(50_000, 25_000));
  await page.route('**/data/bench-map.json', (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
  const times: Record<(typeof MOVES)[number], number[]> = { zoomOut: [], zoomIn: [], pan: [] };
  const markers: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto('./?data=data/bench-map.json&tiles=none&dates=all');
    await page.waitForFunction(() => (window as Hooked).__eventMap !== undefined);
    await page.locator('.leaflet-marker-icon').first().waitFor();
    const one = await page.evaluate(async () => {
      const map = (window as Hooked).__eventMap!.map;
      const settle = () =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          map.once('moveend', () => requestAnimationFrame(() => resolve(performance.now() - t0)));
        });
      const out: Record<string, number> = {};
      let p = settle();
      map.setZoom(7, { animate: false });
      out.zoomOut = await p;
      p = settle();
      map.setZoom(13, { animate: false });
      out.zoomIn = await p;
      p = settle();
      map.panBy([300, 150], { animate: false });
      out.pan = await p;
      out.markers = document.querySelectorAll('.leaflet-marker-icon').length;
      return out;
    });
    for (const k of MOVES) times[k].push(one[k]!);
    markers.push(one.markers!);
  }
  const row: Record<string, Stats | number[]> = { markers };
  for (const k of MOVES) row[`${k}Ms`] = stats(times[k]);
  results.map = row;
  console.log(
    `map, 50,000 events: ${MOVES.map((k) => `${k} median ${round(stats(times[k]).median)} ms (max ${round(stats(times[k]).max)})`).join('; ')}; markers drawn ${markers.join(', ')}`,
  );
});

test('error page with 60,000 problems: time to app:ready', async ({ page }) => {
  const events = Array.from({ length: 60_000 }, (_, i) => ({
    id: `e${i}`,
    date: '2020-13-01',
    type: 'protest',
    title: 'x',
    summary: 'y',
    actors: [],
    place: null,
    figures: [],
    sources: [{ source: 's', quote: 'q' }],
  }));
  const body = JSON.stringify({
    meta: {
      title: 'Broken',
      description: 'Every date is wrong.',
      language: 'en',
      published: '2020-08-15',
      sources: [{ id: 's', publisher: 'P', title: 'T', published: '2020-08-15' }],
    },
    actors: [],
    places: [],
    events,
  });
  await page.route('**/data/bench-problems.json', (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
  const ready: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto('./?data=data/bench-problems.json');
    await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
    ready.push(await page.evaluate(() => performance.getEntriesByName('app:ready')[0]!.startTime));
  }
  results.problems = { events: 60_000, readyMs: stats(ready) };
  console.log(
    `error page, 60,000 problems: app:ready median ${round(stats(ready).median)} ms (max ${round(stats(ready).max)})`,
  );
});

test.afterAll(() => {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/map.json', JSON.stringify(results, null, 2));
});
