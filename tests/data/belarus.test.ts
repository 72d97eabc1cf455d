/**
 * Checks data/belarus-2020-08.json against its JSON Schema and, fact by fact,
 * against the article it was built from: verbatim quotes in the paragraphs
 * they name, figures present in their quotes, relative dates resolved against
 * the publication day, and internal references.
 *
 * The article is the repository's own copy, data/sources/<source id>.txt (the
 * source id comes from the dataset's meta.sources); SOURCE_TEXT may name
 * another file to check against.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { EVENT_TYPES } from '../../src/lib/model/eventTypes';
import {
  ACTOR_KINDS,
  FIGURE_QUALIFIERS,
  PLACE_PRECISIONS,
  type Dataset,
  type EventRecord,
  type Figure,
} from '../../src/lib/model/types';

// Tests run from the repository root.
const datasetPath = resolve('data/belarus-2020-08.json');
const schemaPath = resolve('data/schema/dataset.schema.json');

const datasetText = readFileSync(datasetPath, 'utf8');
const dataset = JSON.parse(datasetText) as Dataset;
const sourceId = dataset.meta.sources[0]?.id ?? '';
const sourcePath = resolve(process.env.SOURCE_TEXT ?? `data/sources/${sourceId}.txt`);
const sidecar = JSON.parse(
  readFileSync(resolve(`data/sources/${sourceId}.json`), 'utf8'),
) as Record<string, string>;
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
const sourceText = readFileSync(sourcePath, 'utf8').replace(/^\uFEFF/, '');
/** Paragraph n (1-based) is the n-th non-empty line of the source. */
const paragraphs = sourceText.split(/\r?\n/).filter((l) => l.trim() !== '');

// ---------------------------------------------------------------- dates

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

function utc(day: string): number {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function weekday(day: string): number {
  return new Date(utc(day)).getUTCDay();
}

function addDays(day: string, n: number): string {
  return new Date(utc(day) + n * 86_400_000).toISOString().slice(0, 10);
}

function stripFlags(s: string): string {
  return s.replace(/[~?%]$/, '');
}

/** The day of a single-day date (qualifiers allowed), or null. */
function singleDay(edtf: string): string | null {
  if (edtf.includes('/')) return null;
  const d = stripFlags(edtf);
  return DAY.test(d) ? d : null;
}

/** First and last day a date (or an interval end) can cover; null for "..". */
function span(part: string): { first: string; last: string } | null {
  if (part === '..') return null;
  const d = stripFlags(part);
  if (DAY.test(d)) return { first: d, last: d };
  const m = MONTH.exec(d);
  if (m) {
    const first = `${d}-01`;
    const next = new Date(Date.UTC(Number(m[1]), Number(m[2]), 1));
    return {
      first,
      last: new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10),
    };
  }
  if (YEAR.test(d)) return { first: `${d}-01-01`, last: `${d}-12-31` };
  throw new Error(`not an EDTF date: ${part}`);
}

/** Earliest and latest day of an EDTF date or interval; null bounds are open. */
function bounds(edtf: string): { start: string | null; end: string | null } {
  const [a = '', b] = edtf.split('/');
  if (b === undefined) {
    const s = span(a);
    return { start: s?.first ?? null, end: s?.last ?? null };
  }
  return { start: span(a)?.first ?? null, end: span(b)?.last ?? null };
}

/** Like bounds, for a date that must not be open at either end. */
function closedBounds(edtf: string): { start: string; end: string } {
  const { start, end } = bounds(edtf);
  if (start === null || end === null) throw new Error(`open-ended date: ${edtf}`);
  return { start, end };
}

// Optional in the format; the article's dataset resolves its relative dates against it.
const published = dataset.meta.published ?? '';
if (!published) throw new Error('the Belarus dataset must give meta.published');
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The latest given weekday on or before `from` (or strictly before it). */
function latest(dayName: string, from: string, strictlyBefore = false): string {
  const target = DAYS.indexOf(dayName);
  let back = (weekday(from) - target + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(from, -back);
}

const mondayOfWeek = addDays(published, -((weekday(published) + 6) % 7));

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EXPLICIT_DATE = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})\\b`, 'g');

function explicitDays(quote: string): string[] {
  return [...quote.matchAll(EXPLICIT_DATE)].map(
    ([, month = '', day = '', year = '']) =>
      `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`,
  );
}

function first<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('empty list');
  return item;
}

/**
 * An event whose date other reporting corrects: its date is taken from a
 * report that disagrees about the date, and the article's wording stays in
 * the quote and the date note (tests/data/belarusFacts.test.ts checks them).
 */
function dateCorrected(event: EventRecord): boolean {
  return (
    event.dateBasis === 'other reporting' &&
    (event.otherReporting ?? []).some((r) => !r.agrees && r.about?.includes('date'))
  );
}

function quotesOf(event: EventRecord): string[] {
  return event.sources.map((s) => s.quote);
}

function eventsQuoting(pattern: RegExp): EventRecord[] {
  return dataset.events.filter((e) => quotesOf(e).some((q) => pattern.test(q)));
}

// -------------------------------------------------------------- numbers

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The ways a figure's number may be written in its quote. */
function numberForms(figure: Figure): RegExp[] {
  const forms: RegExp[] = [];
  if (figure.qualifier === 'hundreds of') forms.push(/\bhundreds\b/i);
  if (figure.qualifier === 'thousands of') forms.push(/\bthousands\b/i);
  if (figure.qualifier === 'several') forms.push(/\bseveral\b/i);
  const written = new Set([String(figure.value), figure.value.toLocaleString('en-US')]);
  for (const w of written) {
    forms.push(new RegExp(`(?<![\\d.,])${escapeRegExp(w)}(?![\\d]|[.,]\\d)`));
  }
  const word = SMALL[figure.value];
  if (Number.isInteger(figure.value) && word) {
    forms.push(new RegExp(`\\b${word}\\b`, 'i'));
  }
  return forms;
}

/** Lower-cased words, with curly quotes folded, for comparing wording. */
function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .filter((w) => w !== '');
}

function shingles(s: string, n: number): Set<string> {
  const w = words(s);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

// ---------------------------------------------------------------- tests

describe('belarus-2020-08 dataset: format', () => {
  it('validates against the JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    const ok = validate(dataset);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema rejects what it should', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    const broken = (mutate: (d: Dataset) => void): boolean => {
      const copy = structuredClone(dataset);
      mutate(copy);
      return validate(copy);
    };
    const event = (d: Dataset) => first(d.events);
    // An unknown type that is a slug is a reference, checked by validateDataset.
    expect(broken((d) => Object.assign(event(d), { type: 'Riot!' }))).toBe(false);
    expect(broken((d) => Object.assign(event(d), { date: '2020-8-9' }))).toBe(false);
    expect(broken((d) => Object.assign(event(d), { date: '../..' }))).toBe(false);
    expect(broken((d) => Object.assign(event(d), { date: '2020-08-09~/..' }))).toBe(true);
    expect(broken((d) => Object.assign(event(d), { date: '../2020-08' }))).toBe(true);
    expect(broken((d) => Object.assign(event(d), { date: '-0044-03-15/0010' }))).toBe(true);
    expect(broken((d) => Object.assign(first(d.meta.sources), { url: 'http://' }))).toBe(false);
    expect(broken((d) => Object.assign(first(d.places), { lat: 91 }))).toBe(false);
    expect(broken((d) => Object.assign(first(d.places), { lon: -181 }))).toBe(false);
    expect(broken((d) => Object.assign(first(d.actors), { kind: 'persons' }))).toBe(false);
    expect(broken((d) => Object.assign(event(d), { sources: [] }))).toBe(false);
    expect(broken((d) => Object.assign(event(d), { extra: true }))).toBe(false);
  });

  it('the schema enums match the model constants', () => {
    const defs = schema.$defs as Record<
      string,
      { properties: Record<string, { enum?: string[] } | undefined> } | undefined
    >;
    // Event types are built in or declared by the dataset (meta.types): the schema names the built-in ones.
    const typeNote = (defs.event?.properties.type as { description?: string } | undefined)
      ?.description;
    expect(typeNote).toContain(`(${EVENT_TYPES.map((t) => t.id).join(', ')})`);
    expect(defs.actor?.properties.kind?.enum).toEqual([...ACTOR_KINDS]);
    expect(defs.place?.properties.precision?.enum).toEqual([...PLACE_PRECISIONS]);
    expect(defs.figure?.properties.qualifier?.enum).toEqual([...FIGURE_QUALIFIERS]);
  });

  it('is pretty-printed with 2-space indentation (prettier checks the rest in lint)', () => {
    expect(datasetText).not.toMatch(/\t|\r/);
    expect(datasetText.endsWith('}\n')).toBe(true);
    let previous = 0;
    for (const line of datasetText.split('\n').filter((l) => l !== '')) {
      const indent = line.length - line.trimStart().length;
      expect(indent % 2, line).toBe(0);
      expect(indent - previous, line).toBeLessThanOrEqual(2);
      previous = indent;
    }
  });
});

describe('belarus-2020-08 dataset: references', () => {
  const unique = (ids: string[]) => expect(new Set(ids).size).toBe(ids.length);

  it('has unique ids', () => {
    unique(dataset.actors.map((a) => a.id));
    unique(dataset.places.map((p) => p.id));
    unique(dataset.events.map((e) => e.id));
    unique(dataset.meta.sources.map((s) => s.id));
  });

  it('refers only to actors, places and sources that exist', () => {
    const actors = new Set(dataset.actors.map((a) => a.id));
    const places = new Set(dataset.places.map((p) => p.id));
    const sources = new Set(dataset.meta.sources.map((s) => s.id));
    for (const e of dataset.events) {
      for (const a of e.actors) expect(actors, `${e.id}: ${a.id}`).toContain(a.id);
      unique(e.actors.map((a) => a.id));
      if (e.place !== null) expect(places, `${e.id}: ${e.place}`).toContain(e.place);
      for (const s of e.sources) {
        expect(sources, `${e.id}: ${s.source}`).toContain(s.source);
      }
    }
  });

  it('uses every actor in some event', () => {
    const used = new Set(dataset.events.flatMap((e) => e.actors.map((a) => a.id)));
    for (const a of dataset.actors) expect(used, a.id).toContain(a.id);
  });

  it('has at least 18 events, each with a type and at least one quote', () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(18);
    const types = new Set<string>(EVENT_TYPES.map((t) => t.id));
    for (const e of dataset.events) {
      expect(types, e.id).toContain(e.type);
      expect(e.sources.length, e.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('cites a source without an invented URL', () => {
    expect(dataset.meta.sources).toHaveLength(1);
    const source = first(dataset.meta.sources);
    expect(source.title).toBe(paragraphs[0]);
    expect(source.published).toBe(published);
    expect(source.url).toBeUndefined();
  });

  it('keeps its source text in the repository, described by a sidecar that agrees with meta', () => {
    const source = first(dataset.meta.sources);
    expect(sidecar).toMatchObject({
      id: source.id,
      file: `${source.id}.txt`,
      publisher: source.publisher,
      published: source.published,
      headline: source.title,
    });
    expect(sidecar.credit).toBeTruthy();
  });
});

describe('belarus-2020-08 dataset: quotes and figures', () => {
  it('quotes the source verbatim, in the paragraph named', () => {
    for (const e of dataset.events) {
      for (const s of e.sources) {
        const where = `${e.id}, paragraph ${s.paragraph}: ${s.quote}`;
        expect(sourceText.includes(s.quote), where).toBe(true);
        // Optional in the format; this dataset gives it for every quote.
        const n = s.paragraph ?? 0;
        expect(n, where).toBeGreaterThanOrEqual(1);
        expect(n, where).toBeLessThanOrEqual(paragraphs.length);
        expect((paragraphs[n - 1] ?? '').includes(s.quote), where).toBe(true);
      }
    }
  });

  it('finds each figure’s number in one of its event’s quotes', () => {
    for (const e of dataset.events) {
      for (const f of e.figures) {
        const forms = numberForms(f);
        const found = quotesOf(e).some((q) => forms.some((re) => re.test(q)));
        expect(found, `${e.id}: ${f.qualifier} ${f.value} ${f.unit}`).toBe(true);
        if (f.qualifier === 'hundreds of') expect(f.value).toBe(100);
        if (f.qualifier === 'thousands of') expect(f.value).toBe(1000);
      }
    }
  });

  it('records every count the article gives as a figure', () => {
    const figures = dataset.events.flatMap((e) => e.figures);
    const values = new Set(figures.map((f) => f.value));
    // Counts in digits, leaving out years and the day numbers of dates.
    const monthBefore = new RegExp(`(?:${MONTHS.join('|')}) $`);
    for (const m of sourceText.matchAll(/\d{1,3}(?:,\d{3})+|\d+/g)) {
      const n = Number(m[0].replace(/,/g, ''));
      const before = sourceText.slice(Math.max(0, m.index - 12), m.index);
      if (/^(?:19|20)\d\d$/.test(m[0]) || monthBefore.test(before)) continue;
      expect(values, `figure for ${m[0]}`).toContain(n);
    }
    // Counts in words.
    expect(figures.some((f) => f.value === 6 && f.qualifier === 'exact')).toBe(true);
    expect(figures.some((f) => f.qualifier === 'hundreds of')).toBe(true);
    expect(figures.some((f) => f.qualifier === 'thousands of')).toBe(true);
  });

  it('writes summaries in its own words', () => {
    const source = shingles(sourceText, 7);
    for (const e of dataset.events) {
      for (const text of [e.title, e.summary]) {
        const copied = [...shingles(text, 7)].filter((s) => source.has(s));
        expect(copied, `${e.id}: ${text}`).toEqual([]);
      }
    }
  });
});

describe('belarus-2020-08 dataset: dates on the article’s calendar', () => {
  it('is published on Saturday 15 August 2020', () => {
    expect(published).toBe('2020-08-15');
    expect(weekday(published)).toBe(6);
  });

  it('dates the election and the claim of victory to last Sunday, 9 August', () => {
    const lastSunday = latest('Sunday', published, true);
    expect(lastSunday).toBe('2020-08-09');
    expect(weekday(lastSunday)).toBe(0);
    const election = dataset.events.filter((e) => e.type === 'election');
    expect(election.length).toBeGreaterThanOrEqual(1);
    for (const e of election) expect(e.date, e.id).toBe(lastSunday);
    const quoting = eventsQuoting(/\blast Sunday\b/i);
    expect(quoting.length).toBeGreaterThanOrEqual(1);
    for (const e of quoting) expect(singleDay(e.date), e.id).toBe(lastSunday);
  });

  const weekdayRules: [string, RegExp, string, number][] = [
    ['Saturday', /\bon Saturday\b/i, '2020-08-15', 6],
    ['Friday', /\bon Friday\b/i, '2020-08-14', 5],
    ['Wednesday', /\bon Wednesday\b/i, '2020-08-12', 3],
  ];
  for (const [name, pattern, expected, dayIndex] of weekdayRules) {
    it(`dates events quoted "on ${name}" to ${expected}`, () => {
      const day = latest(name, published);
      expect(day).toBe(expected);
      expect(weekday(day)).toBe(dayIndex);
      const quoting = eventsQuoting(pattern);
      expect(quoting.filter((e) => !dateCorrected(e)).length, name).toBeGreaterThanOrEqual(1);
      for (const e of quoting) {
        if (dateCorrected(e)) expect(e.dateNote, e.id).toContain(`“on ${name}”`);
        else expect(singleDay(e.date), e.id).toBe(day);
      }
    });
  }

  it('keeps "earlier this week" within Monday to Friday of the publication week', () => {
    expect(mondayOfWeek).toBe('2020-08-10');
    expect(weekday(mondayOfWeek)).toBe(1);
    const quoting = eventsQuoting(/\bearlier this week\b/i);
    expect(quoting.length).toBeGreaterThanOrEqual(1);
    for (const e of quoting) {
      const { start, end } = closedBounds(e.date);
      expect(start >= mondayOfWeek, e.id).toBe(true);
      expect(end < published, e.id).toBe(true);
    }
  });

  it('keeps "earlier this month" as an interval within the month, before publication, unless other reporting corrects it', () => {
    const quoting = eventsQuoting(/\bearlier this month\b/i);
    expect(quoting.length).toBeGreaterThanOrEqual(1);
    for (const e of quoting) {
      if (dateCorrected(e)) {
        expect(e.dateNote, e.id).toContain('“earlier this month”');
        continue;
      }
      expect(e.date, e.id).toContain('/');
      const { start, end } = closedBounds(e.date);
      expect(start >= `${published.slice(0, 7)}-01`, e.id).toBe(true);
      expect(end < published, e.id).toBe(true);
      expect(e.dateNote, e.id).toBeTruthy();
    }
  });

  it('dates "a week of protests" to the week ending on publication', () => {
    const quoting = eventsQuoting(/\ba week of\b.*\bprotests\b/i);
    expect(quoting.length).toBeGreaterThanOrEqual(1);
    for (const e of quoting) {
      expect(e.date, e.id).toBe(`${addDays(published, -6)}/${published}`);
    }
  });

  it('dates "in recent days" as an interval ending on publication', () => {
    const quoting = eventsQuoting(/\bin recent days\b/i);
    expect(quoting.length).toBeGreaterThanOrEqual(1);
    for (const e of quoting) {
      expect(e.date, e.id).toContain('/');
      expect(bounds(e.date).end, e.id).toBe(published);
    }
  });

  it('dates "since 1994" as an interval open at the end', () => {
    const quoting = eventsQuoting(/\bsince 1994\b/);
    expect(quoting.length).toBeGreaterThanOrEqual(1);
    for (const e of quoting) expect(e.date, e.id).toBe('1994/..');
  });

  it('uses the dates the photo captions give', () => {
    const quoting = dataset.events.filter((e) =>
      quotesOf(e).some((q) => explicitDays(q).length > 0),
    );
    expect(quoting.map((e) => e.date).sort()).toEqual(['2020-08-13', '2020-08-14']);
    for (const e of quoting) {
      const days = quotesOf(e).flatMap(explicitDays);
      expect(days, e.id).toContain(singleDay(e.date));
    }
  });

  it('explains every date that is not a plain day or that is derived', () => {
    for (const e of dataset.events) {
      const { start, end } = bounds(e.date);
      expect(start === null || end === null || start <= end, e.id).toBe(true);
      if (singleDay(e.date) !== e.date) expect(e.dateNote, e.id).toBeTruthy();
    }
  });
});
