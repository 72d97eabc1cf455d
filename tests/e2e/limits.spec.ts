import { test, expect, openApp } from './fixtures';
import type { Dataset } from '../../src/lib/model/types';

test('zooming out by key and button stops at the data’s extent; links keep working', async ({
  page,
}) => {
  await openApp(page);
  const plot = page.getByRole('application', { name: /Timeline of events/ });
  await plot.focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('-');
  const zoomOut = page.locator('#timeline').getByRole('button', { name: 'Zoom out' });
  for (let i = 0; i < 10; i++) await zoomOut.click();
  // Twice the extent (1994 to 2020) at most: never before the calendar begins.
  const range = page.getByTestId('timeline-range');
  await expect(range).toHaveText(/19\d\d – \d+ \w+ 20\d\d$/);
  const [a, b] = ((await page.locator('.plot').getAttribute('data-view')) ?? '')
    .split(',')
    .map(Number);
  expect(new Date(a!).getUTCFullYear()).toBeGreaterThan(1960);
  expect(new Date(b!).getUTCFullYear()).toBeLessThan(2060);
  await expect(page.locator('.axis .tick').first()).toBeVisible();
  // The URL sync still follows the reader.
  await page.locator('.days [data-event-id="human-chains"]').click();
  await expect(page).toHaveURL(/event=human-chains/);
  await expect(page).toHaveURL(/from=19\d\d-/);
});

test('thousands of actor lanes all draw: the canvas is never taller than a tile', async ({
  page,
}) => {
  const n = 3000;
  const dataset: Dataset = {
    meta: {
      title: 'Many actors',
      description: 'One event per actor.',
      language: 'en',
      published: '2020-08-15',
      sources: [{ id: 's', publisher: 'P', title: 'T', published: '2020-08-15' }],
    },
    actors: Array.from({ length: n }, (_, i) => ({
      id: `a${i}`,
      name: `Actor ${i}`,
      kind: 'person' as const,
      description: 'Synthetic.',
    })),
    places: [],
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      date: `2020-08-${String(1 + (i % 28)).padStart(2, '0')}`,
      type: 'protest',
      title: `Event ${i}`,
      summary: 'Synthetic.',
      actors: [{ id: `a${i}` }],
      place: null,
      figures: [],
      sources: [{ source: 's', quote: 'q' }],
    })),
  };
  const body = JSON.stringify(dataset);
  await page.route('**/data/many-actors.json', (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
  await openApp(page, 'data=data/many-actors.json&lanes=actor&dates=all');
  await page.getByRole('button', { name: /more lanes/ }).click();
  const last = page.locator(`.lane-title[title="Actor ${n - 1}"]`);
  await last.scrollIntoViewIfNeeded();
  const height = Number(
    await page.locator('.plot-area').evaluate((el) => el.getBoundingClientRect().height),
  );
  expect(height).toBeGreaterThan(65_000);
  // Every canvas is at most a tile tall, and the ones off screen hold no pixels.
  const sizes = await page.locator('.tiles canvas').evaluateAll((els) =>
    els.map((c) => {
      const canvas = c as HTMLCanvasElement;
      return { height: canvas.height, pixels: canvas.width * canvas.height };
    }),
  );
  expect(Math.max(...sizes.map((s) => s.height))).toBeLessThanOrEqual(1024 * 2);
  expect(sizes.filter((s) => s.pixels > 0).length).toBeLessThan(5);
  // The last lane's mark is painted where it is drawn.
  const painted = await page.evaluate(
    (id) => {
      const tiles = [...document.querySelectorAll<HTMLCanvasElement>('.tiles canvas')];
      const plot = document.querySelector('.plot-area')!.getBoundingClientRect();
      const title = document.querySelector(`.lane-title[title="${id}"]`)!.getBoundingClientRect();
      const y = title.top - plot.top + 10;
      const tile = tiles.find((c) => {
        const top = Number(c.style.top.replace('px', ''));
        return y >= top && y < top + c.getBoundingClientRect().height;
      })!;
      const top = Number(tile.style.top.replace('px', ''));
      const ctx = tile.getContext('2d')!;
      const dpr = tile.width / tile.getBoundingClientRect().width;
      const row = ctx.getImageData(0, Math.round((y - top) * dpr), tile.width, 1).data;
      let alpha = 0;
      for (let i = 3; i < row.length; i += 4) alpha = Math.max(alpha, row[i]!);
      return alpha;
    },
    `Actor ${n - 1}`,
  );
  expect(painted).toBeGreaterThan(100);
});

test('a path beginning with // never turns a link into one to another site', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  await page.goto(`${origin}//evil.test?embed=1&event=human-chains`);
  await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
  const href = (await page.getByRole('link', { name: 'Open full view ↗' }).getAttribute('href'))!;
  expect(new URL(href, page.url()).origin).toBe(origin);
  expect(href.startsWith(origin)).toBe(true);
  // Without a query, the URL sync writes on the page's own origin and throws nothing.
  await page.goto(`${origin}//evil.test`);
  await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
  await page.locator('.days [data-event-id="human-chains"]').click();
  await expect(page).toHaveURL(new RegExp(`^${origin}//evil\\.test\\?event=human-chains$`));
});
