import { heightMessage, MAX_HEIGHT, MIN_HEIGHT, pymHeightMessage } from './heightMessage';

export interface ReportOptions {
  /** Echoed in every message (`id=` in the embed's link). */
  id: string;
  /** pym.js's `childId` parameter: when present, pym.js messages are sent too. */
  childId: string | null;
  /** The host asked for the embed's URL (`report=url`); sent only to a known origin. */
  reportUrl: boolean;
  /** The host page's origin, or null when unknown. */
  targetOrigin: string | null;
  /** Changes smaller than this (px) are not worth a message. */
  threshold?: number;
  /** Quiet time (ms) after the last change before reporting, and the least time between messages. */
  delay?: number;
}

export interface HeightReporter {
  /** Something may have changed (the view, the URL): report once it settles. */
  update(): void;
  stop(): void;
}

/**
 * Inside an iframe, tells the host page how tall the app is, once the caller
 * says the data is on screen (never the loading page's height) and again when
 * it changes by `threshold` px or more, at most one message per `delay` ms.
 * Nothing in the app's size depends on the frame's height, so the host's
 * resizing converges. Does nothing when the app is the top page.
 */
export function reportHeight(win: Window, opts: ReportOptions): HeightReporter {
  if (win.parent === win) return { update() {}, stop() {} };
  const threshold = opts.threshold ?? 4;
  const delay = opts.delay ?? 200;
  let lastHeight = -Infinity;
  let lastHref = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = -Infinity;
  const body = win.document.body;
  const target = opts.targetOrigin ?? '*';

  const send = () => {
    timer = undefined;
    const height = Math.min(
      MAX_HEIGHT,
      Math.max(MIN_HEIGHT, Math.ceil(body.getBoundingClientRect().height)),
    );
    const href = opts.reportUrl && opts.targetOrigin ? win.location.href : undefined;
    const moved = Math.abs(height - lastHeight) >= threshold;
    if (!moved && (href === undefined || href === lastHref)) return;
    lastHeight = height;
    if (href !== undefined) lastHref = href;
    lastSent = Date.now();
    win.parent.postMessage(heightMessage(opts.id, height, href), target);
    if (opts.childId !== null)
      win.parent.postMessage(pymHeightMessage(opts.childId, height), target);
  };
  const schedule = () => {
    clearTimeout(timer);
    const wait = Math.max(delay, lastSent + delay - Date.now());
    timer = setTimeout(send, wait);
  };
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
  observer?.observe(body);
  schedule();
  return {
    update: schedule,
    stop: () => {
      clearTimeout(timer);
      observer?.disconnect();
    },
  };
}
