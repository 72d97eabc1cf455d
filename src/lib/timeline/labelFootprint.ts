import type { Window } from '../model/window';
import type { Footprint } from './lanes';
import { widthOfLength } from './layoutLabels';
import { pointRadius } from './markSize';

/** Room (px) a title needs beyond its own width: the mark's side and a gap. */
const PAD = 16;

/**
 * Footprints that include each event's title as drawn in the opening window
 * at `width` px: a point's title to its right (to its left near the right
 * edge), a period's inside and past its bar. Rows packed with them give every
 * title room at the zoom a reader first sees; they are computed once, so rows
 * still hold still while zooming.
 */
export function labelFootprint(opening: Window, width: number): Footprint {
  const msPerPx = (opening[1] - opening[0]) / width;
  return (e) => {
    const key = e.key;
    const start = Number.isFinite(e.date.start) ? e.date.start : opening[0];
    const end = Number.isFinite(e.date.end) ? e.date.end : opening[1];
    const label = (widthOfLength(e.titleLength, key) + PAD + pointRadius(key)) * msPerPx;
    if (e.date.isInterval) {
      const from = Math.max(start, opening[0]);
      if (from + label <= opening[1]) return [start, Math.max(end, from + label)];
      // Past the right edge the title ends on the bar's end instead (see placeLabels).
      return [Math.min(start, Math.min(end, opening[1]) - label), end];
    }
    const mid = (start + end) / 2;
    return mid + label <= opening[1] ? [start, mid + label] : [Math.min(start, mid - label), end];
  };
}
