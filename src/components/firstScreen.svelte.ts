import { flushSync, getContext, setContext } from 'svelte';

/**
 * Which parts of the page the first frame draws. A part wrapped in `<OnFirstScreen>` holds
 * an empty place until the first frame is laid out: drawn then if that place is on screen,
 * else after the ready mark is taken (README "app:ready"), so a reader waits only for what
 * is on their screen.
 */
export class FirstScreen {
  /** Every part is drawn at once: once the held ones are drawn, or from the start. */
  all = $state(false);
  // Read only when a frame is drawn, never by a view: nothing needs to react to it.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #held = new Map<HTMLElement, () => void>();

  constructor(all: boolean) {
    this.all = all;
  }

  /** A part's empty place; `show` draws the part. Returns the release. */
  hold(place: HTMLElement, show: () => void): () => void {
    this.#held.set(place, show);
    return () => this.#held.delete(place);
  }

  /**
   * Draws, in page order, each held part whose place is on screen. Call in the first
   * frame's callbacks: the layout it reads is the one that frame needs anyway.
   */
  drawOnScreen(): void {
    // One drawn part may move the next, or hold parts of its own: each is measured after
    // the one above it is drawn.
    for (;;) {
      const next = this.#inPageOrder().find((place) => place.isConnected && onScreen(place));
      if (!next) return;
      this.#show(next);
      flushSync();
    }
  }

  /**
   * Draws the parts still held, one a task in page order, from the task after this one (so
   * after the frame being drawn is painted), then every part at once. A big dataset's
   * filters and list each take a while to draw: the page answers between them.
   */
  drawRest(): void {
    const step = () => {
      const next = this.#inPageOrder()[0];
      if (next) {
        this.#show(next);
        setTimeout(step, 0);
      } else this.all = true;
    };
    setTimeout(step, 0);
  }

  #inPageOrder(): HTMLElement[] {
    return [...this.#held.keys()].sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
  }

  #show(place: HTMLElement): void {
    const show = this.#held.get(place)!;
    this.#held.delete(place);
    show();
  }
}

function onScreen(el: HTMLElement): boolean {
  const rects = el.getClientRects();
  if (rects.length === 0) return false; // not rendered: in a folded <details>, say
  const r = el.getBoundingClientRect();
  return r.top < innerHeight && r.bottom >= 0;
}

const KEY = Symbol('first-screen');

export function setFirstScreen(screen: FirstScreen): FirstScreen {
  return setContext(KEY, screen);
}

/** Outside an app that sets one, every part is drawn at once. */
export function getFirstScreen(): FirstScreen | undefined {
  return getContext<FirstScreen | undefined>(KEY);
}
