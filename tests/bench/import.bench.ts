import { test, openApp } from '../e2e/fixtures';
import { acledRows } from '../support/acledRows';
import { round, stats } from './figures';
import { recordFigures } from './fixtures';
import { RUNS, sizesFor } from './options';

/**
 * Opening an ACLED-shaped CSV through "Open a file…": time from the file
 * being chosen to the page saying it shows it, and the longest tasks on the
 * page's thread meanwhile, split at the app's `app:import-read` mark (the
 * worker's result arriving) into while the worker reads (the page should stay
 * free) and after (taking in the result and drawing it, until the page has
 * been quiet for a while after saying it shows it).
 */

/** Time after the banner for the views' last drawing tasks to be counted. */
const SETTLE_MS = 1_000;
const READ = 'app:import-read';

interface Watch {
  chosenAt: number;
  shownAt: number;
  tasks: { start: number; duration: number }[];
}

for (const n of sizesFor('import') as number[]) {
  test(`import of ${n} ACLED rows`, async ({ page }) => {
    const buffer = Buffer.from(acledRows(n));
    const total: number[] = [];
    const parsingLongest: number[] = [];
    const afterLongest: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await openApp(page);
      await page.evaluate(() => {
        const w: Watch = { chosenAt: 0, shownAt: 0, tasks: [] };
        (window as unknown as { __watch: Watch }).__watch = w;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            w.tasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask' });
        const input = document.querySelector('input[type=file]')!;
        input.addEventListener('change', () => (w.chosenAt = performance.now()), { capture: true });
        // Cheap checks only: the page may hold 100,000 events' worth of DOM.
        new MutationObserver(() => {
          if (!w.shownAt && document.querySelector('.import-bar p.banner')) {
            w.shownAt = performance.now();
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open a file…' }).click();
      await (await chooser).setFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer });
      await page.waitForFunction(
        () => (window as unknown as { __watch: Watch }).__watch.shownAt > 0,
        undefined,
        { timeout: 300_000, polling: 500 },
      );
      await page.waitForTimeout(SETTLE_MS);
      const { w, readAt } = await page.evaluate(
        (read) => ({
          w: (window as unknown as { __watch: Watch }).__watch,
          readAt: performance.getEntriesByName(read).at(-1)?.startTime ?? NaN,
        }),
        READ,
      );
      if (Number.isNaN(readAt)) {
        throw new Error(`no ${READ} mark: the import never finished reading`);
      }
      total.push(w.shownAt - w.chosenAt);
      // The mark is taken in the task that receives the worker's result, at its very end
      // (the message's data is copied in first; task times are rounded): tasks ending
      // before that one are the worker's time; that task and later, the page's.
      const end = (t: { start: number; duration: number }) => t.start + t.duration;
      const mine = (t: { start: number; duration: number }) => end(t) >= readAt - 2;
      const during = w.tasks.filter((t) => t.start >= w.chosenAt && !mine(t));
      const after = w.tasks.filter(mine);
      parsingLongest.push(Math.max(0, ...during.map((t) => t.duration)));
      afterLongest.push(Math.max(0, ...after.map((t) => t.duration)));
    }
    const row = {
      rows: n,
      megabytes: round(buffer.length / 1e6),
      chosenToShownMs: stats(total),
      longestTaskWhileReadingMs: stats(parsingLongest),
      longestTaskAfterMs: stats(afterLongest),
    };
    await recordFigures([
      { key: `import/${n}/shown`, value: round(stats(total).median), unit: 'ms' },
      {
        key: `import/${n}/longestTaskReading`,
        value: round(stats(parsingLongest).median),
        unit: 'ms',
      },
      { key: `import/${n}/longestTaskAfter`, value: round(stats(afterLongest).median), unit: 'ms' },
    ]);
    console.log(
      `${n} rows (${row.megabytes} MB): chosen → shown median ${round(row.chosenToShownMs.median)} ms; longest task on the page while the worker reads ${round(row.longestTaskWhileReadingMs.max)} ms; then, taking in the result and drawing the views, ${round(row.longestTaskAfterMs.max)} ms`,
    );
  });
}
