import { test } from './fixtures';
import { appQuery } from './datasets';
import { quantiles, round, stats } from './figures';
import { framesDuring, timelinePlot } from './measure';
import { RUNS, sizeName, sizesFor } from './options';

const STEPS = 30;

/**
 * Wheel-zoom and drag-pan steps on the timeline, all dates in view: each step
 * from dispatch to the end of the next frame (see `framesDuring`), and the
 * intervals between the frames drawn meanwhile.
 */
for (const size of sizesFor('timeline')) {
  test(`timeline: ${sizeName(size)} events, wheel zoom and drag`, async ({ bench }) => {
    const { page } = await bench.open(appQuery(size, bench.baseURL));
    const plot = timelinePlot(page);
    const wheel: number[] = [];
    const drag: number[] = [];
    const wheelGaps: number[] = [];
    const dragGaps: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // "0" on the timeline shows all dates: every round starts from the same view.
      await plot.focus();
      await page.keyboard.press('0');
      await page.evaluate(() => window.__bench.calm());
      const w = await framesDuring(plot, 'wheel', STEPS);
      const d = await framesDuring(plot, 'drag', STEPS);
      wheel.push(...w.perStep);
      drag.push(...d.perStep);
      wheelGaps.push(...w.frameGaps);
      dragGaps.push(...d.frameGaps);
    }
    const at = `timeline/${sizeName(size)}`;
    const ws = stats(wheel);
    const ds = stats(drag);
    const gaps = [...wheelGaps, ...dragGaps];
    console.log(
      `${sizeName(size)} events: wheel step median ${round(ws.median)} ms (p95 ${round(ws.p95)}); drag step median ${round(ds.median)} ms (p95 ${round(ds.p95)}); ${gaps.filter((g) => g > 50).length}/${gaps.length} frames over 50 ms`,
    );
    await bench.record([
      ...quantiles(at, 'wheel', wheel),
      ...quantiles(at, 'drag', drag),
      // The issue's own measure: the time between frames drawn during the gesture.
      ...quantiles(at, 'wheelFrame', wheelGaps),
      ...quantiles(at, 'dragFrame', dragGaps),
    ]);
  });
}
