import type { Locator, Page } from '@playwright/test';
import type { EventTimingEntry, Interaction, Settle } from './probes';

/** The timeline's plot, found by its role (the layout around it may change). */
export const timelinePlot = (page: Page) =>
  page.getByRole('application', { name: /timeline/i }).first();

/**
 * Dispatches `steps` wheel or drag events at the middle of the timeline plot,
 * one per frame, and measures in the page how long each takes from dispatch
 * to the end of the next frame (handler + Svelte update + paint work). Also
 * collects the gaps between frames seen by a rAF loop meanwhile. Synthetic
 * events, so each step starts exactly at a frame and steps never queue.
 */
export async function framesDuring(
  plot: Locator,
  kind: 'wheel' | 'drag',
  steps: number,
): Promise<{ perStep: number[]; frameGaps: number[] }> {
  await plot.scrollIntoViewIfNeeded();
  return plot.evaluate(
    async (plotEl, { kind, steps }) => {
      const r = plotEl.getBoundingClientRect();
      const cx = r.left + r.width / 2;
      const cy = r.top + Math.min(80, r.height / 2);
      // The element the pointer would hit there: the zoom behaviour listens on an ancestor.
      const el = document.elementFromPoint(cx, cy);
      if (!el || !plotEl.contains(el)) throw new Error('nothing of the timeline at its middle');
      const frame = () => new Promise<number>((res) => requestAnimationFrame(res));
      const gaps: number[] = [];
      let running = true;
      let last = performance.now();
      void (async () => {
        while (running) {
          const t = await frame();
          gaps.push(t - last);
          last = t;
        }
      })();
      const perStep: number[] = [];
      if (kind === 'drag') {
        el.dispatchEvent(
          new MouseEvent('mousedown', {
            bubbles: true,
            clientX: cx,
            clientY: cy,
            view: window,
            button: 0,
          }),
        );
      }
      for (let i = 0; i < steps; i++) {
        await frame();
        const t0 = performance.now();
        if (kind === 'wheel') {
          const deltaY = i < steps / 2 ? -120 : 120;
          el.dispatchEvent(
            new WheelEvent('wheel', {
              bubbles: true,
              cancelable: true,
              clientX: cx,
              clientY: cy,
              deltaY,
            }),
          );
        } else {
          const x = cx + Math.sin(i / 6) * r.width * 0.3;
          window.dispatchEvent(
            new MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: cy, view: window }),
          );
        }
        await frame();
        perStep.push(performance.now() - t0);
      }
      if (kind === 'drag') {
        window.dispatchEvent(
          new MouseEvent('mouseup', { bubbles: true, clientX: cx, clientY: cy, view: window }),
        );
      }
      running = false;
      await frame();
      return { perStep, frameGaps: gaps.slice(1) };
    },
    { kind, steps },
  );
}

/**
 * Times one real input (sent by `act` through Playwright, so the browser
 * sees it as trusted): from the timestamp of the first event of `types` to
 * the end of the next frame after it. Then waits for the page to calm down,
 * so inputs are measured one at a time and never queue behind each other.
 */
export async function timed(
  page: Page,
  types: string[],
  act: () => Promise<void>,
  key?: string,
  mark?: string,
): Promise<Interaction> {
  await page.evaluate(({ types, key, mark }) => window.__bench.arm(types, key, mark), {
    types,
    key,
    mark,
  });
  await act();
  const result = await page.evaluate(() => window.__bench.measured());
  await page.evaluate(() => window.__bench.calm());
  return result;
}

export const latency = (i: Interaction) => i.t1 - i.t0;
/** Input to the frame after the results it asked for (see `timed`'s mark). */
export const resultsLatency = (i: Interaction) => (i.t2 ?? NaN) - i.t0;

/**
 * The Event Timing API's view of the same inputs: for each, the longest
 * `duration` (input to next paint, 8 ms granularity) among the entries of its
 * interaction. The browser reports only entries of 16 ms or more; an input
 * without one counts as 16 ms, an upper bound.
 */
export async function eventTimings(page: Page, inputs: Interaction[]): Promise<number[]> {
  // Entries are delivered after their frame is presented: give the last ones time to arrive.
  await page.waitForTimeout(500);
  const entries: EventTimingEntry[] = await page.evaluate(() => window.__bench.events);
  return inputs.map((i) => {
    const own = entries.find((e) => e.name === i.type && Math.abs(e.start - i.t0) < 1);
    if (!own) return 16;
    const group =
      own.interactionId > 0 ? entries.filter((e) => e.interactionId === own.interactionId) : [own];
    return Math.max(...group.map((e) => e.duration));
  });
}

/**
 * Times one map gesture performed by `act` on `selector`: from its first
 * input until its DOM, but for what matches `ignore`, has stopped changing
 * for `quietMs` (what a reader waits for: the zoom animation, the markers in
 * their new places), and the frames drawn meanwhile.
 */
export async function gesture(
  page: Page,
  selector: string,
  inputs: string[],
  act: () => Promise<void>,
  ignore?: string,
  quietMs = 400,
): Promise<Settle> {
  await page.evaluate(
    ({ selector, inputs, ignore }) => window.__bench.watch(selector, inputs, ignore),
    { selector, inputs, ignore },
  );
  await act();
  return page.evaluate((q) => window.__bench.settled(q), quietMs);
}
