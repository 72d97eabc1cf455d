import type { Page } from '@playwright/test';

export interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s.at(-1) ?? NaN };
}

export const round = (x: number) => Math.round(x * 10) / 10;

/**
 * Dispatches `steps` events built by `make(i)` at the element matched by
 * `selector`, one per frame, and measures in the page how long each takes from
 * dispatch to the end of the next frame (handler + Svelte update + paint
 * work). Also counts long frames (over 50 ms) seen by a rAF loop meanwhile.
 */
export async function framesDuring(
  page: Page,
  selector: string,
  kind: 'wheel' | 'drag',
  steps: number,
): Promise<{ perStep: number[]; frameGaps: number[] }> {
  return page.evaluate(
    async ({ selector, kind, steps }) => {
      const el = document.querySelector(selector) as HTMLElement;
      const r = el.getBoundingClientRect();
      const cx = r.left + r.width / 2;
      const cy = r.top + Math.min(80, r.height / 2);
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
    { selector, kind, steps },
  );
}
