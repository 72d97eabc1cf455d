import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
  type TestInfo,
} from '@playwright/test';
import { BROWSER_ATTACHMENT, FIGURES_ATTACHMENT, type Figure } from './figures';
import { installProbes } from './probes';
import { CPU_SLOWDOWN } from './options';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface Opened {
  page: Page;
  context: BrowserContext;
  /** `app:ready` (after the first painted frame), ms since navigation. */
  readyMs: number;
}

export interface Bench {
  baseURL: string;
  /**
   * Opens `url` in a fresh browser context (empty cache: a cold load) with
   * the probes installed, and waits for `app:ready`. The previous context is
   * closed first, so one app runs at a time.
   */
  open(url: string): Promise<Opened>;
  /** JS heap in use after a full garbage collection, in MB (10^6 bytes). */
  heapMB(opened: Opened): Promise<number>;
  /** Hands figures to the reporter, which compares, prints and saves them. */
  record(figures: Figure[]): Promise<void>;
}

/** Hands figures to the reporter, which compares, prints and saves them. */
export async function recordFigures(figures: Figure[]): Promise<void> {
  await base.info().attach(FIGURES_ATTACHMENT, {
    body: JSON.stringify(figures),
    contentType: 'application/json',
  });
}

async function contextFor(testInfo: TestInfo, browser: Browser) {
  const use = testInfo.project.use;
  return browser.newContext({ baseURL: use.baseURL, viewport: use.viewport ?? null });
}

/**
 * Benchmarks open pages themselves (a fresh context per load) instead of
 * using the e2e fixtures, which route every request through Playwright: that
 * would slow the very loads we time. The network is kept local by Chromium's
 * host resolver (tests/bench/playwright.config.ts); requests that try to leave
 * anyway, console errors and uncaught exceptions fail the benchmark.
 */
export const test = base.extend<{ bench: Bench }>({
  bench: async ({ browser }, use, testInfo) => {
    const problems: string[] = [];
    const live: { context: BrowserContext | null } = { context: null };
    const bench: Bench = {
      baseURL: testInfo.project.use.baseURL ?? '',
      async open(url) {
        await live.context?.close();
        const context = await contextFor(testInfo, browser);
        live.context = context;
        const page = await context.newPage();
        page.on('request', (r) => {
          const u = new URL(r.url());
          if (u.protocol.startsWith('http') && !LOOPBACK.has(u.hostname)) {
            problems.push(`request left the machine: ${u.href}`);
          }
        });
        page.on('console', (m) => {
          if (m.type() === 'error') problems.push(`console: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        await page.addInitScript(installProbes);
        if (CPU_SLOWDOWN > 1) {
          // The session stays open with the page: the throttling lasts as long as it does.
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        }
        await page.goto(url);
        const readyMs = await page.evaluate(() => window.__bench.ready);
        return { page, context, readyMs };
      },
      async heapMB({ page, context }) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        await cdp.detach();
        return usedSize / 1e6;
      },
      record: recordFigures,
    };
    await testInfo.attach(BROWSER_ATTACHMENT, {
      body: browser.version(),
      contentType: 'text/plain',
    });
    await use(bench);
    await live.context?.close();
    expect(problems, 'console errors, uncaught exceptions or outside requests').toEqual([]);
  },
});

export { expect };
