import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

test('a clean load requests nothing that is missing; the favicon and robots.txt are served', async ({
  page,
  request,
}) => {
  const failed: string[] = [];
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await openApp(page);
  // Requests the browser makes on its own after load (the icon) come a little later.
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
  expect(asked).toContain('/favicon.svg');
  expect(asked).not.toContain('/favicon.ico');
  const robots = await request.get('robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain('User-agent: *');
});

/**
 * Counts frames; notes the first frame whose callbacks find the timeline's events, and the
 * list's, in the page, and the frame count when the app marks itself ready.
 */
async function watchFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Frames & { frames: number };
    w.frames = 0;
    const tick = () => {
      w.frames++;
      if (w.timelineAt === undefined && document.querySelector('.timeline [data-event-id]'))
        w.timelineAt = w.frames;
      if (w.listAt === undefined && document.querySelector('.days [data-event-id]'))
        w.listAt = w.frames;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, opts?: PerformanceMarkOptions) => {
      if (name === 'app:ready') {
        w.markedAt = w.frames;
        w.listAtMark = document.querySelector('.days [data-event-id]') !== null;
      }
      return mark(name, opts);
    };
  });
}
type Frames = { timelineAt?: number; listAt?: number; markedAt?: number; listAtMark?: boolean };
const framesSeen = (page: Page) =>
  page.evaluate(() => {
    const { timelineAt, listAt, markedAt, listAtMark } = window as unknown as Frames;
    return { timelineAt, listAt, markedAt, listAtMark };
  });

test('app:ready is marked after a painted frame shows the events; the list below the first screen follows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await watchFrames(page);
  await openApp(page);
  const f = await framesSeen(page);
  expect(f.timelineAt).toBeDefined();
  // Marked in a later frame than the first that had the events to paint.
  expect(f.markedAt!).toBeGreaterThan(f.timelineAt!);
  // The list, below the first screen, is drawn just after the mark, not before it.
  expect(f.listAtMark).toBe(false);
  await expect(page.locator('.days [data-event-id]').first()).toBeAttached();
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('where the list is on the first screen, app:ready waits for a painted frame that shows it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 2400 });
  await watchFrames(page);
  await openApp(page);
  const f = await framesSeen(page);
  // Drawn in a frame before the one whose callbacks mark ready.
  expect(f.listAtMark).toBe(true);
  expect(f.listAt!).toBeLessThanOrEqual(f.markedAt!);
});

test('npm start sends a dataset precompressed when its .gz lies beside it and is not older', async ({
  request,
}) => {
  const dir = new URL('../../dist/data/', import.meta.url);
  const { rmSync, utimesSync, writeFileSync } = await import('node:fs');
  const { gzipSync } = await import('node:zlib');
  const plain = new URL('precompressed-check.json', dir);
  const gz = new URL('precompressed-check.json.gz', dir);
  try {
    // The two differ, so the response says which one was sent.
    writeFileSync(plain, '{"from":"plain"}');
    writeFileSync(gz, gzipSync('{"from":"gzip"}'));
    const sent = await request.get('data/precompressed-check.json', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(sent.headers()['content-encoding']).toBe('gzip');
    expect(await sent.json()).toEqual({ from: 'gzip' });
    // A browser that does not accept gzip gets the file itself.
    const identity = await request.get('data/precompressed-check.json', {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(await identity.json()).toEqual({ from: 'plain' });
    // A .gz older than its file is stale: the file itself is sent.
    const old = new Date(Date.now() - 60_000);
    utimesSync(gz, old, old);
    const stale = await request.get('data/precompressed-check.json', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(await stale.json()).toEqual({ from: 'plain' });
  } finally {
    rmSync(plain, { force: true });
    rmSync(gz, { force: true });
  }
});
