import { pointer, select } from 'd3-selection';
import { brushX, type D3BrushEvent } from 'd3-brush';

export interface BrushHandle {
  /** Shows [x0, x1] (px) as the brush without emitting a user change. */
  sync(px: [number, number], width: number, height: number): void;
  destroy(): void;
}

export interface BrushCallbacks {
  /** Live while the user brushes. */
  change(px: [number, number]): void;
  /** The user finished: the pixel range, or null and where they clicked if they cleared it. */
  end(px: [number, number] | null, clickX: number | null): void;
}

/** d3-brush (x only) on an empty <g> that Svelte renders nothing into. */
export function attachBrush(g: SVGGElement, cb: BrushCallbacks): BrushHandle {
  let syncing = false;
  const behaviour = brushX<unknown>()
    .on('brush', (e: D3BrushEvent<unknown>) => {
      if (syncing || !e.sourceEvent || !e.selection) return;
      const [a, b] = e.selection as [number, number];
      cb.change([a, b]);
    })
    .on('end', (e: D3BrushEvent<unknown>) => {
      if (syncing || !e.sourceEvent) return;
      if (e.selection) cb.end(e.selection as [number, number], null);
      else {
        // A tap ends with a touchend, whose position is on its changed touch.
        const src = e.sourceEvent as MouseEvent | TouchEvent;
        const at = 'changedTouches' in src ? src.changedTouches[0] : src;
        const x = at ? pointer(at, g)[0] : NaN;
        cb.end(null, Number.isFinite(x) ? x : null);
      }
    });
  const selection = select(g);
  let size = '';
  return {
    sync(px, width, height) {
      const key = `${width}x${height}`;
      if (key !== size) {
        size = key;
        behaviour.extent([
          [0, 0],
          [width, height],
        ]);
        selection.call(behaviour);
      }
      // A window of a few hours over decades is thinner than a pixel: keep it grabbable.
      const lo = Math.max(0, Math.min(px[0], width - 3));
      const hi = Math.min(width, Math.max(px[1], lo + 3));
      syncing = true;
      try {
        selection.call(behaviour.move, [lo, hi]);
      } finally {
        syncing = false;
      }
    },
    destroy() {
      selection.on('.brush', null);
      selection.selectAll('*').remove();
    },
  };
}
