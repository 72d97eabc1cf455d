import type { CatalogEvent } from '../model/catalog';
import { haystackOf } from '../model/haystack';

/** Events folded between two looks at the idle deadline. */
const SLICE = 500;

type Idle = (fn: (deadline?: IdleDeadline) => void) => number;

/**
 * Folds every event's search text while the page is idle, as much as each
 * idle period allows (a slice when the browser gives no deadline), so that
 * the first letter a reader types does not wait for 100,000 texts, and then
 * joins them into the haystack a search runs through. Returns a
 * function that stops it.
 */
export function warmSearch(events: readonly CatalogEvent[]): () => void {
  const idle: Idle =
    typeof requestIdleCallback === 'function'
      ? (fn) => requestIdleCallback(fn, { timeout: 2_000 })
      : (fn) => setTimeout(fn, 50) as unknown as number;
  const cancel =
    typeof cancelIdleCallback === 'function'
      ? (id: number) => cancelIdleCallback(id)
      : (id: number) => clearTimeout(id);
  let at = 0;
  let pending = 0;
  const step = (deadline?: IdleDeadline) => {
    do {
      const end = Math.min(events.length, at + SLICE);
      for (; at < end; at++) void events[at]!.searchText;
    } while (at < events.length && deadline !== undefined && deadline.timeRemaining() > 2);
    if (at < events.length) pending = idle(step);
    // Then, in an idle period of its own, the texts joined for searching (see haystackOf).
    else pending = idle(() => void haystackOf(events));
  };
  pending = idle(step);
  return () => cancel(pending);
}
