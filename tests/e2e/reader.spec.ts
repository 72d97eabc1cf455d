import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { violations } from './axe';

/** The reader's screens: a laptop and a touch phone, each in both colour schemes. */
const SCREENS = [
  { name: 'desktop 1280×800', viewport: { width: 1280, height: 800 }, touch: false },
  { name: 'phone 390×844', viewport: { width: 390, height: 844 }, touch: true },
] as const;
const TYPES = [
  'Election',
  'Protest',
  'Detention',
  'Violence',
  'Release',
  'Solidarity',
  'Statement',
  'Broadcast / media',
  'Diplomacy',
  'Politics',
];
const KEY = 'riot-police-lower-shields';

async function inViewport(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.flatMap((el) => {
      const r = el.getBoundingClientRect();
      const inside =
        r.width > 0 &&
        r.top >= 0 &&
        r.left >= 0 &&
        r.bottom <= window.innerHeight &&
        r.right <= window.innerWidth;
      return inside ? [] : [`${el.textContent?.trim()} at ${Math.round(r.top)}`];
    }),
  );
}

async function view(page: Page): Promise<[number, number]> {
  const [a, b] = ((await page.locator('.plot').getAttribute('data-view')) ?? '')
    .split(',')
    .map(Number);
  return [a!, b!];
}

for (const screen of SCREENS) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${screen.name}, ${scheme}`, () => {
      test.use({
        viewport: screen.viewport,
        hasTouch: screen.touch,
        isMobile: screen.touch,
        colorScheme: scheme,
      });

      test('a cold load shows every type lane’s title and the key event’s label, unscrolled', async ({
        page,
      }) => {
        await openApp(page);
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        const titles = page.locator('.lane-title .lane-label');
        await expect(titles).toHaveText(TYPES);
        expect(await inViewport(page, '.lane-title')).toEqual([]);
        const key = page.locator(`.mark-label.key[data-event-id="${KEY}"]`);
        await expect(key).toHaveCount(1);
        await expect(key).toHaveText(/^Riot police lower their shields/);
        expect(await inViewport(page, `.mark-label.key[data-event-id="${KEY}"]`)).toEqual([]);
      });

      test('at the shields step the story card is in view, the map at the building, and leaving restores the window', async ({
        page,
      }) => {
        await openApp(page);
        const before = await view(page);
        await page.getByRole('button', { name: /Play the story/ }).click();
        const story = page.getByRole('region', { name: 'Story mode' });
        await story.getByRole('button', { name: /Start the story/ }).click();
        await expect(story.getByRole('heading', { level: 2 })).toHaveText(
          'Riot police lower their shields at the election committee',
        );
        await expect(page).toHaveURL(new RegExp(`story=${KEY}`));
        await expect(story.locator('.summary')).toBeInViewport({ ratio: 1 });
        await expect(story.locator('blockquote').first()).toBeInViewport({ ratio: 0.6 });
        // The map has flown to the election committee building and marks it.
        await expect(page.locator('[data-place-id="cec-minsk"]').first()).toBeAttached();
        await expect
          .poll(() =>
            page.evaluate(() => {
              const map = (
                window as unknown as {
                  __eventMap: {
                    map: {
                      getBounds(): { contains(p: [number, number]): boolean };
                      getZoom(): number;
                    };
                  };
                }
              ).__eventMap.map;
              return map.getBounds().contains([53.8967, 27.5474]) && map.getZoom() >= 14;
            }),
          )
          .toBe(true);
        await story.getByRole('button', { name: 'Next →' }).click();
        await story.getByRole('button', { name: 'Exit story' }).click();
        await expect(story).toHaveCount(0);
        const after = await view(page);
        expect(Math.abs(after[0] - before[0])).toBeLessThan(60_000);
        expect(Math.abs(after[1] - before[1])).toBeLessThan(60_000);
      });

      test('a filter changed during the story keeps the card, the selection and the link on one event', async ({
        page,
      }) => {
        await openApp(page, `story=human-chains`);
        const story = page.getByRole('region', { name: 'Story mode' });
        await expect(story.getByRole('heading', { level: 2 })).toHaveText(
          'Human chains and marches',
        );
        // The hook is set by the map, which loads after the first paint.
        await page.waitForFunction(() => '__eventMap' in window);
        await page.evaluate(() => {
          const app = (
            window as unknown as {
              __eventMap: { app: { toggleFilter(f: string, id: string, on?: boolean): void } };
            }
          ).__eventMap.app;
          app.toggleFilter('types', 'release', true);
        });
        await expect(page).toHaveURL(/types=release/);
        await expect(story.getByRole('heading', { level: 2 })).toHaveText(
          'Human chains and marches',
        );
        await expect(page).toHaveURL(/story=human-chains/);
        await expect(page).toHaveURL(/event=human-chains/);
        await expect(story).toContainText('Outside the filters');
        // Next goes on to the next step the filters leave.
        await story.getByRole('button', { name: 'Next →' }).click();
        await expect(story.getByRole('heading', { level: 2 })).toHaveText(
          'Detainees leave Okrestina prison',
        );
      });

      test('axe finds no violations with the story open', async ({ page }) => {
        await openApp(page, `story=${KEY}`);
        await expect(page.getByRole('region', { name: 'Story mode' })).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    });
  }
}

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a vertical swipe over the timeline scrolls the page; a horizontal one pans', async ({
    page,
  }) => {
    await openApp(page);
    const box = (await page.locator('.plot-area').boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (x0: number, y0: number, x1: number, y1: number) => {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: x0, y: y0, id: 1 }],
      });
      // A finger's pace: a move a frame for a quarter second (Chrome sends a scrolling
      // page's touch moves at most every 200 ms, so an instant swipe can lose its moves).
      for (let i = 1; i <= 15; i++) {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: x0 + ((x1 - x0) * i) / 15, y: y0 + ((y1 - y0) * i) / 15, id: 1 }],
        });
        await page.waitForTimeout(16);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const x = box.x + box.width / 2;
    const y = box.y + 300;
    const before = await view(page);
    await swipe(x, y, x, y - 250);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(await view(page)).toEqual(before);
    // Let the fling come to rest before the next gesture: the same position for 3 reads in a
    // row, a quarter second apart (a busy machine can skip frames mid-fling).
    let scrolled = -1;
    let same = 0;
    await expect
      .poll(
        async () => {
          const now = await page.evaluate(() => window.scrollY);
          same = now === scrolled ? same + 1 : 0;
          scrolled = now;
          return same >= 2;
        },
        { intervals: [250] },
      )
      .toBe(true);
    const top = (await page.locator('.plot-area').boundingBox())!;
    await swipe(top.x + top.width * 0.7, top.y + 200, top.x + top.width * 0.2, top.y + 205);
    await expect.poll(async () => (await view(page))[0]).toBeGreaterThan(before[0]);
    // A horizontal swipe is not a scroll (a few pixels of its vertical drift may be).
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(10);
  });

  test('selecting an event in the list brings its details into view, in a sheet', async ({
    page,
  }) => {
    await openApp(page);
    const item = page.locator('.days [data-event-id="okrestina-releases"]');
    await item.scrollIntoViewIfNeeded();
    await item.tap();
    const detail = page.getByRole('complementary', { name: 'Event details' });
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
      'Detainees leave Okrestina prison',
    );
    await expect(detail.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
    await expect(detail.locator('.summary')).toBeInViewport();
    expect(await violations(page)).toEqual([]);
    // Closed, the details go back to their place at the end of the page.
    await detail.getByRole('button', { name: 'Close' }).click();
    await expect(detail.getByRole('button', { name: 'Close' })).toHaveCount(0);
    expect(await detail.evaluate((el) => getComputedStyle(el).position)).toBe('static');
  });
});
