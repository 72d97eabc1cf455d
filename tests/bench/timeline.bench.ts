import { mkdirSync, writeFileSync } from 'node:fs';
import { test } from '../e2e/fixtures';
import { syntheticDataset } from '../support/synthetic';
import { framesDuring, round, stats } from './measure';

const SIZES = [10_000, 50_000];
const RUNS = 3;
const results: Record<string, unknown>[] = [];

for (const n of SIZES) {
  test(`timeline with ${n} events: load, wheel zoom, drag pan`, async ({ page }) => {
    const body = JSON.stringify(syntheticDataset(n));
    await page.route('**/data/bench.json', (route) =>
      route.fulfill({ contentType: 'application/json', body }),
    );
    const loads: number[] = [];
    const wheel: number[] = [];
    const drag: number[] = [];
    const gaps: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto('./?data=data/bench.json');
      await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
      loads.push(
        await page.evaluate(() => performance.getEntriesByName('app:ready')[0]!.startTime),
      );
      await page.getByRole('button', { name: /Fit all/ }).click();
      const w = await framesDuring(page, '.stage', 'wheel', 40);
      const d = await framesDuring(page, '.stage', 'drag', 40);
      wheel.push(...w.perStep);
      drag.push(...d.perStep);
      gaps.push(...w.frameGaps, ...d.frameGaps);
    }
    const row = {
      events: n,
      loadMs: stats(loads),
      wheelStepMs: stats(wheel),
      dragStepMs: stats(drag),
      frameGapMs: stats(gaps),
      longFrames: gaps.filter((g) => g > 50).length,
      frames: gaps.length,
    };
    results.push(row);
    console.log(
      `${n} events: load median ${round(row.loadMs.median)} ms; wheel step median ${round(row.wheelStepMs.median)} ms (p95 ${round(row.wheelStepMs.p95)}); drag step median ${round(row.dragStepMs.median)} ms (p95 ${round(row.dragStepMs.p95)}); frame gap median ${round(row.frameGapMs.median)} ms, ${row.longFrames}/${row.frames} frames over 50 ms`,
    );
  });
}

test.afterAll(() => {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/timeline.json', JSON.stringify(results, null, 2));
});
