/** The message an embedded app sends its host page: `{ type, height, href }`. */
export const HEIGHT_MESSAGE = 'eventmap:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** CSS pixels the iframe needs to show the app without a scrollbar. */
  height: number;
  /** The app's current URL, which holds its whole view state. */
  href: string;
}

export interface HeightReporter {
  /** Sends again if the height or the URL changed since the last message. */
  update(): void;
  stop(): void;
}

/**
 * Inside an iframe, tells the host page how tall the app is and where it is
 * (its URL) whenever either changes, so the host can size the iframe and keep
 * the view (see README "Embedding"). Does nothing when the app is the top page.
 */
export function reportHeight(win: Window = window): HeightReporter {
  if (win.parent === win) return { update() {}, stop() {} };
  let lastHeight = -1;
  let lastHref = '';
  const body = win.document.body;
  const send = () => {
    const height = Math.ceil(body.getBoundingClientRect().height);
    if (height === lastHeight && win.location.href === lastHref) return;
    lastHeight = height;
    lastHref = win.location.href;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height, href: win.location.href };
    // The host chose to embed us; the message holds only our size and our own URL.
    win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(body);
  send();
  return { update: send, stop: () => observer.disconnect() };
}
