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

test('app:ready is marked only after a frame that shows the events has been painted', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // Counts frames; notes the first frame whose callbacks find events in the page, and the
    // frame count at the moment the app marks itself ready.
    const w = window as unknown as { frames: number; seenAt?: number; markedAt?: number };
    w.frames = 0;
    const tick = () => {
      w.frames++;
      if (w.seenAt === undefined && document.querySelector('.days [data-event-id]'))
        w.seenAt = w.frames;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, opts?: PerformanceMarkOptions) => {
      if (name === 'app:ready') w.markedAt = w.frames;
      return mark(name, opts);
    };
  });
  await openApp(page);
  const w = await page.evaluate(() => {
    const { seenAt, markedAt } = window as unknown as { seenAt?: number; markedAt?: number };
    return { seenAt, markedAt };
  });
  expect(w.seenAt).toBeDefined();
  // Marked in a later frame than the first that had the events to paint.
  expect(w.markedAt!).toBeGreaterThan(w.seenAt!);
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
