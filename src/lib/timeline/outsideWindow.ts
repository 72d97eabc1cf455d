import type { CatalogEvent } from '../model/catalog';
import { dateColumns } from '../model/dateColumns';
import { lowerBound, upperBound } from '../model/lowerBound';
import type { Window } from '../model/window';

export interface OutsideWindow {
  earlier: number;
  later: number;
  /** The nearest event before / after the window: where the hint jumps. */
  lastEarlier: CatalogEvent | null;
  firstLater: CatalogEvent | null;
}

/**
 * Events (chronological) wholly before and after the window. Asked on every
 * frame of a zoom: binary searches and a pass over the list's date columns,
 * not over its events.
 */
export function outsideWindow(events: readonly CatalogEvent[], view: Window | null): OutsideWindow {
  const out: OutsideWindow = { earlier: 0, later: 0, lastEarlier: null, firstLater: null };
  if (!view) return out;
  const [v0, v1] = view;
  const { starts, ends, byStart } = dateColumns(events);
  if (!byStart || !(v0 < v1)) return scan(events, view);
  // Whatever ends by v0 starts by it too: only that prefix is looked at, as numbers.
  for (let i = upperBound(starts, v0) - 1; i >= 0; i--) {
    if (ends[i]! <= v0) {
      out.lastEarlier ??= events[i]!;
      out.earlier++;
    }
  }
  // Starting at or after v1 means ending after v0: none of these was counted as earlier.
  const first = lowerBound(starts, v1);
  out.later = events.length - first;
  out.firstLater = events[first] ?? null;
  return out;
}

/** The same by one pass, for a list not in order of start. */
function scan(events: readonly CatalogEvent[], [v0, v1]: Window): OutsideWindow {
  const out: OutsideWindow = { earlier: 0, later: 0, lastEarlier: null, firstLater: null };
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
