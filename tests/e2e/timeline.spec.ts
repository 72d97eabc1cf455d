import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { syntheticDataset } from '../support/synthetic';

async function view(page: Page): Promise<[number, number]> {
  const v = await page.locator('.plot').getAttribute('data-view');
  const [a, b] = (v ?? '').split(',').map(Number);
  return [a!, b!];
}

/** The plot: where marks are drawn and the pointer zooms and pans (beside the lane titles). */
async function stageBox(page: Page) {
  const box = await page.locator('.plot-area').boundingBox();
  if (!box) throw new Error('no timeline stage');
  return box;
}

test('wheel zoom narrows the window around the pointer', async ({ page }) => {
  await openApp(page);
  const box = await stageBox(page);
  const before = await view(page);
  const px = box.width * 0.25;
  const tBefore = before[0] + (px / box.width) * (before[1] - before[0]);
  await page.mouse.move(box.x + px, box.y + 60);
  await page.mouse.wheel(0, -300);
  await expect
    .poll(async () => (await view(page))[1] - (await view(page))[0])
    .toBeLessThan(before[1] - before[0]);
  const after = await view(page);
  const tAfter = after[0] + (px / box.width) * (after[1] - after[0]);
  // The time under the pointer stays under the pointer (within 1% of the old span).
  expect(Math.abs(tAfter - tBefore)).toBeLessThan((before[1] - before[0]) / 100);
});

test('dragging pans the window', async ({ page }) => {
  await openApp(page);
  const box = await stageBox(page);
  const before = await view(page);
  await page.mouse.move(box.x + 600, box.y + 80);
  await page.mouse.down();
  await page.mouse.move(box.x + 500, box.y + 80, { steps: 5 });
  await page.mouse.move(box.x + 400, box.y + 80, { steps: 5 });
  await page.mouse.up();
  const after = await view(page);
  const shift = ((after[0] - before[0]) / (before[1] - before[0])) * box.width;
  expect(shift).toBeGreaterThan(190);
  expect(shift).toBeLessThan(210);
  expect(after[1] - after[0]).toBeCloseTo(before[1] - before[0], -3);
});

test('the overview brush and the main window follow each other', async ({ page }) => {
  await openApp(page);
  const selection = page.locator('[data-testid="overview"] .selection');
  const widthBefore = Number(await selection.getAttribute('width'));
  // Main view → brush: "Fit all" widens the brush to the whole strip.
  await page.getByRole('button', { name: /Fit all/ }).click();
  await expect
    .poll(async () => Number(await selection.getAttribute('width')))
    .toBeGreaterThan(widthBefore + 300);
  // Brush → main view: brushing the first half of the strip shows its first half of time.
  const all = await view(page);
  const overlay = await page.locator('[data-testid="overview"] .overlay').boundingBox();
  if (!overlay) throw new Error('no overlay');
  // Drag the brush's right edge to the middle of the strip.
  const handle = await page.locator('[data-testid="overview"] .handle--e').boundingBox();
  if (!handle) throw new Error('no brush handle');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(overlay.x + overlay.width * 0.75, overlay.y + 10, { steps: 4 });
  await page.mouse.move(overlay.x + overlay.width / 2, overlay.y + 10, { steps: 4 });
  await page.mouse.up();
  const brushed = await view(page);
  const span = all[1] - all[0];
  expect((brushed[1] - brushed[0]) / span).toBeGreaterThan(0.4);
  expect((brushed[1] - brushed[0]) / span).toBeLessThan(0.6);
  expect(Math.abs(brushed[0] - all[0]) / span).toBeLessThan(0.02);
  // The brushed range is the date filter: the 2020 events are gone from the list.
  await expect(page.locator('.days [data-event-id]')).toHaveCount(1);
});

test('arrow keys move the selection through time and the detail follows', async ({ page }) => {
  await openApp(page);
  await page.getByRole('application', { name: /Timeline of events/ }).focus();
  await page.keyboard.press('ArrowRight');
  const detail = page.getByRole('complementary', { name: 'Event details' });
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
    'Lukashenko’s rule since 1994',
  );
  await page.keyboard.press('ArrowRight');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
    '33 Russian mercenaries detained in Belarus',
  );
  await page.keyboard.press('ArrowLeft');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
    'Lukashenko’s rule since 1994',
  );
  await page.keyboard.press('End');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText('Lukashenko');
  await page.keyboard.press('Enter');
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
});

test('clicking a mark selects its event in the detail view', async ({ page }) => {
  await openApp(page);
  const label = page.locator('.mark-label[data-event-id="human-chains"]');
  const mx = Number(await label.getAttribute('data-mark-x'));
  const my = Number(await label.getAttribute('data-mark-y'));
  const box = await stageBox(page);
  await page.mouse.move(box.x + mx, box.y + my);
  await expect(page.getByRole('tooltip')).toContainText('Human chains');
  await page.mouse.click(box.x + mx, box.y + my);
  const detail = page.getByRole('complementary', { name: 'Event details' });
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(/Human chains/);
  await expect(page.locator('.selected-mark[data-event-id="human-chains"]')).toHaveCount(1);
  await expect(page.locator('[data-event-id="human-chains"][aria-current="true"]')).toHaveCount(1);
});

test('10,000 events load, aggregate and resolve into single marks as you zoom', async ({
  page,
}) => {
  const data = JSON.stringify(syntheticDataset(10_000));
  await page.route('**/data/synthetic-10k.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: data }),
  );
  await openApp(page, 'data=data/synthetic-10k.json');
  await page.getByRole('button', { name: /Fit all/ }).click();
  await expect(page.locator('.lane-title', { hasText: 'zoom in for each' }).first()).toBeVisible();
  const box = await stageBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + 80);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -400);
  await expect.poll(async () => page.locator('.mark-label').count()).toBeGreaterThan(3);
  await expect(page.locator('.lane-title', { hasText: 'zoom in for each' })).toHaveCount(0);
});

test('a big file is checked in the load worker and its lanes drawn', async ({ page }) => {
  const data = JSON.stringify(syntheticDataset(30_000, 5));
  await page.route('**/data/synthetic-30k.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: data }),
  );
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  // Whether the type filters, below the first screen here, were drawn when ready was marked.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, opts?: PerformanceMarkOptions) => {
      if (name === 'app:ready')
        (window as unknown as { typesAtMark: number }).typesAtMark =
          document.querySelectorAll('.filters .types input').length;
      return mark(name, opts);
    };
  });
  await openApp(page, 'data=data/synthetic-30k.json');
  expect(workers.some((u) => /loadWorker/.test(u))).toBe(true);
  // Measured once the lanes were packed, not while they left the timeline short.
  expect(
    await page.evaluate(() => (window as unknown as { typesAtMark: number }).typesAtMark),
  ).toBe(0);
  await expect(page.locator('.filters .types input').first()).toBeAttached();
  await page.getByRole('button', { name: /Fit all/ }).click();
  // Every type lane is drawn from the worker-checked events, counts included.
  await expect(page.locator('.lane-title').first()).toBeVisible();
  await expect(page.getByText(/30,000 events|30000 events/).first()).toBeVisible();
});

test('resizing the window re-lays out the timeline without reloading', async ({ page }) => {
  await openApp(page);
  await page.locator('.days [data-event-id="human-chains"]').click();
  const wide = await stageBox(page);
  await page.setViewportSize({ width: 600, height: 900 });
  await expect
    .poll(async () => (await page.locator('.plot-area').boundingBox())?.width ?? 0)
    .toBeLessThan(wide.width - 150);
  const narrow = await stageBox(page);
  // The axis spans the new width and the selection survived (no reload).
  const lastTick = await page.locator('.axis .tick').last().getAttribute('x');
  expect(Number(lastTick)).toBeLessThan(narrow.width);
  await expect(page.locator('.selected-mark[data-event-id="human-chains"]')).toHaveCount(1);
  const mark = page.locator('.mark-label[data-event-id="human-chains"]');
  expect(Number(await mark.getAttribute('data-mark-x'))).toBeLessThan(narrow.width);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a touch pinch zooms the timeline', async ({ page }) => {
    await openApp(page);
    const box = await stageBox(page);
    const before = await view(page);
    const cdp = await page.context().newCDPSession(page);
    const y = box.y + 60;
    const cx = box.x + box.width / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: cx - d, y, id: 1 },
                { x: cx + d, y, id: 2 },
              ],
      });
    await touch('touchStart', 40);
    for (const d of [60, 90, 120, 160]) await touch('touchMove', d);
    await touch('touchEnd', 0);
    await expect
      .poll(async () => {
        const v = await view(page);
        return (v[1] - v[0]) / (before[1] - before[0]);
      })
      .toBeLessThan(0.5);
  });

  test('a tap on the overview strip moves the window there', async ({ page }) => {
    await openApp(page);
    const overlay = (await page.getByTestId('overview').locator('.overlay').boundingBox())!;
    const before = await view(page);
    await page.touchscreen.tap(overlay.x + overlay.width * 0.05, overlay.y + 10);
    await expect.poll(async () => (await view(page))[0]).toBeLessThan(before[0]);
    const after = await view(page);
    expect(Number.isFinite(after[0]) && Number.isFinite(after[1])).toBe(true);
    expect(after[1] - after[0]).toBeCloseTo(before[1] - before[0], -3);
  });
});

test('the overview strip frames the bulk of the data, counts outliers, and a click moves the window', async ({
  page,
}) => {
  await openApp(page);
  const strip = page.getByTestId('overview');
  // The 1994 start is an outlier: counted at the edge, not squeezing the week into a sliver.
  await expect(strip.locator('text.end').first()).toHaveText(/^← 1 earlier · \d+ \w+ 2020$/);
  const selectionWidth = Number(await strip.locator('.selection').getAttribute('width'));
  const overlay = (await strip.locator('.overlay').boundingBox())!;
  expect(selectionWidth).toBeGreaterThan(overlay.width * 0.3);
  const before = await view(page);
  await page.mouse.click(overlay.x + overlay.width * 0.05, overlay.y + 10);
  const after = await view(page);
  expect(after[1] - after[0]).toBeCloseTo(before[1] - before[0], -3);
  expect(after[0]).toBeLessThan(before[0]);
});
