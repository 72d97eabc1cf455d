import { validateDataset, type Problem } from '../../model/validateDataset';
import type { Dataset, EventRecord } from '../../model/types';
import type { ImportFormat, ImportOutcome, ImportProblem, RejectedRow, RowOrigin } from './types';

/** What an importer made of a file's rows, before validation. */
export interface Candidate {
  file: string;
  format: ImportFormat;
  /** Rows or records read. */
  total: number;
  dataset: Dataset;
  /** Where each of `dataset.events` came from, index for index. */
  origins: RowOrigin[];
  /** Header of the rejected rows table (the file's own columns). */
  header: string[];
  /** Rows refused while reading, and the problems found then (their errors, and warnings). */
  rejected: RejectedRow[];
  problems: ImportProblem[];
}

const ENTITY = /^(actors|places|meta\.sources|meta\.types)\[(\d+)\]/;
const EVENT = /^events\[(\d+)\](?:\.([A-Za-z]+))?(.*)$/;

type Kind = 'actors' | 'places' | 'meta.sources' | 'meta.types';
const REFERENCE: Record<Kind, RegExp> = {
  actors: /^unknown actor "(.*)"$/,
  places: /^unknown place "(.*)"$/,
  'meta.sources': /^unknown source "(.*)"$/,
  'meta.types': /^unknown event type "(.*?)";/,
};

interface Entity {
  id?: unknown;
}

/**
 * Validates a candidate with the same validateDataset as the bundled data,
 * and keeps what is valid: an event with a problem is taken out (its row
 * goes to the rejected rows, each problem named by row, line and column);
 * an actor, place, source or declared type with a problem is taken out too,
 * and then so is every event that refers to it. The rest validates again,
 * until it is clean. Problems with the dataset as a whole (its meta) mean
 * nothing can be loaded.
 */
export function finishImport(c: Candidate): ImportOutcome {
  if (!wellShaped(c.dataset)) {
    // Its lists are not lists: nothing to sort rows out of.
    const r = validateDataset(c.dataset);
    const all: ImportProblem[] = r.ok
      ? []
      : r.problems.map((p) => ({
          file: c.file,
          column: p.path,
          message: p.message,
          severity: 'error',
        }));
    return { ...refused(c.file, c.format, ''), problems: [...c.problems, ...all] };
  }
  const problems: ImportProblem[] = [...c.problems];
  const rejected: RejectedRow[] = [...c.rejected];
  let events = c.dataset.events.map((record, i) => ({ record, origin: c.origins[i]! }));
  const lists: Record<Kind, { item: Entity; path: string }[]> = {
    actors: c.dataset.actors.map((item, i) => ({ item, path: `actors[${i}]` })),
    places: c.dataset.places.map((item, i) => ({ item, path: `places[${i}]` })),
    'meta.sources': c.dataset.meta.sources.map((item, i) => ({
      item,
      path: `meta.sources[${i}]`,
    })),
    'meta.types': (c.dataset.meta.types ?? []).map((item, i) => ({
      item,
      path: `meta.types[${i}]`,
    })),
  };
  /** Ids taken out, with the path of the problem that took them out. */
  const dropped: Record<Kind, Map<string, string>> = {
    actors: new Map(),
    places: new Map(),
    'meta.sources': new Map(),
    'meta.types': new Map(),
  };

  const outcome = (dataset: Dataset | null): ImportOutcome => ({
    file: c.file,
    format: c.format,
    total: c.total,
    dataset: dataset && dataset.events.length > 0 ? dataset : null,
    problems,
    rejected: { header: c.header, rows: rejected.sort((a, b) => a.row - b.row) },
  });

  // Each round removes at least one record, and references go one level deep (events to the
  // rest), so a few rounds suffice; the bound only guards against a mistake.
  for (let round = 0; round < 8; round++) {
    // Only what is validated: a copy whose lists shrink each round. What an importer
    // loads is built field by field (the builder's records, or freshDataset for JSON).
    const meta = { ...c.dataset.meta };
    meta.sources = lists['meta.sources'].map((x) => x.item) as Dataset['meta']['sources'];
    if (lists['meta.types'].length > 0) {
      meta.types = lists['meta.types'].map((x) => x.item) as NonNullable<Dataset['meta']['types']>;
    } else delete meta.types;
    const candidate = {
      meta,
      actors: lists.actors.map((x) => x.item),
      places: lists.places.map((x) => x.item),
      events: events.map((e) => e.record),
    };
    const r = validateDataset(candidate);
    if (r.ok) return outcome(r.dataset);

    const badEvents = new Map<number, Problem[]>();
    const badEntities: Record<Kind, Set<number>> = {
      actors: new Set(),
      places: new Set(),
      'meta.sources': new Set(),
      'meta.types': new Set(),
    };
    const whole: Problem[] = [];
    for (const p of r.problems) {
      const ev = EVENT.exec(p.path);
      if (ev) {
        const k = Number(ev[1]);
        badEvents.set(k, [...(badEvents.get(k) ?? []), p]);
        continue;
      }
      const en = ENTITY.exec(p.path);
      if (en) {
        const kind = en[1] as Kind;
        const k = Number(en[2]);
        badEntities[kind].add(k);
        const { item, path } = lists[kind][k]!;
        const rest = p.path.slice(en[0].length);
        problems.push({
          file: c.file,
          column: `${path}${rest}`,
          message: p.message,
          severity: 'error',
        });
        if (isObj(item) && typeof item.id === 'string') dropped[kind].set(item.id, path);
        continue;
      }
      whole.push(p);
    }
    if (whole.length > 0) {
      for (const p of whole) {
        problems.push({ file: c.file, column: p.path, message: p.message, severity: 'error' });
      }
      return outcome(null);
    }

    for (const [k, list] of badEvents) {
      const { record, origin } = events[k]!;
      const messages: string[] = [];
      for (const p of list) {
        const m = EVENT.exec(p.path)!;
        const field = m[2] ?? '';
        const column = origin.path
          ? `${origin.path}${field ? `.${field}` : ''}${m[3] ?? ''}`
          : (origin.columns[field] ?? field);
        const message = explain(p.message, field, record, events, dropped);
        messages.push(column ? `${column}: ${message}` : message);
        const problem: ImportProblem = {
          file: c.file,
          row: origin.row,
          message,
          severity: 'error',
        };
        if (origin.line !== undefined) problem.line = origin.line;
        if (column) problem.column = column;
        problems.push(problem);
      }
      const row: RejectedRow = { row: origin.row, cells: origin.cells, problems: messages };
      if (origin.line !== undefined) row.line = origin.line;
      rejected.push(row);
    }
    events = events.filter((_, k) => !badEvents.has(k));
    for (const kind of Object.keys(lists) as Kind[]) {
      lists[kind] = lists[kind].filter((_, k) => !badEntities[kind].has(k));
    }
  }
  problems.push({
    file: c.file,
    message: 'could not be made valid (this is a bug in the importer)',
    severity: 'error',
  });
  return outcome(null);
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The dataset and its meta are objects and its lists are lists (their items may be anything). */
function wellShaped(d: unknown): boolean {
  if (!isObj(d) || !isObj(d.meta)) return false;
  const { meta } = d;
  return (
    Array.isArray(d.actors) &&
    Array.isArray(d.places) &&
    Array.isArray(d.events) &&
    Array.isArray(meta.sources) &&
    (meta.types === undefined || Array.isArray(meta.types))
  );
}

/** A validation message in the terms of the file: where a duplicate first was, why a reference fails. */
function explain(
  message: string,
  field: string,
  record: EventRecord,
  events: { record: EventRecord; origin: RowOrigin }[],
  dropped: Record<Kind, Map<string, string>>,
): string {
  if (field === 'id' && message.startsWith('duplicate id')) {
    const first = events.find((e) => isObj(e.record) && e.record.id === record.id);
    if (first && first.record !== record) {
      return `${message} (first on ${first.origin.path ?? `row ${first.origin.row}`})`;
    }
  }
  for (const kind of Object.keys(REFERENCE) as Kind[]) {
    const m = REFERENCE[kind].exec(message);
    const path = m ? dropped[kind].get(m[1]!) : undefined;
    if (path) return `${message}: it was not loaded (see the problem with ${path})`;
  }
  return message;
}

/** An outcome for a file that cannot be read at all. */
export function refused(
  file: string,
  format: ImportFormat | null,
  message: string,
  line?: number,
): ImportOutcome {
  const problem: ImportProblem = { file, message, severity: 'error' };
  if (line !== undefined) problem.line = line;
  return {
    file,
    format,
    total: 0,
    dataset: null,
    problems: [problem],
    rejected: { header: [], rows: [] },
  };
}
