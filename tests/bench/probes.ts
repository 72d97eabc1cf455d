/**
 * Instruments installed in the page before the app's own scripts run
 * (`page.addInitScript(installProbes)`): long tasks, Event Timing entries,
 * the `app:ready` mark, and timers for "input to the next painted frame" and
 * "input until the map settles". The function is serialised into the page,
 * so it must not use anything from outside its own body.
 */

/** One input, timed in the page: from its timestamp to the end of the next frame. */
export interface Interaction {
  type: string;
  /** The event's own timestamp (when the input happened, before any queueing). */
  t0: number;
  /** After the first frame that followed the event's handlers. */
  t1: number;
  /** With a mark asked for: after the first frame that followed that mark (the results). */
  t2?: number;
}

/** One map gesture: from its first input until the map stopped changing. */
export interface Settle {
  /** Input to the frame after the last change to the map's DOM; NaN if nothing changed. */
  settleMs: number;
  /** Frame durations (between animation frames) from the input to then. */
  frames: number[];
}

export interface EventTimingEntry {
  name: string;
  start: number;
  duration: number;
  interactionId: number;
}

export interface BenchProbes {
  longTasks: { start: number; duration: number }[];
  events: EventTimingEntry[];
  /** Resolves with the `app:ready` mark's time (ms since navigation). */
  ready: Promise<number>;
  /**
   * Times the next trusted input of one of `types` (listening on window,
   * capture phase); with `key`, only a keyboard event for that key (so the
   * Shift of Shift+ArrowRight is not taken for the arrow). With `mark`, also
   * times until the frame after the app's next performance mark of that name
   * (work the app does after the input has painted, such as a search).
   */
  arm(types: string[], key?: string, mark?: string): void;
  /** The armed input's timing; rejects if it has not happened within `timeoutMs`. */
  measured(timeoutMs?: number): Promise<Interaction>;
  /**
   * Resolves once two frames in a row come within 25 ms of each other (the
   * main thread has nothing left to do for now), or after `timeoutMs`.
   */
  calm(timeoutMs?: number): Promise<void>;
  /**
   * Starts timing a gesture on the element matched by `selector`; changes
   * inside elements matching `ignore` (say, map tiles fading in) do not count.
   */
  watch(selector: string, inputs: string[], ignore?: string): void;
  /** Resolves once the watched element's DOM has not changed for `quietMs`. */
  settled(quietMs: number, timeoutMs?: number): Promise<Settle>;
}

declare global {
  interface Window {
    __bench: BenchProbes;
  }
}

export function installProbes(): void {
  const longTasks: BenchProbes['longTasks'] = [];
  const events: EventTimingEntry[] = [];
  const observe = (
    init: PerformanceObserverInit,
    cb: (list: PerformanceObserverEntryList) => void,
  ) => {
    try {
      new PerformanceObserver(cb).observe(init);
    } catch {
      // An entry type this browser lacks: its figures stay empty, the rest still works.
    }
  };
  observe({ type: 'longtask', buffered: true }, (l) => {
    for (const e of l.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  });
  observe(
    { type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit,
    (l) => {
      // interactionId is newer than TypeScript's DOM types.
      for (const e of l.getEntries() as (PerformanceEventTiming & { interactionId: number })[]) {
        events.push({
          name: e.name,
          start: e.startTime,
          duration: e.duration,
          interactionId: e.interactionId,
        });
      }
    },
  );
  const ready = new Promise<number>((resolve) => {
    const check = () => {
      const m = performance.getEntriesByName('app:ready')[0];
      if (m) resolve(m.startTime);
      return Boolean(m);
    };
    const obs = new PerformanceObserver(() => {
      if (check()) obs.disconnect();
    });
    obs.observe({ type: 'mark', buffered: true });
  });

  /** After the next frame has run (rAF), a message: the frame's rendering is done. */
  const afterNextFrame = (then: () => void) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => then();
      ch.port2.postMessage(null);
    });

  let pending: Promise<Interaction> | null = null;
  let gesture: { stop(): Settle; last(): number; t0(): number } | null = null;

  window.__bench = {
    longTasks,
    events,
    ready,
    arm(types, key, mark) {
      pending = new Promise((resolve) => {
        const on = (e: Event) => {
          if (!e.isTrusted) return;
          if (key !== undefined && (e as KeyboardEvent).key !== key) return;
          for (const t of types) removeEventListener(t, on, true);
          const t0 = e.timeStamp;
          const echo = new Promise<number>((res) => afterNextFrame(() => res(performance.now())));
          const results = !mark
            ? Promise.resolve(undefined)
            : new Promise<number>((res) => {
                const obs = new PerformanceObserver((list) => {
                  if (list.getEntriesByName(mark).some((m) => m.startTime >= t0)) {
                    obs.disconnect();
                    afterNextFrame(() => res(performance.now()));
                  }
                });
                obs.observe({ type: 'mark' });
              });
          void Promise.all([echo, results]).then(([t1, t2]) =>
            resolve({ type: e.type, t0, t1, t2 }),
          );
        };
        for (const t of types) addEventListener(t, on, true);
      });
    },
    measured(timeoutMs = 30_000) {
      const p = pending;
      pending = null;
      if (!p) return Promise.reject(new Error('measured() without arm()'));
      return Promise.race([
        p,
        new Promise<Interaction>((_, reject) =>
          setTimeout(() => reject(new Error(`no armed input within ${timeoutMs} ms`)), timeoutMs),
        ),
      ]);
    },
    calm(timeoutMs = 5_000) {
      const start = performance.now();
      return new Promise((resolve) => {
        let prev = NaN;
        let quick = 0;
        const tick = (t: number) => {
          quick = t - prev < 25 ? quick + 1 : 0;
          prev = t;
          if (quick >= 2 || t - start > timeoutMs) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
    watch(selector, inputs, ignore) {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`nothing matches ${selector}`);
      let t0 = NaN;
      let lastChange = NaN;
      const ticks: number[] = [];
      let running = true;
      const on = (e: Event) => {
        if (e.isTrusted && Number.isNaN(t0)) t0 = e.timeStamp;
      };
      for (const t of inputs) el.addEventListener(t, on, true);
      const mo = new MutationObserver((records) => {
        const counts = (r: MutationRecord) => {
          const node = r.target instanceof Element ? r.target : r.target.parentElement;
          return !ignore || !node?.closest(ignore);
        };
        if (records.some(counts)) lastChange = performance.now();
      });
      mo.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
      const loop = (t: number) => {
        ticks.push(t);
        if (running) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
      gesture = {
        t0: () => t0,
        last: () => lastChange,
        stop() {
          running = false;
          mo.disconnect();
          for (const t of inputs) el.removeEventListener(t, on, true);
          if (Number.isNaN(t0) || !(lastChange >= t0)) return { settleMs: NaN, frames: [] };
          // The frame after the last change has started: the change was painted.
          const end = ticks.find((t) => t > lastChange) ?? lastChange;
          const frames: number[] = [];
          for (let i = 1; i < ticks.length; i++) {
            if (ticks[i]! > t0 && ticks[i - 1]! < end) frames.push(ticks[i]! - ticks[i - 1]!);
          }
          return { settleMs: end - t0, frames };
        },
      };
    },
    settled(quietMs, timeoutMs = 30_000) {
      const g = gesture;
      gesture = null;
      if (!g) return Promise.reject(new Error('settled() without watch()'));
      const started = performance.now();
      return new Promise((resolve, reject) => {
        const check = () => {
          const now = performance.now();
          // Quiet since the input, or since the last change it caused.
          const since = Number.isNaN(g.last()) ? g.t0() : Math.max(g.t0(), g.last());
          if (!Number.isNaN(since) && now - since >= quietMs) {
            // One more frame so the tick after the last change is recorded.
            requestAnimationFrame(() => resolve(g.stop()));
          } else if (now - started > timeoutMs) {
            g.stop();
            reject(new Error(`the map did not settle within ${timeoutMs} ms`));
          } else setTimeout(check, 50);
        };
        check();
      });
    },
  };
}
