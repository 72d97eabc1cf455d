import type { CatalogEvent } from '../model/catalog';
import type { Window } from '../model/window';

export interface OutsideWindow {
  earlier: number;
  later: number;
  /** The nearest event before / after the window: where the hint jumps. */
  lastEarlier: CatalogEvent | null;
  firstLater: CatalogEvent | null;
}

/** Events (chronological) wholly before and after the window. */
export function outsideWindow(events: readonly CatalogEvent[], view: Window | null): OutsideWindow {
  const out: OutsideWindow = { earlier: 0, later: 0, lastEarlier: null, firstLater: null };
  if (!view) return out;
  const [v0, v1] = view;
  for (const e of events) {
    if (e.date.end <= v0) {
      out.earlier++;
      out.lastEarlier = e;
    } else if (e.date.start >= v1) {
      out.later++;
      out.firstLater ??= e;
    }
  }
  return out;
}
