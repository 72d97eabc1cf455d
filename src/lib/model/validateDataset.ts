import { ACTOR_KINDS, FIGURE_QUALIFIERS, PLACE_PRECISIONS, type Dataset } from './types';
import { EVENT_TYPES, isEventType } from './eventTypes';
import { parseEdtf } from './edtf';
import { isSlug } from './slug';
import { checkFacts, sameAsProblem } from './validateFacts';

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

/** BCP 47 as the schema checks it: a 2–3 letter language, then subtags ("en", "pt-BR", "und"). */
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * The fields of each kind of object, in the order the format documents them.
 * Anything else is refused, as the schema's `additionalProperties: false`
 * does: a misspelt optional field ("dateNotes") would otherwise vanish.
 */
const FIELDS = {
  root: ['$schema', 'meta', 'groups', 'actors', 'places', 'events'],
  meta: [
    'title',
    'description',
    'language',
    'published',
    'sources',
    'types',
    'license',
    'credit',
    'story',
  ],
  source: ['id', 'publisher', 'title', 'published', 'author', 'url'],
  type: ['id', 'label'],
  actor: ['id', 'name', 'kind', 'description', 'aliases', 'groups'],
  place: ['id', 'name', 'lat', 'lon', 'precision', 'description', 'aliases'],
  event: [
    'id',
    'date',
    'type',
    'title',
    'summary',
    'actors',
    'place',
    'figures',
    'sources',
    'dateNote',
    'tags',
    'key',
    'otherReporting',
    'dateBasis',
  ],
  eventActor: ['id', 'role'],
  figure: ['value', 'unit', 'qualifier', 'sameAs'],
  citation: ['source', 'quote', 'paragraph'],
} as const;

/**
 * Checks an untrusted value against the dataset format and returns either the
 * typed dataset or every problem found, each with its path.
 *
 * It accepts exactly what data/schema/dataset.schema.json accepts, and in
 * addition checks what a schema cannot: calendar dates and interval order,
 * unique ids, and that every reference (actor, place, source, event type)
 * names something in the dataset. A test feeds both the same files.
 */
export function validateDataset(input: unknown): ValidationResult {
  if (!isObj(input)) {
    return {
      ok: false,
      problems: [{ path: '(root)', message: `must be an object, not ${show(input)}` }],
    };
  }
  const check = checkDataset(input);
  if (Array.isArray(input.events)) check.events(input.events, 0);
  const problems = check.finish();
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: input as unknown as Dataset };
}

/** validateDataset's checks with a dataset's events given apart (see checkDataset). */
export interface DatasetChecks {
  /** Checks the next events of the dataset's list, the first of them at index `from`. */
  events(chunk: readonly unknown[], from: number): void;
  /** Every problem, in validateDataset's order, once what needs all the events is checked. */
  finish(): Problem[];
}

/** A figure's `sameAs`, checked once every event id is known. */
interface PendingSameAs {
  path: string;
  same: string;
  own: unknown;
}

/**
 * The checks of validateDataset on a dataset whose events come apart: first
 * the rest of it (`input`; its own `events` are not read), then its events a
 * chunk at a time, as the load worker reads a big file, so no object ever
 * holds the whole file. Whatever the chunks, the problems are the same and in
 * the same order as validateDataset's.
 */
export function checkDataset(input: Obj): DatasetChecks {
  // Each part's problems are kept apart and joined in validateDataset's order at the end.
  const head: Problem[] = [];
  const duplicates: Problem[] = [];
  const eventProblems: Problem[] = [];
  const factHead: Problem[] = [];
  const factEvents: (Problem | PendingSameAs)[] = [];
  let sink: (Problem | PendingSameAs)[] = head;
  const add = (path: string, message: string) => sink.push({ path, message });

  const known = (o: Obj, path: string, fields: readonly string[], what: string) => {
    for (const key in o) {
      if (!fields.includes(key)) {
        // A key that is not a plain name is quoted, so even "" has a path.
        const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
        add(
          path === '(root)' ? name : `${path}.${name}`,
          `is not a field of ${what} (known: ${fields.join(', ')})`,
        );
      }
    }
  };
  /** Text that must hold more than white space, whether required or given though optional. */
  const str = (o: Obj, key: string, path: string, required = true): string | undefined => {
    const v = o[key];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string') {
      add(`${path}.${key}`, v === undefined ? 'is required' : `must be text, not ${show(v)}`);
      return undefined;
    }
    if (v.trim() === '') add(`${path}.${key}`, 'must not be empty');
    return v;
  };
  const id = (o: Obj, path: string, key = 'id', required = true): string | undefined => {
    const v = str(o, key, path, required);
    if (v !== undefined && v.trim() !== '' && !isSlug(v)) {
      add(
        `${path}.${key}`,
        `${show(v)} is not an id: use lowercase letters a–z, digits and single hyphens, e.g. "riot-police"`,
      );
    }
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
    if (v === undefined) {
      add(`${path}.${key}`, 'is required');
      return;
    }
    const r = parseEdtf(v);
    if (!r.ok) add(`${path}.${key}`, r.error);
    return r.ok ? r.value : undefined;
  };
  const uniqueIds = (items: unknown[], path: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (!isObj(item)) return;
      const v = item.id;
      if (typeof v !== 'string') return;
      if (seen.has(v)) add(`${path}[${i}].id`, `duplicate id ${show(v)}`);
      seen.add(v);
    });
    return seen;
  };
  /** An optional list of distinct, non-blank texts (aliases, tags). */
  const texts = (o: Obj, key: string, path: string) => {
    const seen = new Set<string>();
    list(o, key, path, false).forEach((v, i) => {
      if (typeof v !== 'string') return add(`${path}.${key}[${i}]`, `must be text, not ${show(v)}`);
      if (v.trim() === '') add(`${path}.${key}[${i}]`, 'must not be empty');
      else if (seen.has(v)) add(`${path}.${key}[${i}]`, `repeats ${show(v)}`);
      seen.add(v);
    });
  };

  known(input, '(root)', FIELDS.root, 'a dataset');
  if (input.$schema !== undefined && typeof input.$schema !== 'string') {
    add('$schema', `must be text, not ${show(input.$schema)}`);
  }

  const meta = input.meta;
  const sourceIds = new Set<string>();
  const declaredTypes = new Set<string>();
  if (!isObj(meta)) {
    add('meta', meta === undefined ? 'is required' : `must be an object, not ${show(meta)}`);
  } else {
    str(meta, 'title', 'meta');
    str(meta, 'description', 'meta');
    const language = str(meta, 'language', 'meta');
    if (language !== undefined && language.trim() !== '' && !LANGUAGE.test(language)) {
      add('meta.language', `${show(language)} is not a language tag such as "en" or "pt-BR"`);
    }
    const published = date(meta, 'published', 'meta', false);
    if (
      published &&
      (published.isInterval ||
        published.precision !== 'day' ||
        published.approximate ||
        published.uncertain)
    ) {
      add('meta.published', `${show(meta.published)} must be one calendar day, YYYY-MM-DD`);
    }
    const sources = list(meta, 'sources', 'meta');
    uniqueIds(sources, 'meta.sources').forEach((s) => sourceIds.add(s));
    sources.forEach((s, i) => {
      const p = `meta.sources[${i}]`;
      if (!isObj(s)) return add(p, `must be an object, not ${show(s)}`);
      id(s, p);
      str(s, 'publisher', p);
      str(s, 'title', p);
      date(s, 'published', p, false);
      str(s, 'author', p, false);
      const url = str(s, 'url', p, false);
      if (url !== undefined && !isWebAddress(url)) {
        add(`${p}.url`, `${show(url)} must be a web address: http:// or https:// and a host name`);
      } else if (url !== undefined && /\s/.test(url)) {
        add(`${p}.url`, `${show(url)} must be a web address without spaces`);
      }
      known(s, p, FIELDS.source, 'a source');
    });
    const types = list(meta, 'types', 'meta', false);
    uniqueIds(types, 'meta.types').forEach((t) => declaredTypes.add(t));
    types.forEach((t, i) => {
      const p = `meta.types[${i}]`;
      if (!isObj(t)) return add(p, `must be an object, not ${show(t)}`);
      const tid = id(t, p);
      if (tid !== undefined && isEventType(tid)) {
        add(`${p}.id`, `${show(tid)} is a built-in type; declare only types that are not built in`);
      }
      str(t, 'label', p);
      known(t, p, FIELDS.type, 'a declared type');
    });
    str(meta, 'license', 'meta', false);
    str(meta, 'credit', 'meta', false);
    known(meta, 'meta', FIELDS.meta, 'meta');
  }

  const actors = list(input, 'actors', '(root)');
  const actorIds = uniqueIds(actors, 'actors');
  actors.forEach((a, i) => {
    const p = `actors[${i}]`;
    if (!isObj(a)) return add(p, `must be an object, not ${show(a)}`);
    id(a, p);
    str(a, 'name', p);
    oneOf(a, 'kind', p, ACTOR_KINDS);
    str(a, 'description', p);
    texts(a, 'aliases', p);
    known(a, p, FIELDS.actor, 'an actor');
  });

  const places = list(input, 'places', '(root)');
  const placeIds = uniqueIds(places, 'places');
  places.forEach((pl, i) => {
    const p = `places[${i}]`;
    if (!isObj(pl)) return add(p, `must be an object, not ${show(pl)}`);
    id(pl, p);
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
    known(pl, p, FIELDS.place, 'a place');
  });

  list(input, 'events', '(root)');
  const eventIds = new Set<string>();
  const typeIds = [...EVENT_TYPES.map((t) => t.id), ...declaredTypes];
  sink = factHead;
  const facts = checkFacts(input, {
    add,
    show,
    sameAs: (path, same, own) => sink.push({ path, same, own }),
  });

  const checkEvent = (e: unknown, i: number) => {
    const p = `events[${i}]`;
    if (!isObj(e)) return add(p, `must be an object, not ${show(e)}`);
    id(e, p);
    date(e, 'date', p);
    const type = str(e, 'type', p);
    if (type !== undefined && !isEventType(type) && !declaredTypes.has(type)) {
      add(`${p}.type`, `unknown event type ${show(type)}; known types: ${typeIds.join(', ')}`);
    }
    str(e, 'title', p);
    str(e, 'summary', p);
    str(e, 'dateNote', p, false);
    texts(e, 'tags', p);
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
      known(a, ap, FIELDS.eventActor, "an event's actor");
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
      } else if (f.value < 0) {
        add(`${fp}.value`, `must not be negative, not ${f.value}`);
      }
      str(f, 'unit', fp);
      oneOf(f, 'qualifier', fp, FIGURE_QUALIFIERS);
      known(f, fp, FIELDS.figure, 'a figure');
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
      known(c, cp, FIELDS.citation, 'a citation');
    });
    known(e, p, FIELDS.event, 'an event');
  };

  return {
    events(chunk, from) {
      sink = duplicates;
      chunk.forEach((item, k) => {
        if (!isObj(item) || typeof item.id !== 'string') return;
        const seen = eventIds.size;
        // One look-up for 100,000 ids: the set grew unless the id was in it.
        if (eventIds.add(item.id).size === seen) {
          add(`events[${from + k}].id`, `duplicate id ${show(item.id)}`);
        }
      });
      sink = eventProblems;
      chunk.forEach((e, k) => checkEvent(e, from + k));
      sink = factEvents;
      chunk.forEach((e, k) => facts.event(e, from + k));
    },
    finish() {
      const story: Problem[] = [];
      sink = story;
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
      const factProblems = factEvents.flatMap((f): Problem[] => {
        if (!('same' in f)) return [f];
        const message = sameAsProblem(f.same, f.own, eventIds, show);
        return message === null ? [] : [{ path: f.path, message }];
      });
      return [...head, ...duplicates, ...eventProblems, ...story, ...factHead, ...factProblems];
    },
  };
}

/** One line a person can read: `events[4].date: "2020-13-01" is not a valid EDTF date: ...`. */
export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message}`;
}
