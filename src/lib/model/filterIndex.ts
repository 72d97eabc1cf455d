import type { CatalogEvent } from './catalog';
import { foldText } from './foldText';

/** What the reader narrowed the events to, as the index reads it. */
export interface FilterQuery {
  /** Type ids; empty means any. */
  types: readonly string[];
  /** Actor ids (groups already expanded to their members); empty means any. */
  actors: readonly string[];
  text: string;
  onlyMapped: boolean;
  /** Floating ms, [start, end): events overlapping it pass; null for no date filter. */
  range: readonly [number, number] | null;
}

/** Per value of a facet, how many events ticking it would show (the other facets applied). */
export interface FacetCounts {
  types: Map<string, number>;
  actors: Map<string, number>;
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
  private readonly actorIds: string[] = [];
  /** Event i's actors are actorList[actorStart[i] .. actorStart[i + 1]), each once. */
  private readonly actorStart: Uint32Array;
  private readonly actorList: Uint32Array;
  private readonly start: Float64Array;
  private readonly end: Float64Array;
  private readonly mapped: Uint8Array;
  private text: { folded: string; pass: Uint8Array } | null = null;

  constructor(private readonly events: readonly CatalogEvent[]) {
    const n = events.length;
    this.size = n;
    const typeIndex = new Map<string, number>();
    const actorIndex = new Map<string, number>();
    this.typeOf = new Uint16Array(n);
    this.actorStart = new Uint32Array(n + 1);
    this.start = new Float64Array(n);
    this.end = new Float64Array(n);
    this.mapped = new Uint8Array(n);
    const list: number[] = [];
    events.forEach((e, i) => {
      let t = typeIndex.get(e.type.id);
      if (t === undefined) typeIndex.set(e.type.id, (t = this.typeIds.push(e.type.id) - 1));
      this.typeOf[i] = t;
      this.actorStart[i] = list.length;
      for (const { actor } of e.actors) {
        let a = actorIndex.get(actor.id);
        if (a === undefined) actorIndex.set(actor.id, (a = this.actorIds.push(actor.id) - 1));
        if (!list.includes(a, this.actorStart[i])) list.push(a);
      }
      this.start[i] = e.date.start;
      this.end[i] = e.date.end;
      this.mapped[i] = e.place !== null && e.place.precision !== 'country' ? 1 : 0;
    });
    this.actorStart[n] = list.length;
    this.actorList = Uint32Array.from(list);
  }

  /** 1 for each event whose text has every word of `text`, 0 otherwise; null when no text. */
  private textPass(text: string): Uint8Array | null {
    const folded = foldText(text).trim().replace(/\s+/g, ' ');
    if (folded === '') return null;
    const prev = this.text;
    if (prev && prev.folded === folded) return prev.pass;
    const words = folded.split(' ');
    // Typing on only narrows: search again only what matched before.
    const narrowing = prev !== null && folded.startsWith(prev.folded);
    const pass = new Uint8Array(this.size);
    for (let i = 0; i < this.size; i++) {
      if (narrowing && prev.pass[i] === 0) continue;
      const s = this.events[i]!.searchText;
      let ok = 1;
      for (const w of words) {
        if (!s.includes(w)) {
          ok = 0;
          break;
        }
      }
      pass[i] = ok;
    }
    this.text = { folded, pass };
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
    const actors = this.mask(q.actors, this.actorIds);
    const text = this.textPass(q.text);
    const range = q.range;
    const typeCounts = withCounts ? new Uint32Array(this.typeIds.length) : null;
    const actorCounts = withCounts ? new Uint32Array(this.actorIds.length) : null;
    const out = new Uint32Array(this.size);
    let count = 0;
    const { typeOf, actorStart, actorList, start, end, mapped } = this;
    for (let i = 0; i < this.size; i++) {
      if (text !== null && text[i] === 0) continue;
      if (q.onlyMapped && mapped[i] === 0) continue;
      if (range !== null && !(start[i]! < range[1] && end[i]! > range[0])) continue;
      const typeOk = types === null || types[typeOf[i]!] === 1;
      let actorOk = actors === null;
      const a0 = actorStart[i]!;
      const a1 = actorStart[i + 1]!;
      for (let k = a0; !actorOk && k < a1; k++) actorOk = actors![actorList[k]!] === 1;
      if (typeCounts && actorOk) typeCounts[typeOf[i]!]!++;
      if (actorCounts && typeOk) for (let k = a0; k < a1; k++) actorCounts[actorList[k]!]!++;
      if (typeOk && actorOk) out[count++] = i;
    }
    const counts = withCounts
      ? {
          types: new Map(this.typeIds.map((id, t) => [id, typeCounts![t]!])),
          actors: new Map(this.actorIds.map((id, a) => [id, actorCounts![a]!])),
        }
      : null;
    return { indexes: out.slice(0, count), counts };
  }
}
