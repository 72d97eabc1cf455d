import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { violations } from './axe';

/**
 * A newsroom's article on another origin (another loopback port) embedding
 * the app with the host script, as the README's snippet does.
 */
let host: http.Server;
let hostUrl = '';
let third: http.Server;
let thirdUrl = '';

interface HostOptions {
  /** The embed's query, after `?`. */
  query: string;
  width: number;
  sandbox?: string;
  script?: boolean;
}

function article(app: string, o: HostOptions): string {
  const sandbox = o.sandbox === undefined ? '' : ` sandbox="${o.sandbox}"`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head>
<body style="margin:0;font:16px Georgia,serif">
<main style="width:${o.width}px;margin:0 auto">
<h1>An article about Belarus</h1>
<p>A paragraph above the embed.</p>
<iframe id="embed" data-eventmap src="${app}?${o.query}" title="Timeline of the August 2020 protests"
  loading="lazy"${sandbox} allow="clipboard-write" style="width:100%;height:720px;border:0;display:block"></iframe>
<p style="height:2400px">More article text below the embed.</p>
</main>
<script>
  window.heights = [];
  window.messages = [];
  addEventListener('message', (e) => window.messages.push({ at: Date.now(), data: e.data, origin: e.origin }));
  new ResizeObserver(() => {
    const h = document.getElementById('embed').getBoundingClientRect().height;
    window.heights.push({ at: Date.now(), h });
  }).observe(document.getElementById('embed'));
</script>
${o.script === false ? '' : `<script src="${app}embed.js" async></script>`}
</body></html>`;
}

test.beforeAll(async () => {
  host = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const o = JSON.parse(u.searchParams.get('o') ?? '{}') as HostOptions;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(article(u.searchParams.get('app') ?? '', o));
  });
  third = http.createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    // A third party on the same article tries to resize the embed.
    res.end(`<!doctype html><title>ad</title><script>
      setInterval(() => parent.postMessage({ type: 'eventmap:height', version: 1, id: '', height: 123 }, '*'), 100);
    </script>`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => third.listen(0, 'localhost', r));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  thirdUrl = `http://localhost:${(third.address() as AddressInfo).port}/`;
});
test.afterAll(() => {
  host.close();
  third.close();
});

async function openArticle(page: Page, o: HostOptions, baseURL: string): Promise<Frame> {
  await page.setViewportSize({ width: Math.max(o.width + 40, 400), height: 900 });
  const app = new URL('./', baseURL).href;
  await page.goto(
    `${hostUrl}?app=${encodeURIComponent(app)}&o=${encodeURIComponent(JSON.stringify(o))}`,
  );
  const el = await page.waitForSelector('#embed');
  const frame = (await el.contentFrame())!;
  await frame.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
  return frame;
}

const frameHeight = (page: Page) =>
  page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height);

test('at 320, 360, 600 and 1000 px the embed fits its column: no overflow, parts full width when stacked', async ({
  page,
  baseURL,
}) => {
  for (const width of [320, 360, 600, 1000]) {
    const frame = await openArticle(
      page,
      { query: 'embed=1&parts=timeline,map,list,details,filters', width },
      baseURL!,
    );
    const m = await frame.evaluate(() => {
      const doc = document.documentElement;
      const parts = ['#timeline', '.map-area', '.views-area', '.pane', '.filters'].map((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return { sel, width: r.width };
      });
      return { overflow: doc.scrollWidth - doc.clientWidth, width: doc.clientWidth, parts };
    });
    expect(m.overflow, `${width} px`).toBeLessThanOrEqual(0);
    const stacked = width < 760;
    for (const p of m.parts) {
      if (stacked || p.sel !== '.pane') {
        const share = p.sel === '.pane' || !stacked ? 0.5 : 0.9;
        expect(p.width / m.width, `${p.sel} at ${width} px`).toBeGreaterThanOrEqual(share);
      }
    }
  }
});

test('the host script sizes the iframe once the data is on screen, and it settles after a filter change', async ({
  page,
  baseURL,
}) => {
  const frame = await openArticle(
    page,
    { query: 'embed=1&parts=timeline,filters,list,details&id=belarus', width: 600 },
    baseURL!,
  );
  const ready = await frame.evaluate(
    () => performance.timeOrigin + performance.getEntriesByName('app:ready')[0]!.startTime,
  );
  // Settles: within 2 s, then no message for a second.
  await expect.poll(() => frameHeight(page), { timeout: 2000 }).not.toBe(720);
  await page.waitForTimeout(1000);
  const settled = await frameHeight(page);
  const log = await page.evaluate(() => ({
    messages: (
      window as unknown as { messages: { at: number; data: { height?: number; id?: string } }[] }
    ).messages,
  }));
  const ours = log.messages.filter((m) => typeof m.data === 'object' && m.data?.id === 'belarus');
  expect(ours.length).toBeGreaterThan(0);
  expect(ours.length).toBeLessThanOrEqual(4);
  // Never a height from before the data rendered.
  for (const m of ours) expect(m.at).toBeGreaterThanOrEqual(ready - 50);
  expect(ours.at(-1)!.data.height).toBe(Math.round(settled));
  const last = ours.at(-1)!.at;
  await page.waitForTimeout(1000);
  expect(
    await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages.length),
  ).toBe(log.messages.length);
  expect(Date.now() - last).toBeGreaterThan(900);

  // A filter change: the list shrinks, the frame follows and settles again.
  await frame.locator('summary', { hasText: 'Filters' }).click();
  const t0 = Date.now();
  await frame
    .getByRole('group', { name: 'Event types' })
    .getByRole('checkbox', { name: /Diplomacy/ })
    .check();
  await expect.poll(() => frameHeight(page), { timeout: 2000 }).not.toBe(settled);
  const changed = await page.evaluate(
    () => (window as unknown as { messages: { at: number }[] }).messages,
  );
  expect(changed.at(-1)!.at - t0).toBeLessThan(2000);
  const count = changed.length;
  await page.waitForTimeout(1000);
  expect(
    await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages.length),
  ).toBe(count);
  // The iframe is as tall as the app: no scrollbar inside.
  const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
  expect(Math.abs(inner - (await frameHeight(page)))).toBeLessThanOrEqual(6);
});

test('a message of the right shape from a third frame, or from the host itself, changes nothing', async ({
  page,
  baseURL,
}) => {
  await openArticle(page, { query: 'embed=1', width: 600 }, baseURL!);
  await expect.poll(() => frameHeight(page), { timeout: 3000 }).not.toBe(720);
  await page.waitForTimeout(800);
  const settled = await frameHeight(page);
  await page.evaluate((url) => {
    const ad = document.createElement('iframe');
    ad.src = url;
    document.body.append(ad);
    window.postMessage({ type: 'eventmap:height', version: 1, id: '', height: 300 }, '*');
  }, thirdUrl);
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as unknown as { messages: { data: { height?: number } }[] }).messages.filter(
            (m) => m.data?.height === 123,
          ).length,
      ),
    )
    .toBeGreaterThan(3);
  expect(await frameHeight(page)).toBe(settled);
});

test('the embed opens on the state in its src; "Open full view" carries it to a same-origin page', async ({
  page,
  baseURL,
}) => {
  const frame = await openArticle(
    page,
    { query: 'embed=1&types=solidarity&event=riot-police-lower-shields', width: 600 },
    baseURL!,
  );
  await expect(frame.getByRole('heading', { level: 2, name: /shields/ })).toBeVisible();
  const full = frame.getByRole('link', { name: 'Open full view ↗' });
  const href = (await full.getAttribute('href'))!;
  const url = new URL(href);
  expect(url.origin).toBe(new URL(baseURL!).origin);
  expect(url.searchParams.get('event')).toBe('riot-police-lower-shields');
  expect(url.searchParams.get('types')).toBe('solidarity');
  expect(url.searchParams.has('embed')).toBe(false);
  await expect(full).toHaveAttribute('target', '_blank');
  const [popup] = await Promise.all([page.waitForEvent('popup'), full.click()]);
  await popup.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
  await expect(
    popup.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(/shields/);
  await popup.close();
});

test('the wheel over the embedded timeline scrolls the article; Ctrl + wheel zooms', async ({
  page,
  baseURL,
}) => {
  const frame = await openArticle(page, { query: 'embed=1', width: 600 }, baseURL!);
  await expect.poll(() => frameHeight(page), { timeout: 3000 }).not.toBe(720);
  const view = () => frame.locator('.plot').getAttribute('data-view');
  const before = await view();
  const box = (await frame.locator('.plot-area').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  expect(await view()).toBe(before);
  await expect(frame.getByRole('status').filter({ hasText: 'Ctrl + scroll' })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  const box2 = (await frame.locator('.plot-area').boundingBox())!;
  await page.mouse.move(box2.x + box2.width / 2, box2.y + 40);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(view).not.toBe(before);
});

test('runs under the recommended sandbox, and degrades without errors under allow-scripts alone', async ({
  page,
  baseURL,
}) => {
  const frame = await openArticle(
    page,
    {
      query: 'embed=1&event=human-chains',
      width: 600,
      sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    },
    baseURL!,
  );
  await expect(frame.getByRole('heading', { level: 2, name: /Human chains/ })).toBeVisible();
  await expect.poll(() => frameHeight(page), { timeout: 3000 }).not.toBe(720);

  const bare = await openArticle(
    page,
    { query: 'embed=1&event=human-chains', width: 600, sandbox: 'allow-scripts' },
    baseURL!,
  );
  await expect(bare.getByRole('heading', { level: 2, name: /Human chains/ })).toBeVisible();
  // Its view cannot go into its URL and the host script cannot trust an opaque origin: the
  // frame keeps the height the snippet gives it, and selecting still works.
  const details = bare.getByRole('complementary', { name: 'Event details' });
  await details.getByRole('button', { name: 'Next →' }).click();
  await expect(details.getByRole('heading', { level: 2 })).not.toHaveText(/Human chains/);
  expect(await frameHeight(page)).toBe(720);
});

test('axe finds no violations inside the embed at 360 px, nor in the story embed', async ({
  page,
  baseURL,
}) => {
  for (const query of [
    'embed=1&event=human-chains',
    'embed=1&parts=story&story=riot-police-lower-shields',
  ]) {
    const frame = await openArticle(page, { query, width: 360 }, baseURL!);
    const v = await violations(frame);
    expect(v, query).toEqual([]);
  }
});

test('the Embed button gives the code for this view, with the parts chosen and a live preview', async ({
  page,
}) => {
  await page.goto('./?types=solidarity&event=riot-police-lower-shields');
  await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
  const button = page.getByRole('button', { name: 'Embed', exact: true });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  // Its content is drawn as it opens, in time for the dialog to focus its first control.
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  const code = dialog.getByRole('textbox', { name: /Code to paste/ });
  await expect(code).toHaveValue(/data-eventmap/);
  await expect(code).toHaveValue(
    /\?event=riot-police-lower-shields&amp;types=solidarity&amp;embed=1"/,
  );
  await expect(code).toHaveValue(
    /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/,
  );
  await dialog.getByRole('checkbox', { name: 'Map' }).check();
  await expect(code).toHaveValue(/&amp;embed=1&amp;parts=timeline,map,details"/);
  await dialog.getByRole('radio', { name: '360 px' }).check();
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.locator('.em-map')).toBeVisible();
  await expect(preview.getByRole('link', { name: 'Open full view ↗' })).toBeVisible();
  // The preview takes its height from the embed, as a host page would.
  await expect
    .poll(async () => (await page.getByTestId('embed-preview').boundingBox())?.height ?? 0)
    .toBeGreaterThan(900);
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});
