import type { Window } from '../model/window';

/** Movement (px) before a one-finger touch counts as a pan or a page scroll. */
const SLOP = 8;

/**
 * The window that keeps the times first under two fingers under them now: a
 * pinch zooms about the fingers and pans with them. `a`, `b` are the fingers'
 * x (px in the plot) at the start, `qa`, `qb` now; `start` the window then.
 */
export function pinchWindow(
  start: Window,
  width: number,
  [a, b]: readonly [number, number],
  [qa, qb]: readonly [number, number],
): Window | null {
  if (Math.abs(b - a) < 1 || Math.abs(qb - qa) < 1 || width <= 0) return null;
  const msPerPx = (start[1] - start[0]) / width;
  const ta = start[0] + a * msPerPx;
  const tb = start[0] + b * msPerPx;
  const k = (qb - qa) / (tb - ta);
  if (!(k > 0) || !Number.isFinite(k)) return null;
  const v0 = ta - qa / k;
  return [v0, v0 + width / k];
}

/** The window moved by a horizontal drag of dx px. */
export function panWindow(start: Window, width: number, dx: number): Window {
  const shift = (dx / width) * (start[1] - start[0]);
  return [start[0] - shift, start[1] - shift];
}

export interface TouchCallbacks {
  /** The plot's left edge (client px) and width: where fingers are measured from. */
  frame(): { left: number; width: number };
  view(): Window | null;
  change(w: Window): void;
  end(): void;
}

/**
 * Touch on the timeline without taking the page from the reader: a
 * one-finger swipe that starts vertical is left to the browser (it scrolls
 * the page; the element has `touch-action: pan-y`), a horizontal one pans the
 * window, two fingers pinch. Listeners are passive: nothing here ever
 * cancels a scroll. Returns the cleanup.
 */
export function attachTouchGestures(el: HTMLElement, cb: TouchCallbacks): () => void {
  type Gesture =
    | { kind: 'pending' | 'pan'; x: number; y: number; view: Window }
    | { kind: 'pinch'; ids: [number, number]; at: [number, number]; view: Window }
    | { kind: 'scroll' };
  let g: Gesture | null = null;

  const local = (t: Touch) => t.clientX - cb.frame().left;
  const find = (list: TouchList, id: number) => [...list].find((t) => t.identifier === id);

  function begin(e: TouchEvent) {
    const view = cb.view();
    if (!view) return;
    if (e.touches.length === 1) {
      const t = e.touches[0]!;
      g = { kind: 'pending', x: t.clientX, y: t.clientY, view };
    } else if (e.touches.length === 2) {
      if (g && g.kind !== 'scroll' && g.kind !== 'pending') cb.end();
      const [p, q] = [e.touches[0]!, e.touches[1]!];
      g = { kind: 'pinch', ids: [p.identifier, q.identifier], at: [local(p), local(q)], view };
    }
  }

  function move(e: TouchEvent) {
    if (!g || g.kind === 'scroll') return;
    const { width } = cb.frame();
    if (g.kind === 'pinch') {
      const p = find(e.touches, g.ids[0]);
      const q = find(e.touches, g.ids[1]);
      if (!p || !q) return;
      const w = pinchWindow(g.view, width, g.at, [local(p), local(q)]);
      if (w) cb.change(w);
      return;
    }
    const t = e.touches[0];
    if (!t) return;
    const dx = t.clientX - g.x;
    const dy = t.clientY - g.y;
    if (g.kind === 'pending') {
      if (Math.abs(dx) < SLOP && Math.abs(dy) < SLOP) return;
      if (Math.abs(dy) > Math.abs(dx)) {
        g = { kind: 'scroll' };
        return;
      }
      g = { ...g, kind: 'pan' };
    }
    cb.change(panWindow(g.view, width, dx));
  }

  function finish(e: TouchEvent) {
    if (!g) return;
    const moved = g.kind === 'pan' || g.kind === 'pinch';
    if (e.touches.length === 0) {
      g = null;
      if (moved) cb.end();
    } else if (g.kind === 'pinch' && e.touches.length === 1) {
      // One finger lifted: the other carries on as a pan from here.
      cb.end();
      const view = cb.view();
      const t = e.touches[0]!;
      g = view ? { kind: 'pan', x: t.clientX, y: t.clientY, view } : null;
    }
  }

  const opts = { passive: true };
  el.addEventListener('touchstart', begin, opts);
  el.addEventListener('touchmove', move, opts);
  el.addEventListener('touchend', finish, opts);
  el.addEventListener('touchcancel', finish, opts);
  return () => {
    el.removeEventListener('touchstart', begin);
    el.removeEventListener('touchmove', move);
    el.removeEventListener('touchend', finish);
    el.removeEventListener('touchcancel', finish);
  };
}
