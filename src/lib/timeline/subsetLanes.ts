import type { CatalogEvent } from '../model/catalog';
import type { LaneMode } from '../model/view';
import { byActivity, MAX_ROWS, subsetIndex, type Lane, type LaneItem } from './lanes';

/**
 * Below this many events a filtered list is better packed afresh (a few ms),
 * so a handful of results sit on the first rows; above it, keeping the rows of
 * the whole dataset (subsetLanes) costs a pass over its items, not a packing.
 */
export const REPACK_BELOW = 5000;

/**
 * The lanes of `events`, a subset of the dataset (chronological, as filters
 * leave it) whose lanes, packed once, are `all`: each lane keeps the items of
 * the subset at their rows, with emptied rows closed up. Lanes the filters
 * leave whole are the same objects, so nothing downstream redraws them for
 * nothing; in actor and group modes lanes are ordered by what is left in them.
 */
export function subsetLanes(
  all: readonly Lane[],
  events: readonly CatalogEvent[],
  mode: LaneMode,
): Lane[] {
  let size = 0;
  for (const e of events) size = Math.max(size, e.index + 1);
  const kept = new Uint8Array(size);
  for (const e of events) kept[e.index] = 1;
  const lanes: Lane[] = [];
  for (const l of all) {
    const ix = l.index.events;
    let n = 0;
    for (let k = 0; k < ix.length; k++) n += kept[ix[k]!] ?? 0;
    if (n === 0) continue;
    if (n === l.items.length) {
      lanes.push(l);
      continue;
    }
    lanes.push(narrowed(l, kept, n));
  }
  if (mode !== 'type') {
    lanes.sort((a, b) =>
      byActivity(a.key, a.label, a.items.length, b.key, b.label, b.items.length),
    );
  }
  return lanes;
}

/** Lane `l` with only its `n` items whose events are `kept`, emptied rows closed up. */
function narrowed(l: Lane, kept: Uint8Array, n: number): Lane {
  const ix = l.index.events;
  const used = new Array<boolean>(MAX_ROWS).fill(false);
  for (let k = 0; k < ix.length; k++) if (kept[ix[k]!] === 1) used[l.items[k]!.row] = true;
  const to: number[] = [];
  let rows = 0;
  for (let r = 0; r < MAX_ROWS; r++) if (used[r]) to[r] = rows++;
  const moved = to.some((t, r) => t !== r);
  const items = new Array<LaneItem>(n);
  // Each item of the lane's position among the kept ones, or -1.
  const at = new Int32Array(ix.length);
  for (let k = 0, j = 0; k < ix.length; k++) {
    if (kept[ix[k]!] !== 1) {
      at[k] = -1;
      continue;
    }
    const it = l.items[k]!;
    items[j] = moved ? { event: it.event, row: to[it.row]! } : it;
    at[k] = j++;
  }
  return {
    key: l.key,
    label: l.label,
    colour: l.colour,
    items,
    rows: Math.max(rows, 1),
    index: subsetIndex(l.index, items, at),
  };
}
