import type { Page } from '@playwright/test';
import { EVENT_TYPES } from '../../src/lib/model/eventTypes';
import { test } from './fixtures';
import { appQuery } from './datasets';
import { quantiles, round, stats, type Figure } from './figures';
import { eventTimings, latency, resultsLatency, timed, timelinePlot } from './measure';
import { RUNS, sizeName, sizesFor } from './options';
import type { Interaction } from './probes';

/**
 * Typed one key at a time (narrowing from most events to about a tenth), then
 * cleared at once (select all, Backspace: every event comes back).
 */
const TERM = 'event 1';
/** The app's mark once a search has run on what was typed (it trails the letters by a frame). */
const SEARCHED = 'app:search-applied';
const TYPES = EVENT_TYPES.slice(0, 2).map((t) => t.label);
const ACTORS = ['Actor 0', 'Actor 1'];
/** Shift+→ presses (each moves the window a quarter), then as many Shift+←. */
const WINDOW_KEYS = 3;
const DRAGS = 2;
const DRAG_MOVES = 4;
const MOVE_PX = 40;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A checkbox by the start of its label (the label goes on with the count). */
const checkbox = (page: Page, label: string) =>
  page.getByRole('checkbox', { name: new RegExp(`^${escape(label)}\\b`) }).first();

/**
 * What readers do to narrow the events, each input timed from its timestamp
 * to the end of the next frame (own marks, see `timed`), one input at a time;
 * the Event Timing API's durations of the same inputs are kept beside them.
 */
for (const size of sizesFor('filters')) {
  test(`filters: ${sizeName(size)} events, search, types, actors, date window`, async ({
    bench,
  }) => {
    const { page } = await bench.open(appQuery(size, bench.baseURL));
    const plot = timelinePlot(page);
    const search = page.getByRole('searchbox', { name: /search/i }).first();
    const inputs: Record<string, Interaction[]> = {
      search: [],
      type: [],
      actor: [],
      windowKey: [],
      windowMove: [],
      windowDrop: [],
    };

    for (let run = 0; run < RUNS; run++) {
      await search.click();
      for (const ch of TERM) {
        inputs.search!.push(
          await timed(page, ['keydown'], () => page.keyboard.press(ch), ch, SEARCHED),
        );
      }
      await page.keyboard.press('ControlOrMeta+A');
      inputs.search!.push(
        await timed(
          page,
          ['keydown'],
          () => page.keyboard.press('Backspace'),
          'Backspace',
          SEARCHED,
        ),
      );

      for (const [kind, names] of [
        ['type', TYPES],
        ['actor', ACTORS],
      ] as const) {
        for (const name of names) {
          const box = checkbox(page, name);
          for (let i = 0; i < 2; i++) {
            inputs[kind]!.push(await timed(page, ['click'], () => box.click()));
          }
        }
      }

      await plot.focus();
      await page.keyboard.down('Shift');
      for (const key of ['ArrowRight', 'ArrowLeft']) {
        for (let i = 0; i < WINDOW_KEYS; i++) {
          inputs.windowKey!.push(
            await timed(page, ['keydown'], () => page.keyboard.press(key), key),
          );
        }
      }
      await page.keyboard.up('Shift');

      await plot.scrollIntoViewIfNeeded();
      const r = (await plot.boundingBox())!;
      const y = r.y + Math.min(80, r.height / 2);
      for (let d = 0; d < DRAGS; d++) {
        const dir = d % 2 === 0 ? 1 : -1;
        let x = r.x + r.width / 2 - (dir * DRAG_MOVES * MOVE_PX) / 2;
        await page.mouse.move(x, y);
        await page.mouse.down();
        for (let i = 0; i < DRAG_MOVES; i++) {
          x += dir * MOVE_PX;
          inputs.windowMove!.push(await timed(page, ['pointermove'], () => page.mouse.move(x, y)));
        }
        inputs.windowDrop!.push(await timed(page, ['pointerup'], () => page.mouse.up()));
      }
    }

    const at = `filters/${sizeName(size)}`;
    const figures: Figure[] = [];
    const lines: string[] = [];
    for (const [name, list] of Object.entries(inputs)) {
      const own = list.map(latency);
      figures.push(...quantiles(at, name, own));
      const s = stats(own);
      let line = `${name} p50 ${round(s.median)} / p95 ${round(s.p95)} ms (n ${s.n})`;
      // Event Timing has no entries for pointermove (a continuous event).
      if (name !== 'windowMove') {
        const et = await eventTimings(page, list);
        figures.push(...quantiles(at, `${name}.et`, et));
        line += `, Event Timing p50 ${stats(et).median} / p95 ${stats(et).p95}`;
      }
      lines.push(line);
    }
    // The search itself, which trails the letter's own paint: key to the results painted.
    const results = inputs.search!.map(resultsLatency);
    figures.push(...quantiles(at, 'searchResults', results));
    lines.push(
      `search results p50 ${round(stats(results).median)} / p95 ${round(stats(results).p95)} ms`,
    );
    console.log(`${sizeName(size)} events:\n  ${lines.join('\n  ')}`);
    await bench.record(figures);
  });
}
