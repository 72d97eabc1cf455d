import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { scaleLinear } from 'd3-scale';
import { MAX_SPAN_FACTOR, MIN_SPAN, type Window } from '../model/window';

export interface ZoomHandle {
  /** Moves the zoom state to show `w` without emitting a user change. */
  sync(w: Window, extent: Window, width: number): void;
  destroy(): void;
}

export interface ZoomCallbacks {
  /** Live, during a user gesture. */
  change(w: Window): void;
  /** The gesture ended. */
  end(): void;
  /**
   * Whether a plain wheel (no Ctrl/⌘) zooms. In an embed it does not: the
   * wheel scrolls the host article, and `wheelRefused` is told instead.
   */
  wheelZooms?(): boolean;
  wheelRefused?(): void;
}

/**
 * d3-zoom on an element, restricted to time (x): wheel zooms about the
 * pointer, drag pans, double-click zooms in. Touch is left to
 * touchGestures.ts, which lets vertical swipes scroll the page. The transform
 * is relative to a reference scale over the whole extent, so a window
 * converts to a transform and back; its limits match `windowLimits`.
 */
export function attachZoom(el: Element, cb: ZoomCallbacks): ZoomHandle {
  let ref = scaleLinear().domain([0, 1]).range([0, 1]);
  let syncing = false;
  const behaviour = zoom<Element, unknown>()
    .clickDistance(4)
    .filter((event: Event) => {
      if (event.type.startsWith('touch')) return false;
      if (event.type === 'wheel') {
        const w = event as WheelEvent;
        return w.ctrlKey || w.metaKey || (cb.wheelZooms?.() ?? true);
      }
      const m = event as MouseEvent;
      return !m.ctrlKey && !m.button;
    })
    .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
      if (syncing || !event.sourceEvent) return;
      const d = event.transform.rescaleX(ref).domain();
      cb.change([d[0]!, d[1]!]);
    })
    .on('end', (event: D3ZoomEvent<Element, unknown>) => {
      if (!syncing && event.sourceEvent) cb.end();
    });
  const selection = select(el);
  selection.call(behaviour);
  const onWheel = (e: Event) => {
    const w = e as WheelEvent;
    if (!w.ctrlKey && !w.metaKey && cb.wheelZooms && !cb.wheelZooms()) cb.wheelRefused?.();
  };
  el.addEventListener('wheel', onWheel, { passive: true });

  function transformFor(w: Window, extent: Window): ZoomTransform {
    const k = (extent[1] - extent[0]) / (w[1] - w[0]);
    return zoomIdentity.translate(-k * ref(w[0]), 0).scale(k);
  }

  return {
    sync(w, extent, width) {
      ref = scaleLinear().domain([extent[0], extent[1]]).range([0, width]);
      const span = extent[1] - extent[0];
      const reach = (MAX_SPAN_FACTOR - 1) / 2;
      behaviour
        .scaleExtent([1 / MAX_SPAN_FACTOR, Math.max(1, span / MIN_SPAN)])
        .translateExtent([
          [-width * reach, -Infinity],
          [width * (1 + reach), Infinity],
        ])
        .extent([
          [0, 0],
          [width, 1],
        ]);
      const t = transformFor(w, extent);
      const now = zoomTransform(el);
      if (Math.abs(now.k - t.k) < 1e-9 * t.k && Math.abs(now.x - t.x) < 0.01) return;
      syncing = true;
      try {
        selection.call(behaviour.transform, t);
      } finally {
        syncing = false;
      }
    },
    destroy() {
      selection.on('.zoom', null);
      el.removeEventListener('wheel', onWheel);
    },
  };
}
