import type { CatalogEvent } from './catalog';
import { dateColumns } from './dateColumns';
import { foldText } from './foldText';
import { haystackOf, keepHolding } from './haystack';
import { isPinned } from './pinned';

/** What the reader narrowed the events to, as the index reads it. */
export interface FilterQuery {
  /** Type ids; empty means any. */
  types: readonly string[];
  /** Actor ids; with groups, one facet, "who": an actor ticked or in a ticked group passes. */
  actors: readonly string[];
  /** Actor group ids. */
  groups: readonly string[];
  text: string;
  onlyMapped: boolean;
  /** Floating ms, [start, end): events overlapping it pass; null for no date filter. */
  range: readonly [number, number] | null;
}

/** Per value of a facet, how many events ticking it would show (the other facets applied). */
export interface FacetCounts {
  types: Map<string, number>;
  actors: Map<string, number>;
  groups: Map<string, number>;
}

/** Each event's values of a many-valued facet, as ranges of one flat list of value numbers. */
interface Lists {
  ids: string[];
  /** Event i's values are list[start[i] .. start[i + 1]), each once. */
  start: Uint32Array;
  list: Uint32Array;
}

/** Builds a Lists an event at a time: `begin(i)`, then `add` each of its values. */
class ListsBuilder {
  private readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly start: Uint32Array;
  private list: Uint32Array;
  private n = 0;
  private from = 0;

  constructor(events: number) {
    this.start = new Uint32Array(events + 1);
    this.list = new Uint32Array(Math.max(16, events));
  }

  begin(i: number): void {
    this.start[i] = this.from = this.n;
  }

  add(id: string): void {
    let v = this.index.get(id);
    if (v === undefined) this.index.set(id, (v = this.ids.push(id) - 1));
    for (let k = this.from; k < this.n; k++) if (this.list[k] === v) return;
    if (this.n === this.list.length) {
      const grown = new Uint32Array(this.list.length * 2);
      grown.set(this.list);
      this.list = grown;
    }
    this.list[this.n++] = v;
  }

  finish(): Lists {
    this.start[this.start.length - 1] = this.n;
    return { ids: this.ids, start: this.start, list: this.list.slice(0, this.n) };
  }
}

/**
 * The events in columns (typed arrays) so that a filter change is a tight
 * loop over numbers, not a walk over objects: one pass gives the events that
 * pass and both facets' counts. Text matches are cached and, as a reader types
 * on, only the events that matched the shorter text are searched again.
 */
export class FilterIndex {
  readonly size: number;
  private readonly typeIds: string[] = [];
  private readonly typeOf: Uint16Array;
  private readonly actors: Lists;
  private readonly groups: Lists;
  private readonly start: Float64Array;
  private readonly end: Float64Array;
  private readonly mapped: Uint8Array;
  private text: { folded: string; pass: Uint8Array; count: number } | null = null;

  constructor(private readonly events: readonly CatalogEvent[]) {
    const n = events.length;
    this.size = n;
    const typeIndex = new Map<string, number>();
    this.typeOf = new Uint16Array(n);
    // Shared with the list's date columns (the catalog hands them over as it orders its events).
    const { starts, ends } = dateColumns(events);
    this.start = starts;
    this.end = ends;
    this.mapped = new Uint8Array(n);
    // One pass: at 100,000 events, reading each event is most of the cost.
    const actors = new ListsBuilder(n);
    const groups = new ListsBuilder(n);
    for (let i = 0; i < n; i++) {
      const e = events[i]!;
      let t = typeIndex.get(e.type.id);
      if (t === undefined) typeIndex.set(e.type.id, (t = this.typeIds.push(e.type.id) - 1));
      this.typeOf[i] = t;
      this.mapped[i] = isPinned(e.place) ? 1 : 0;
      actors.begin(i);
      for (const a of e.actors) actors.add(a.actor.id);
      groups.begin(i);
      for (const g of e.groups) groups.add(g.id);
    }
    this.actors = actors.finish();
    this.groups = groups.finish();
  }

  /** The dates of the events at `indexes`, as columns (see seedDateColumns). */
  datesOf(indexes: Uint32Array): { starts: Float64Array; ends: Float64Array } {
    const starts = new Float64Array(indexes.length);
    const ends = new Float64Array(indexes.length);
    for (let k = 0; k < indexes.length; k++) {
      starts[k] = this.start[indexes[k]!]!;
      ends[k] = this.end[indexes[k]!]!;
    }
    return { starts, ends };
  }

  /** 1 for each event whose text has every word of `text`, 0 otherwise; null when no text. */
  private textPass(text: string): Uint8Array | null {
    const folded = foldText(text).trim().replace(/\s+/g, ' ');
    if (folded === '') return null;
    const prev = this.text;
    if (prev && prev.folded === folded) return prev.pass;
    const words = folded.split(' ');
    // Typing on only narrows: what did not match before cannot match now, and words that were
    // there whole before need no second look ("event" → "event 1" looks for "1" only).
    const narrowing = prev !== null && folded.startsWith(prev.folded);
    const before = narrowing ? prev.folded.split(' ') : [];
    const check = words.filter((w, i) => w !== before[i]);
    const pass = narrowing ? prev.pass.slice() : new Uint8Array(this.size).fill(1);
    let count = narrowing ? prev.count : this.size;
    for (const w of check) {
      if (count < this.size / 16) {
        // Few left: ask each of them.
        for (let i = 0; i < this.size; i++) {
          if (pass[i] === 1 && !this.events[i]!.searchText.includes(w)) pass[i] = 0;
        }
      } else keepHolding(haystackOf(this.events), w, pass);
      count = 0;
      for (let i = 0; i < this.size; i++) count += pass[i]!;
    }
    this.text = { folded, pass, count };
    return pass;
  }

  private mask(ids: readonly string[], all: string[]): Uint8Array | null {
    if (ids.length === 0) return null;
    const wanted = new Set(ids);
    return Uint8Array.from(all, (id) => (wanted.has(id) ? 1 : 0));
  }

  /**
   * The events passing every filter of `q`, as indexes into the events given
   * (in their order), and, when asked, the facet counts.
   */
  run(q: FilterQuery, withCounts = false): { indexes: Uint32Array; counts: FacetCounts | null } {
    const types = this.mask(q.types, this.typeIds);
    const who = q.actors.length > 0 || q.groups.length > 0;
    const actorMask = who ? this.mask(q.actors, this.actors.ids) : null;
    const groupMask = who ? this.mask(q.groups, this.groups.ids) : null;
    const text = this.textPass(q.text);
    const range = q.range;
    const typeCounts = withCounts ? new Uint32Array(this.typeIds.length) : null;
    const actorCounts = withCounts ? new Uint32Array(this.actors.ids.length) : null;
    const groupCounts = withCounts ? new Uint32Array(this.groups.ids.length) : null;
    const out = new Uint32Array(this.size);
    let count = 0;
    const { typeOf, start, end, mapped } = this;
    const A = this.actors;
    const G = this.groups;
    for (let i = 0; i < this.size; i++) {
      if (text !== null && text[i] === 0) continue;
      if (q.onlyMapped && mapped[i] === 0) continue;
      if (range !== null && !(start[i]! < range[1] && end[i]! > range[0])) continue;
      const typeOk = types === null || types[typeOf[i]!] === 1;
      const a0 = A.start[i]!;
      const a1 = A.start[i + 1]!;
      const g0 = G.start[i]!;
      const g1 = G.start[i + 1]!;
      let whoOk = !who;
      for (let k = a0; !whoOk && actorMask && k < a1; k++) whoOk = actorMask[A.list[k]!] === 1;
      for (let k = g0; !whoOk && groupMask && k < g1; k++) whoOk = groupMask[G.list[k]!] === 1;
      if (typeCounts && whoOk) typeCounts[typeOf[i]!]!++;
      if (actorCounts && groupCounts && typeOk) {
        for (let k = a0; k < a1; k++) actorCounts[A.list[k]!]!++;
        for (let k = g0; k < g1; k++) groupCounts[G.list[k]!]!++;
      }
      if (typeOk && whoOk) out[count++] = i;
    }
    const map = (ids: string[], n: Uint32Array) => new Map(ids.map((id, v) => [id, n[v]!]));
    const counts = withCounts
      ? {
          types: map(this.typeIds, typeCounts!),
          actors: map(this.actors.ids, actorCounts!),
          groups: map(this.groups.ids, groupCounts!),
        }
      : null;
    return { indexes: out.slice(0, count), counts };
  }
}

/** One index per list of events: built ahead (in a task of its own) or on first use. */
const built = new WeakMap<readonly CatalogEvent[], FilterIndex>();

/** The filter index of `events`, built once per list. */
export function filterIndexOf(events: readonly CatalogEvent[]): FilterIndex {
  let index = built.get(events);
  if (index === undefined) {
    index = new FilterIndex(events);
    built.set(events, index);
  }
  return index;
}
