import { test as base, expect, type Page } from '@playwright/test';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface Guard {
  /** URLs of requests that tried to leave loopback and were aborted. */
  blocked: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Content-Security-Policy violations reported in any frame of the page. */
  csp: string[];
}

/** Set in every frame before the page's own scripts run: reports each CSP violation to the test. */
function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    const report = (window as unknown as { __reportCsp?: (s: string) => void }).__reportCsp;
    report?.(
      `${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`,
    );
  });
}

/**
 * Every test gets a page that cannot reach beyond loopback (the app must work
 * offline) and fails on any console error, uncaught exception or violation of
 * the built page's Content-Security-Policy.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page }, use) => {
      const guard: Guard = { blocked: [], errors: [], csp: [] };
      // A binding survives navigations and reaches iframes, where the app may be embedded.
      await page.exposeBinding('__reportCsp', (_source, text: string) => guard.csp.push(text));
      await page.addInitScript(reportCspViolations);
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.has(url.hostname)) {
          return route.continue();
        }
        guard.blocked.push(url.href);
        return route.abort('blockedbyclient');
      });
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        // The browser logs each aborted outside request; those are counted in `blocked`.
        const at = msg.location().url;
        if (at && guard.blocked.includes(at)) return;
        guard.errors.push(`console: ${msg.text()} (${at})`);
      });
      page.on('pageerror', (err) => guard.errors.push(`page error: ${err.message}`));
      await use(guard);
      // Violations are reported asynchronously: let the last ones arrive.
      if (!page.isClosed()) await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      expect(guard.csp, 'Content-Security-Policy violations').toEqual([]);
      expect(guard.errors, 'console errors or uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app (with optional query) and waits until the dataset is on screen. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(query ? `./?${query.replace(/^\?/, '')}` : './');
  await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
}

/** Rows the event list shows before it grows (EventList.svelte). */
const LIST_PAGE = 30;

/**
 * The ids of the events in the list, once it agrees with the count above the
 * filters: off screen, the list follows a filter a frame after the views on
 * screen (EventList.svelte).
 */
export async function listIds(page: Page): Promise<(string | null)[]> {
  const rows = page.locator('.days [data-event-id]');
  await expect
    .poll(async () => {
      const text = (await page.getByTestId('event-count').textContent()) ?? '';
      const n = Number(/^(\d+)/.exec(text)?.[1] ?? NaN);
      return (await rows.count()) === Math.min(n, LIST_PAGE);
    })
    .toBe(true);
  return rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
}
