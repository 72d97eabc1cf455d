import { DATE_BASES, REPORT_ASPECTS } from './types';
import { parseEdtf } from './edtf';

type Obj = Record<string, unknown>;

/** The schema's id pattern: a lowercase slug. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const GROUP_FIELDS = ['id', 'name', 'description'];
const REPORT_FIELDS = ['outlet', 'published', 'title', 'url', 'says', 'agrees', 'about'];
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface FactChecks {
  add: (path: string, message: string) => void;
  /** How a bad value is named in a message (validateDataset's). */
  show: (v: unknown) => string;
  /**
   * A figure at `path` repeats event `same`'s (event `own`'s figure): checked
   * with sameAsProblem once every event id is known, a later event's too.
   */
  sameAs: (path: string, same: string, own: unknown) => void;
}

/** What is wrong with a figure's `sameAs` naming `same` in event `own`, if anything. */
export function sameAsProblem(
  same: string,
  own: unknown,
  eventIds: ReadonlySet<string>,
  show: (v: unknown) => string,
): string | null {
  if (!eventIds.has(same)) return `unknown event ${show(same)}`;
  return same === own ? 'names its own event' : null;
}

/**
 * The checks of the fields that say how far a fact holds up and what it
 * belongs to: actor groups, place aliases, figures repeated by another event,
 * other reporting and where a date comes from. Kept apart from
 * validateDataset's checks of the core format; it adds its problems to the
 * same list, each with its path: the groups, actors and places' at once, each
 * event's when it is given to `event`.
 */
export function checkFacts(
  input: Obj,
  { add, show, sameAs }: FactChecks,
): { event(e: unknown, i: number): void } {
  const text = (o: Obj, key: string, path: string, required: boolean): string | undefined => {
    const v = o[key];
    if (v === undefined) {
      if (required) add(`${path}.${key}`, 'is required');
      return undefined;
    }
    if (typeof v !== 'string') add(`${path}.${key}`, `must be text, not ${show(v)}`);
    else if (v.trim() === '') add(`${path}.${key}`, 'must not be empty');
    else return v;
    return undefined;
  };
  /** A list; a wrong type is reported only for our own fields (validateDataset names the rest). */
  const list = (o: Obj, key: string, path: string, ours = true): unknown[] => {
    const v = o[key];
    if (Array.isArray(v)) return v;
    if (v !== undefined && ours) add(`${path}.${key}`, `must be a list, not ${show(v)}`);
    return [];
  };
  const texts = (o: Obj, key: string, path: string): string[] =>
    list(o, key, path).flatMap((v, i) => {
      if (typeof v === 'string' && v.trim() !== '') return [v];
      add(`${path}.${key}[${i}]`, `must be non-empty text, not ${show(v)}`);
      return [];
    });

  /** Refuses fields the format does not have, as the schema does: a misspelt one would vanish. */
  const known = (o: Obj, path: string, fields: readonly string[]) => {
    for (const key of Object.keys(o)) {
      if (!fields.includes(key))
        add(`${path}.${key}`, `is not a field here (known: ${fields.join(', ')})`);
    }
  };

  const groupIds = new Set<string>();
  list(input, 'groups', '(root)').forEach((g, i) => {
    const p = `groups[${i}]`;
    if (!isObj(g)) return add(p, `must be an object with an id and a name, not ${show(g)}`);
    known(g, p, GROUP_FIELDS);
    const id = text(g, 'id', p, true);
    if (id !== undefined && !SLUG.test(id)) {
      add(`${p}.id`, `${show(id)} must be lowercase letters, digits and single hyphens`);
    }
    if (id !== undefined && groupIds.has(id)) add(`${p}.id`, `duplicate group id ${show(id)}`);
    if (id !== undefined) groupIds.add(id);
    text(g, 'name', p, true);
    text(g, 'description', p, false);
  });
  const groupsList = [...groupIds].join(', ') || 'none: add them under "groups"';

  list(input, 'actors', '(root)', false).forEach((a, i) => {
    if (!isObj(a)) return;
    texts(a, 'groups', `actors[${i}]`).forEach((id, j) => {
      if (!groupIds.has(id)) {
        add(`actors[${i}].groups[${j}]`, `unknown group ${show(id)} (groups: ${groupsList})`);
      }
    });
  });

  list(input, 'places', '(root)', false).forEach((pl, i) => {
    if (isObj(pl)) texts(pl, 'aliases', `places[${i}]`);
  });

  const event = (e: unknown, i: number) => {
    const p = `events[${i}]`;
    if (!isObj(e)) return;
    list(e, 'figures', p, false).forEach((f, j) => {
      if (!isObj(f)) return;
      const same = text(f, 'sameAs', `${p}.figures[${j}]`, false);
      if (same !== undefined) sameAs(`${p}.figures[${j}].sameAs`, same, e.id);
    });

    let aboutDate = false;
    list(e, 'otherReporting', p).forEach((r, j) => {
      const rp = `${p}.otherReporting[${j}]`;
      if (!isObj(r)) return add(rp, `must be an object, not ${show(r)}`);
      known(r, rp, REPORT_FIELDS);
      text(r, 'outlet', rp, true);
      const published = r.published;
      if (published === undefined) add(`${rp}.published`, 'is required (the day it was published)');
      else {
        const d = parseEdtf(published);
        if (!d.ok) add(`${rp}.published`, d.error);
      }
      text(r, 'title', rp, false);
      const url = text(r, 'url', rp, false);
      if (url !== undefined && !/^https?:\/\/[^/?#\s]\S*$/i.test(url)) {
        add(`${rp}.url`, `${show(url)} must be a web address: http:// or https:// and a host name`);
      }
      text(r, 'says', rp, true);
      if (typeof r.agrees !== 'boolean') {
        add(
          `${rp}.agrees`,
          r.agrees === undefined
            ? 'is required: true, or false when it contradicts the sources'
            : `must be true or false, not ${show(r.agrees)}`,
        );
      }
      texts(r, 'about', rp).forEach((a, k) => {
        if (!(REPORT_ASPECTS as readonly string[]).includes(a)) {
          add(`${rp}.about[${k}]`, `${show(a)} is not one of: ${REPORT_ASPECTS.join(', ')}`);
        } else if (a === 'date') aboutDate = true;
      });
    });

    const basis = e.dateBasis;
    if (basis === undefined) return;
    if (typeof basis !== 'string' || !(DATE_BASES as readonly string[]).includes(basis)) {
      add(`${p}.dateBasis`, `${show(basis)} is not one of: ${DATE_BASES.join(', ')}`);
    } else if (basis === 'other reporting' && !aboutDate) {
      add(
        `${p}.dateBasis`,
        'is "other reporting", but no entry of otherReporting is about the date (about: ["date"])',
      );
    }
  };
  return { event };
}
