import type { CatalogEvent } from '../model/catalog';
import { EVENT_TYPES } from '../model/eventTypes';
import { DAY_MS } from '../model/edtf';
import type { LaneMode } from '../state/appState.svelte';

export interface LaneItem {
  event: CatalogEvent;
  /** Row inside the lane, so events at the same time do not cover each other. */
  row: number;
}

export interface Lane {
  key: string;
  label: string;
  /** Colour of the lane's key (the type colour in type mode). */
  colour?: string;
  items: LaneItem[];
  rows: number;
}

/** Beyond this many rows a lane stacks the rest on its last row; they are aggregated there. */
export const MAX_ROWS = 4;
const NO_ACTOR = '(no actor)';

/**
 * Packs events (chronological) into rows: each goes on the first row that is
 * free at its time. Computed from time, not pixels, so rows stay put while
 * zooming. A point occupies its whole day.
 */
function packRows(events: CatalogEvent[]): LaneItem[] {
  const rowEnds: number[] = [];
  return events.map((event) => {
    const start = Number.isFinite(event.date.start) ? event.date.start : -Infinity;
    const end = Math.max(event.date.end, start + DAY_MS);
    let row = rowEnds.findIndex((e) => e <= start);
    if (row === -1) {
      row = rowEnds.length < MAX_ROWS ? rowEnds.length : MAX_ROWS - 1;
    }
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, end);
    return { event, row };
  });
}

function lane(key: string, label: string, events: CatalogEvent[], colour?: string): Lane {
  const items = packRows(events);
  const rows = items.reduce((m, it) => Math.max(m, it.row + 1), 1);
  return { key, label, colour, items, rows };
}

/**
 * Lanes by event type (in the fixed type order) or by actor (most active
 * first; an event with several actors appears in each of their lanes).
 */
export function buildLanes(events: CatalogEvent[], mode: LaneMode): Lane[] {
  if (mode === 'type') {
    const byType = new Map<string, CatalogEvent[]>();
    for (const e of events) {
      const list = byType.get(e.type.id) ?? [];
      list.push(e);
      byType.set(e.type.id, list);
    }
    const order = EVENT_TYPES.map((t) => t.id as string);
    return [...byType.entries()]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([, list]) => lane(list[0]!.type.id, list[0]!.type.label, list, list[0]!.type.colour));
  }
  const byActor = new Map<string, { label: string; events: CatalogEvent[] }>();
  for (const e of events) {
    const ids = e.actors.length === 0 ? [NO_ACTOR] : [...new Set(e.actors.map((a) => a.actor.id))];
    for (const id of ids) {
      const label =
        id === NO_ACTOR
          ? 'No actor named'
          : (e.actors.find((a) => a.actor.id === id)?.actor.name ?? id);
      const entry = byActor.get(id) ?? { label, events: [] };
      entry.events.push(e);
      byActor.set(id, entry);
    }
  }
  return [...byActor.entries()]
    .sort(([ka, a], [kb, b]) => {
      if (ka === NO_ACTOR) return 1;
      if (kb === NO_ACTOR) return -1;
      return b.events.length - a.events.length || a.label.localeCompare(b.label);
    })
    .map(([key, { label, events: list }]) => lane(key, label, list));
}
