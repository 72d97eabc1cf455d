import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Map as LeafletMap } from 'leaflet';
import type { AppState } from '../../src/lib/state/appState.svelte';
import type { Dataset } from '../../src/lib/model/types';
import { mapDataset } from '../../src/lib/map/testing/mapDataset';
import { geolocatedDataset } from '../support/geolocated';
import { test, expect, openApp } from './fixtures';

/**
 * The map panel exposes `window.__eventMap = { map, app }` only under
 * automation (navigator.webdriver): the Leaflet map, to compare marker
 * positions with its projection, and the app state, to change filters until
 * the filter UI exists.
 */
interface Hook {
  map: LeafletMap;
  app: AppState;
}
declare global {
  interface Window {
    __eventMap?: Hook;
  }
}

const bundled = JSON.parse(readFileSync('data/belarus-2020-08.json', 'utf8')) as Dataset;
const OSM_TILE = /^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/;

const panel = (page: Page) => page.getByRole('region', { name: 'Map of event places' });
const marker = (page: Page, placeId: string) =>
  page.locator(`.leaflet-marker-icon[data-place-id="${placeId}"]`);

/** Opens the app with the map ready, showing events of all time (the timeline may open on a window). */
async function openMap(page: Page, query = ''): Promise<void> {
  await openApp(page, query);
  await page.waitForFunction(() => window.__eventMap !== undefined);
  await page.evaluate(() => (window.__eventMap!.app.filters.range = null));
}

/** Serves a dataset at a same-origin path and opens the app on it. */
async function openDataset(page: Page, dataset: Dataset, query = ''): Promise<void> {
  await page.route('**/data/map-test.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
  await openMap(page, `data=data/map-test.json${query ? `&${query}` : ''}`);
}

/**
 * The bundled reporting with the Kremlin's statement pinned in Moscow. The
 * dataset places no statement (placement rule), but the map must still handle
 * an event far from the rest.
 */
function withMoscow(): Dataset {
  const d = structuredClone(bundled);
  d.places.push({
    id: 'kremlin',
    name: 'Moscow Kremlin',
    lat: 55.752,
    lon: 37.6175,
    precision: 'building',
    description: 'Seat of the Russian presidency in Moscow.',
  });
  d.events.find((e) => e.id === 'kremlin-putin-lukashenko-call')!.place = 'kremlin';
  return d;
}

/** Pixel offset of each drawn place marker from where Leaflet projects its place. */
async function markerOffsets(page: Page, places: Dataset['places']) {
  return page.evaluate((places) => {
    const map = window.__eventMap!.map;
    const box = map.getContainer().getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon[data-place-id]')].map(
      (el) => {
        const place = places.find((p) => p.id === el.dataset.placeId)!;
        const r = el.getBoundingClientRect();
        const at = map.latLngToContainerPoint([place.lat, place.lon]);
        return {
          id: place.id,
          dx: Math.abs(r.left + r.width / 2 - box.left - at.x),
          dy: Math.abs(r.top + r.height / 2 - box.top - at.y),
        };
      },
    );
  }, places);
}

async function inView(page: Page, placeId: string): Promise<boolean> {
  const m = await marker(page, placeId).boundingBox();
  const c = await page.locator('.em-map').boundingBox();
  if (!m || !c) return false;
  const x = m.x + m.width / 2;
  const y = m.y + m.height / 2;
  return x >= c.x && x <= c.x + c.width && y >= c.y && y <= c.y + c.height;
}

test('offline, the map draws the bundled basemap and each marker where Leaflet projects its place', async ({
  page,
  guard,
}) => {
  await openMap(page);
  await expect(panel(page).getByRole('status')).toContainText(
    'Map tiles could not load; showing a simplified basemap',
  );
  await expect(page.locator('path.em-land').first()).toBeAttached();

  await expect(marker(page, 'okrestina')).toHaveAttribute(
    'aria-label',
    /^Okrestina detention centre, Minsk: \d+ events?$/,
  );
  await expect(marker(page, 'cec-minsk')).toBeVisible();
  // Country-level: listed, never pinned.
  await expect(marker(page, 'belarus')).toHaveCount(0);

  // Tiles appear without fading in: the fade redrew the map in every frame for 200 ms after
  // each move, the slowest frames of a pan at 50,000 placed events.
  await expect(page.locator('.leaflet-container')).not.toHaveClass(/leaflet-fade-anim/);

  const offsets = await markerOffsets(page, bundled.places);
  expect(offsets.map((o) => o.id)).toEqual(expect.arrayContaining(['okrestina', 'cec-minsk']));
  for (const o of offsets) {
    expect(o.dx, o.id).toBeLessThanOrEqual(1);
    expect(o.dy, o.id).toBeLessThanOrEqual(1);
  }

  // Belarus (country-wide), Moscow and the unplaced events are counted, not dropped.
  const expected = bundled.events.filter(
    (e) => e.place === null || e.place === 'belarus' || e.place === 'kremlin',
  ).length;
  await expect(panel(page).locator('summary')).toHaveText(`Not on this map: ${expected} events`);

  // Nothing left the machine but tile requests (all refused).
  expect(guard.blocked.length).toBeGreaterThan(0);
  for (const url of guard.blocked) expect(url).toMatch(OSM_TILE);
});

test('clicking a marker selects its event in the detail view; so do Enter and Space', async ({
  page,
}) => {
  await openMap(page);
  const detail = page.getByRole('complementary', { name: 'Event details' });
  await marker(page, 'okrestina').click();
  await expect(detail.getByRole('heading', { level: 2 })).toContainText('Okrestina');
  await expect(marker(page, 'okrestina')).toHaveClass(/em-selected/);

  await marker(page, 'cec-minsk').focus();
  await page.keyboard.press('Enter');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText('election committee');
  await expect(marker(page, 'cec-minsk')).toHaveClass(/em-selected/);
  await expect(marker(page, 'okrestina')).not.toHaveClass(/em-selected/);
});

test('selecting an event in the list highlights its marker and brings it into view', async ({
  page,
}) => {
  await openDataset(page, withMoscow());
  await page.evaluate(() => window.__eventMap!.map.setView([53.2, 25.0], 11, { animate: false }));
  await expect(marker(page, 'okrestina')).toHaveCount(0);

  await page.locator('button[data-event-id="okrestina-releases"]').first().click();
  await expect(marker(page, 'okrestina')).toHaveClass(/em-selected/);
  expect(await inView(page, 'okrestina')).toBe(true);

  // Already visible: the map stays put.
  const before = await page.evaluate(() => window.__eventMap!.map.getCenter());
  await page.locator('button[data-event-id="riot-police-lower-shields"]').first().click();
  await expect(marker(page, 'cec-minsk')).toHaveClass(/em-selected/);
  expect(await page.evaluate(() => window.__eventMap!.map.getCenter())).toEqual(before);

  // Moscow is off the Minsk framing, and still reachable.
  await page.locator('button[data-event-id="kremlin-putin-lukashenko-call"]').first().click();
  await expect(marker(page, 'kremlin')).toHaveClass(/em-selected/);
  expect(await inView(page, 'kremlin')).toBe(true);
});

test('hovering a marker lights up its events in the list, and the other way round', async ({
  page,
}) => {
  await openMap(page);
  await marker(page, 'okrestina').hover();
  await expect(page.locator('button[data-event-id="okrestina-releases"]').first()).toHaveClass(
    /hovered/,
  );
  await page.locator('button[data-event-id="riot-police-lower-shields"]').first().hover();
  await expect(marker(page, 'cec-minsk')).toHaveClass(/em-hovered/);
  await expect(marker(page, 'okrestina')).not.toHaveClass(/em-hovered/);
});

test('the pointer crossing markers while the map moves lights nothing up', async ({ page }) => {
  await openMap(page);
  await page.locator('.em-map').scrollIntoViewIfNeeded();
  const okrestina = marker(page, 'okrestina');
  const box = (await okrestina.boundingBox())!;
  const y = box.y + box.height / 2;
  // A slow glide (a drag's release, a flight to a place), watched for any hover.
  await page.evaluate(() => {
    const { map, app } = window.__eventMap!;
    const seen = { most: 0, done: false };
    (window as { __seen?: typeof seen }).__seen = seen;
    const watch = () => {
      seen.most = Math.max(seen.most, app.hoveredIds.size);
      if (!seen.done) requestAnimationFrame(watch);
    };
    watch();
    map.once('moveend', () => setTimeout(() => (seen.done = true), 200));
    map.panBy([20, 0], { duration: 2, easeLinearity: 1 });
  });
  await page.mouse.move(box.x - 30, y);
  await page.mouse.move(box.x + box.width + 10, y, { steps: 12 });
  const seen = await page.waitForFunction(() => {
    const s = (window as { __seen?: { most: number; done: boolean } }).__seen!;
    return s.done && s;
  });
  expect(await seen.jsonValue()).toEqual({ most: 0, done: true });
  // At rest, the pointer on it lights it up.
  const now = (await okrestina.boundingBox())!;
  await page.mouse.move(now.x + now.width / 2, now.y + now.height / 2, { steps: 3 });
  await expect(okrestina).toHaveClass(/em-hovered/);
});

test('Enter on a cluster zooms in and leaves focus on a marker it split into', async ({ page }) => {
  await openDataset(page, mapDataset());
  const cluster = page.locator('.leaflet-marker-icon[data-cluster-places="2"]');
  const zoom = await page.evaluate(() => window.__eventMap!.map.getZoom());
  await cluster.focus();
  await page.keyboard.press('Enter');
  await expect(marker(page, 'cec')).toBeVisible();
  expect(await page.evaluate(() => window.__eventMap!.map.getZoom())).toBeGreaterThan(zoom);
  // Markers sit out the zoom animation; the focus must not fall to the page meanwhile.
  await expect(page.locator('.leaflet-marker-icon:focus')).toHaveAttribute(
    'data-place-id',
    /^(cec|minsk)$/,
  );
});

test('a focused marker panned just out of view keeps the focus', async ({ page }) => {
  await openMap(page, 'tiles=none');
  const okrestina = marker(page, 'okrestina');
  await okrestina.focus();
  // Pan so the marker sits a tenth of the map's width beyond its left edge: outside the view,
  // inside the ring of markers drawn around it.
  await page.evaluate(async () => {
    const map = window.__eventMap!.map;
    const el = document.querySelector<HTMLElement>('[data-place-id="okrestina"]')!;
    const box = map.getContainer().getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2 - box.left;
    const moved = new Promise<void>((resolve) => map.once('moveend', () => resolve()));
    map.panBy([x + box.width / 10, 0], { animate: false });
    await moved;
  });
  // The redraw takes two frames (the view, then the ring): wait for more than that.
  await page.evaluate(
    () =>
      new Promise((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r))),
      ),
  );
  await expect(okrestina).toBeFocused();
});

test('the off-map list names Moscow, country-wide and unplaced events, and selects them', async ({
  page,
}) => {
  await openDataset(page, withMoscow());
  await panel(page).locator('summary').click();
  const outside = panel(page).getByRole('region', { name: 'Outside Minsk' });
  await expect(outside).toContainText('Moscow Kremlin');
  await expect(panel(page).getByRole('region', { name: /Country-wide/ })).toContainText('Belarus');
  await expect(panel(page).getByRole('region', { name: /No place given/ })).toBeVisible();

  await outside.getByRole('button', { name: 'Show Moscow Kremlin on the map' }).click();
  await expect(marker(page, 'kremlin')).toBeVisible();
  expect(await inView(page, 'kremlin')).toBe(true);

  await panel(page).locator('summary').click();
  await panel(page).locator('summary').click();
  await panel(page).locator('[data-map-event-id="lukashenko-claims-victory"]').click();
  await expect(
    page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toContainText('Lukashenko claims victory');
});

test('filters change the markers; "Fit to events" frames what is left, Moscow included', async ({
  page,
}) => {
  await openDataset(page, mapDataset());
  await expect(marker(page, 'okrestina')).toBeVisible();

  await page.evaluate(() => (window.__eventMap!.app.filters.types = ['release']));
  await expect(marker(page, 'okrestina')).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon:visible')).toHaveCount(1);
  await expect(panel(page).locator('summary')).toHaveText('Not on this map: 0 events');

  await page.evaluate(() => (window.__eventMap!.app.filters.types = ['diplomacy', 'solidarity']));
  await expect(marker(page, 'okrestina')).toHaveCount(0);
  await expect(page.locator('.leaflet-marker-icon:visible')).toHaveCount(1);
  await panel(page).getByRole('button', { name: 'Fit to events' }).click();
  await expect(marker(page, 'kremlin')).toBeVisible();
  expect(await inView(page, 'kremlin')).toBe(true);
  expect(await inView(page, 'cec')).toBe(true);
});

test('a place with several events opens a keyboard chooser; clusters zoom in', async ({ page }) => {
  await openDataset(page, mapDataset());
  // Minsk (city) and the election committee are close: one cluster at the opening zoom.
  const cluster = page.locator('.leaflet-marker-icon[data-cluster-places="2"]');
  await expect(cluster).toHaveAttribute('aria-label', '2 places with 4 events; zoom in');
  // A cluster holding the selected event's place is highlighted.
  await page.evaluate(() => window.__eventMap!.app.select('city-march'));
  await expect(cluster).toHaveClass(/em-selected/);
  const zoom = await page.evaluate(() => window.__eventMap!.map.getZoom());
  await cluster.click();
  await expect(marker(page, 'cec')).toBeVisible();
  expect(await page.evaluate(() => window.__eventMap!.map.getZoom())).toBeGreaterThan(zoom);
  // The city is drawn as an area, not a pin.
  await expect(marker(page, 'minsk').locator('.em-area')).toBeAttached();
  await expect(page.locator('path.em-area-shape')).toHaveCount(1);

  await marker(page, 'cec').focus();
  await page.keyboard.press('Enter');
  const chooser = panel(page).getByRole('dialog', {
    name: 'Events at Central Elections Committee',
  });
  await expect(chooser.locator('[data-map-event-id]')).toHaveCount(3);
  await expect(chooser.locator('[data-map-event-id]').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(chooser).toHaveCount(0);
  await expect(marker(page, 'cec')).toBeFocused();

  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(chooser).toHaveCount(0);
  await expect(
    page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Riot police lower shields');
  await expect(marker(page, 'cec')).toHaveClass(/em-selected/);
});

test('tiles=none draws the bundled basemap without trying the network; a bad tiles= is refused', async ({
  page,
  guard,
}) => {
  await openMap(page, 'tiles=none');
  await expect(page.locator('path.em-land').first()).toBeAttached();
  await expect(marker(page, 'okrestina')).toBeVisible();
  // Only the countries near the view are on the map (Leaflet projects each again at every
  // zoom); zoomed out to the world, every one of them.
  expect(await page.locator('path.em-land').count()).toBeLessThan(30);
  await page.evaluate(() => {
    window.__eventMap!.map.setView([20, 0], 2, { animate: false });
  });
  await expect.poll(() => page.locator('path.em-land').count()).toBeGreaterThan(200);
  await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
  await expect(panel(page).getByRole('status')).toHaveCount(0);
  expect(guard.blocked).toEqual([]);

  await openMap(page, `tiles=${encodeURIComponent('javascript:alert(1)//{z}/{x}/{y}')}`);
  await expect(page.getByRole('list', { name: 'Notices' })).toContainText(
    'Ignored link parameter tiles="javascript:alert(1)//{z}/{x}/{y}": must be an http(s) URL template with {z}, {x} and {y}',
  );
  await expect(marker(page, 'okrestina')).toBeVisible();
  for (const url of guard.blocked) expect(url).toMatch(OSM_TILE);
});

test('works at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openMap(page);
  const box = await page.locator('.em-map').boundingBox();
  expect(box!.width).toBeGreaterThan(300);
  expect(box!.width).toBeLessThanOrEqual(375);
  await expect(marker(page, 'okrestina')).toBeVisible();
  const offsets = await markerOffsets(page, bundled.places);
  for (const o of offsets) expect(Math.max(o.dx, o.dy), o.id).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await marker(page, 'okrestina').click();
  await expect(
    page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toContainText('Okrestina');
});

test('another dataset opens on its own city: Paris, with nothing off the map', async ({ page }) => {
  const d = mapDataset();
  const at = (id: string, name: string, lat: number, lon: number) =>
    ({ id, name, lat, lon, precision: 'building', description: 'Paris.' }) as const;
  d.places = [
    at('louvre', 'Louvre', 48.8606, 2.3376),
    at('bastille', 'Place de la Bastille', 48.8532, 2.3691),
    at('etoile', "Arc de Triomphe de l'Étoile", 48.8738, 2.295),
  ];
  const event = d.events[0]!;
  d.events = d.places.map((p, i) => ({
    ...event,
    id: `paris-${i}`,
    title: `Event at ${p.name}`,
    date: `2020-08-1${i}`,
    place: p.id,
  }));
  await page.route('**/data/paris.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(d) }),
  );
  await openApp(page, 'data=data/paris.json&dates=all');
  await page.waitForFunction(() => window.__eventMap !== undefined);

  await expect(panel(page).locator('summary')).toHaveText('Not on this map: 0 events');
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  const outside = await page.evaluate((places) => {
    const view = window.__eventMap!.map.getBounds();
    return places.filter((p) => !view.contains([p.lat, p.lon])).map((p) => p.id);
  }, d.places);
  expect(outside).toEqual([]);
  await panel(page).locator('summary').click();
  await expect(panel(page)).toContainText('Every visible event with a place is on this map.');
});

test('50,000 geolocated events: the map groups them, and zooming and panning keep it so', async ({
  page,
}) => {
  // How fast this is is measured by `npm run bench` (tests/bench/map-pan-zoom.bench.ts), not asserted here.
  test.slow();
  const dataset = geolocatedDataset(50_000, 25_000);
  await openDataset(page, dataset, 'tiles=none');
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  const counts = await page.evaluate(async () => {
    const map = window.__eventMap!.map;
    const settled = () =>
      new Promise<void>((resolve) =>
        map.once('moveend', () => requestAnimationFrame(() => resolve())),
      );
    const drawn = () => document.querySelectorAll('.leaflet-marker-icon').length;
    const out: number[] = [drawn()];
    for (const move of [
      () => map.setZoom(7, { animate: false }),
      () => map.setZoom(13, { animate: false }),
      () => map.panBy([300, 150], { animate: false }),
    ]) {
      const done = settled();
      move();
      await done;
      out.push(drawn());
    }
    return out;
  });
  for (const n of counts) {
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(1000);
  }
  // After the moves, each marker is still where Leaflet projects its place (markers the view
  // no longer needs are hidden and refilled later: none of those counts).
  const offsets = await markerOffsets(page, dataset.places);
  expect(offsets.length).toBeGreaterThan(0);
  for (const o of offsets) {
    expect(o.dx, o.id).toBeLessThanOrEqual(1);
    expect(o.dy, o.id).toBeLessThanOrEqual(1);
  }
  // No place is drawn twice, and no hidden marker still names one.
  const ids = offsets.map((o) => o.id);
  expect(new Set(ids).size).toBe(ids.length);
  const hiddenNamed = await page
    .locator('.leaflet-marker-icon[data-place-id]:not(:visible)')
    .count();
  expect(hiddenNamed).toBe(0);

  // Filtered to one type, the markers (clustered once, for the whole dataset) count only
  // the events shown: 10,000 at 5,000 synthetic places, and the two protests in Minsk.
  await page
    .getByRole('checkbox', { name: /^Protest\b/ })
    .first()
    .check();
  await page.evaluate(() => {
    // Nothing returned: Playwright would serialise the whole map.
    window.__eventMap!.map.setView([54, 29], 4, { animate: false });
  });
  const shownTotals = async () =>
    page.evaluate(() => {
      let places = 0;
      let events = 0;
      for (const m of document.querySelectorAll<HTMLElement>('.leaflet-marker-icon')) {
        if (m.style.display === 'none') continue;
        const label = m.getAttribute('aria-label') ?? '';
        const n = (re: RegExp) => Number(re.exec(label)?.[1]?.replace(/,/g, '') ?? NaN);
        places += m.dataset.placeId ? 1 : n(/^([\d,]+) places/);
        events += n(/([\d,]+) events?\b/);
      }
      return { places, events };
    });
  await expect.poll(shownTotals).toEqual({ places: 5_002, events: 10_002 });
});

test('markers carry their place names when few are on screen', async ({ page }) => {
  await openApp(page, 'dates=all');
  const okrestina = page.locator('.leaflet-marker-icon[data-place-id="okrestina"] .em-name');
  await expect(okrestina).toBeVisible();
  await expect(okrestina).toHaveText('Okrestina detention centre, Minsk');
});
