import { ACTOR_KINDS, FIGURE_QUALIFIERS, PLACE_PRECISIONS, type Dataset } from './types';
import { EVENT_TYPES, isEventType } from './eventTypes';
import { parseEdtf } from './edtf';
import { checkFacts } from './validateFacts';

export interface Problem {
  /** Where, as a JSON path: `events[4].date`. */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  // JSON.parse reads 1e400 as Infinity, which JSON.stringify would write as null.
  if (typeof v === 'number' && !Number.isFinite(v)) return `a number too large to hold (${v})`;
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** An absolute http(s) URL with a host: `http://` alone or `https:///x` is not. */
function isWebAddress(text: string): boolean {
  if (!/^https?:\/\/[^/?#\s]/i.test(text)) return false;
  try {
    return new URL(text).hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Checks an untrusted value against the dataset format and returns either the
 * typed dataset or every problem found, each with its path.
 */
export function validateDataset(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const str = (o: Obj, key: string, path: string, required = true): string | undefined => {
    const v = o[key];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string') {
      add(`${path}.${key}`, v === undefined ? 'is required' : `must be text, not ${show(v)}`);
      return undefined;
    }
    if (required && v.trim() === '') add(`${path}.${key}`, 'must not be empty');
    return v;
  };
  const list = (o: Obj, key: string, path: string, required = true): unknown[] => {
    const v = o[key];
    if (v === undefined && !required) return [];
    if (!Array.isArray(v)) {
      add(`${path}.${key}`, v === undefined ? 'is required' : `must be a list, not ${show(v)}`);
      return [];
    }
    return v;
  };
  const oneOf = (o: Obj, key: string, path: string, allowed: readonly string[]) => {
    const v = str(o, key, path);
    if (v !== undefined && !allowed.includes(v)) {
      add(`${path}.${key}`, `${show(v)} is not one of: ${allowed.join(', ')}`);
    }
  };
  const date = (o: Obj, key: string, path: string, required = true) => {
    const v = o[key];
    if (v === undefined && !required) return;
    if (v === undefined) return add(`${path}.${key}`, 'is required');
    const r = parseEdtf(v);
    if (!r.ok) add(`${path}.${key}`, r.error);
  };
  const uniqueIds = (items: unknown[], path: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (!isObj(item)) return;
      const id = item.id;
      if (typeof id !== 'string') return;
      if (seen.has(id)) add(`${path}[${i}].id`, `duplicate id ${show(id)}`);
      seen.add(id);
    });
    return seen;
  };
  const strings = (o: Obj, key: string, path: string) => {
    list(o, key, path, false).forEach((v, i) => {
      if (typeof v !== 'string') add(`${path}.${key}[${i}]`, `must be text, not ${show(v)}`);
    });
  };

  if (!isObj(input)) {
    return {
      ok: false,
      problems: [{ path: '(root)', message: `must be an object, not ${show(input)}` }],
    };
  }

  const meta = input.meta;
  const sourceIds = new Set<string>();
  if (!isObj(meta)) {
    add('meta', meta === undefined ? 'is required' : `must be an object, not ${show(meta)}`);
  } else {
    str(meta, 'title', 'meta');
    str(meta, 'description', 'meta');
    str(meta, 'language', 'meta');
    date(meta, 'published', 'meta');
    str(meta, 'license', 'meta', false);
    str(meta, 'credit', 'meta', false);
    const sources = list(meta, 'sources', 'meta');
    uniqueIds(sources, 'meta.sources').forEach((id) => sourceIds.add(id));
    sources.forEach((s, i) => {
      const p = `meta.sources[${i}]`;
      if (!isObj(s)) return add(p, `must be an object, not ${show(s)}`);
      str(s, 'id', p);
      str(s, 'publisher', p);
      str(s, 'title', p);
      date(s, 'published', p);
      str(s, 'author', p, false);
      const url = str(s, 'url', p, false);
      if (url !== undefined && !isWebAddress(url)) {
        add(`${p}.url`, `${show(url)} must be a web address: http:// or https:// and a host name`);
      }
    });
  }

  const actors = list(input, 'actors', '(root)');
  const actorIds = uniqueIds(actors, 'actors');
  actors.forEach((a, i) => {
    const p = `actors[${i}]`;
    if (!isObj(a)) return add(p, `must be an object, not ${show(a)}`);
    str(a, 'id', p);
    str(a, 'name', p);
    oneOf(a, 'kind', p, ACTOR_KINDS);
    str(a, 'description', p);
    strings(a, 'aliases', p);
  });

  const places = list(input, 'places', '(root)');
  const placeIds = uniqueIds(places, 'places');
  places.forEach((pl, i) => {
    const p = `places[${i}]`;
    if (!isObj(pl)) return add(p, `must be an object, not ${show(pl)}`);
    str(pl, 'id', p);
    str(pl, 'name', p);
    oneOf(pl, 'precision', p, PLACE_PRECISIONS);
    str(pl, 'description', p);
    for (const [key, limit] of [
      ['lat', 90],
      ['lon', 180],
    ] as const) {
      const v = pl[key];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        add(`${p}.${key}`, v === undefined ? 'is required' : `must be a number, not ${show(v)}`);
      } else if (Math.abs(v) > limit) {
        add(`${p}.${key}`, `${v} is out of range (−${limit} to ${limit})`);
      }
    }
  });

  const events = list(input, 'events', '(root)');
  const eventIds = uniqueIds(events, 'events');
  const typeIds = EVENT_TYPES.map((t) => t.id);
  events.forEach((e, i) => {
    const p = `events[${i}]`;
    if (!isObj(e)) return add(p, `must be an object, not ${show(e)}`);
    const id = str(e, 'id', p);
    if (id !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id)) {
      add(`${p}.id`, `${show(id)} may use only letters, digits, "-", "_" and "."`);
    }
    date(e, 'date', p);
    const type = str(e, 'type', p);
    if (type !== undefined && !isEventType(type)) {
      add(`${p}.type`, `unknown event type ${show(type)}; known types: ${typeIds.join(', ')}`);
    }
    str(e, 'title', p);
    str(e, 'summary', p);
    str(e, 'dateNote', p, false);
    strings(e, 'tags', p);
    if (e.key !== undefined && typeof e.key !== 'boolean') {
      add(`${p}.key`, `must be true or false, not ${show(e.key)}`);
    }
    const seenActors = new Set<string>();
    list(e, 'actors', p).forEach((a, j) => {
      const ap = `${p}.actors[${j}]`;
      if (!isObj(a)) return add(ap, `must be an object with an id, not ${show(a)}`);
      const aid = str(a, 'id', ap);
      if (aid !== undefined && !actorIds.has(aid)) add(`${ap}.id`, `unknown actor ${show(aid)}`);
      if (aid !== undefined && seenActors.has(aid)) {
        add(
          `${ap}.id`,
          `actor ${show(aid)} is listed twice in this event (give one entry, with one role)`,
        );
      }
      if (aid !== undefined) seenActors.add(aid);
      str(a, 'role', ap, false);
    });
    const place = e.place;
    if (place === undefined) add(`${p}.place`, 'is required (use null for no place)');
    else if (place !== null && typeof place !== 'string') {
      add(`${p}.place`, `must be a place id or null, not ${show(place)}`);
    } else if (typeof place === 'string' && !placeIds.has(place)) {
      add(`${p}.place`, `unknown place ${show(place)}`);
    }
    list(e, 'figures', p).forEach((f, j) => {
      const fp = `${p}.figures[${j}]`;
      if (!isObj(f)) return add(fp, `must be an object, not ${show(f)}`);
      if (typeof f.value !== 'number' || !Number.isFinite(f.value)) {
        add(`${fp}.value`, `must be a number, not ${show(f.value)}`);
      }
      str(f, 'unit', fp);
      oneOf(f, 'qualifier', fp, FIGURE_QUALIFIERS);
    });
    const cites = list(e, 'sources', p);
    if (Array.isArray(e.sources) && cites.length === 0) {
      add(`${p}.sources`, 'needs at least one quote from a source');
    }
    cites.forEach((c, j) => {
      const cp = `${p}.sources[${j}]`;
      if (!isObj(c)) return add(cp, `must be an object, not ${show(c)}`);
      const sid = str(c, 'source', cp);
      if (sid !== undefined && !sourceIds.has(sid))
        add(`${cp}.source`, `unknown source ${show(sid)}`);
      str(c, 'quote', cp);
      const para = c.paragraph;
      if (para !== undefined && (!Number.isInteger(para) || (para as number) < 1)) {
        add(`${cp}.paragraph`, `must be a whole number from 1, not ${show(para)}`);
      }
    });
  });

  if (isObj(meta) && meta.story !== undefined) {
    const inStory = new Set<string>();
    list(meta, 'story', 'meta').forEach((id, i) => {
      const sp = `meta.story[${i}]`;
      if (typeof id !== 'string') return add(sp, `must be an event id, not ${show(id)}`);
      if (!eventIds.has(id)) add(sp, `unknown event ${show(id)}`);
      else if (inStory.has(id)) add(sp, `event ${show(id)} is in the story twice`);
      inStory.add(id);
    });
  }

  checkFacts(input, { add, show });

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: input as unknown as Dataset };
}

/** One line a person can read: `events[4].date: "2020-13-01" is not a valid EDTF date: ...`. */
export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message}`;
}
