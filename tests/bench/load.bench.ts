import { test } from './fixtures';
import { appQuery } from './datasets';
import { round, stats, type Figure } from './figures';
import { RUNS, sizeName, sizesFor } from './options';

/**
 * Cold load: a fresh context each time (empty cache), until `app:ready`, the
 * mark the app sets after its first painted frame. Also the longest
 * main-thread task that started before then, and the JS heap once loaded.
 */
for (const size of sizesFor('load')) {
  test(`load: ${sizeName(size)}`, async ({ bench }) => {
    const url = appQuery(size, bench.baseURL);
    const ready: number[] = [];
    const longest: number[] = [];
    const heap: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const opened = await bench.open(url);
      // Long-task entries arrive after their task: let the page catch up before reading them.
      await opened.page.evaluate(() => window.__bench.calm());
      const tasks = await opened.page.evaluate(() => window.__bench.longTasks);
      ready.push(opened.readyMs);
      longest.push(
        Math.max(0, ...tasks.filter((t) => t.start < opened.readyMs).map((t) => t.duration)),
      );
      heap.push(await bench.heapMB(opened));
    }
    const at = `load/${sizeName(size)}`;
    const figures: Figure[] = [
      { key: `${at}/ready`, value: round(stats(ready).median), unit: 'ms' },
      { key: `${at}/longestTask`, value: round(stats(longest).median), unit: 'ms' },
      { key: `${at}/heap`, value: round(stats(heap).median), unit: 'MB' },
    ];
    console.log(
      `${sizeName(size)}: ready ${ready.map((x) => round(x)).join(', ')} ms; longest task ${longest.join(', ')} ms; heap ${heap.map((x) => round(x)).join(', ')} MB`,
    );
    await bench.record(figures);
  });
}
