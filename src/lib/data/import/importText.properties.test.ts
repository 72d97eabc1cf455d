/**
 * Properties: whatever text arrives, every parser returns a dataset or a
 * list of problems, never a throw (and, under the test's time limit, never
 * a hang). Inputs are random text and random mutations of the sample files.
 * The seed is fixed, so a failure reproduces.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { parseEdtf } from '../../model/edtf';
import { validateDataset } from '../../model/validateDataset';
import { htmlToText } from './htmlToText';
import { importEventmapJson } from './importEventmapJson';
import { importText } from './importText';
import { importTimelineJsJson } from './importTimelineJsJson';
import { parseLooseDate } from './looseDate';
import type { ColumnMapping, ImportOutcome, ImportStep } from './types';

const SEED = 20200809;
const DIR = 'tests/fixtures/import';
const samples = readdirSync(DIR)
  .sort()
  .map((f) => readFileSync(`${DIR}/${f}`, 'utf8'));

/** A dataset that validates, or none and at least one problem. */
function wellFormed(o: ImportOutcome): void {
  if (o.dataset) expect(validateDataset(o.dataset).ok).toBe(true);
  else expect(o.problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(0);
  for (const p of o.problems) expect(p.message.length).toBeGreaterThan(0);
  for (const r of o.rejected.rows) expect(r.problems.length).toBeGreaterThan(0);
}

/** Runs the import to the end: a CSV with its own columns goes through its proposed mapping. */
function run(text: string, mapping?: ColumnMapping): ImportStep[] {
  const first = importText(text, { file: 'x.csv' });
  if (first.kind === 'done') {
    wellFormed(first.outcome);
    return [first];
  }
  const m = mapping ?? first.mapping.proposed;
  const second = importText(text, { file: 'x.csv', mapping: m });
  if (second.kind === 'done') wellFormed(second.outcome);
  return [first, second];
}

/** Edits that real files suffer: cut text, stray characters, repeated or dropped lines. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(
        '"',
        ',',
        ';',
        '\t',
        '\r\n',
        '\n',
        '\r',
        '\uFEFF',
        '{',
        '}',
        '[',
        ']',
        '<',
        '&amp;',
        '-',
        '0',
        '\u0000',
      ),
      fc.string({ maxLength: 8 }),
    ),
  }),
  fc.record({ kind: fc.constant('repeat-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, edits: readonly Mutation[]): string {
  let t = text;
  for (const e of edits) {
    const at = t.length === 0 ? 0 : e.at % (t.length + 1);
    if (e.kind === 'cut') t = t.slice(0, at) + t.slice(at + e.length);
    else if (e.kind === 'insert') t = t.slice(0, at) + e.text + t.slice(at);
    else {
      const lines = t.split('\n');
      const i = e.at % lines.length;
      if (e.kind === 'repeat-line') lines.splice(i, 0, lines[i]!);
      else lines.splice(i, 1);
      t = lines.join('\n');
    }
  }
  return t;
}

// Generous: a hang still fails, a busy machine does not.
describe('import properties', { timeout: 60_000 }, () => {
  it('random text gives a dataset or problems, never a throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        run(text);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('random CSV-shaped text, through any mapping, gives a dataset or problems', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('2020-08-09', '15 August 2020', '-0044', '53.9', '-181', '', '"', 'a;b'),
    );
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), {
      minLength: 1,
      maxLength: 12,
    });
    const columns = fc.record(
      {
        date: fc.nat({ max: 7 }),
        end: fc.nat({ max: 7 }),
        title: fc.nat({ max: 7 }),
        summary: fc.nat({ max: 7 }),
        actors: fc.nat({ max: 7 }),
        lat: fc.nat({ max: 7 }),
        lon: fc.nat({ max: 7 }),
        type: fc.nat({ max: 7 }),
        id: fc.nat({ max: 7 }),
        url: fc.nat({ max: 7 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(',', ';', '\t'),
        columns,
        fc.boolean(),
        (rows, d, cols, dayFirst) => {
          const text = ['x,y,z,date,title', ...rows.map((r) => r.join(d))].join('\r\n');
          run(text, { columns: cols, dayFirst });
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('mutated sample files give a dataset or problems, never a throw', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: samples.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (which, edits) => {
          run(mutate(samples[which]!, edits));
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('any JSON value, as this app’s JSON or TimelineJS’s, gives a dataset or problems', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.record({
        meta: fc.jsonValue(),
        actors: fc.jsonValue(),
        places: fc.jsonValue(),
        events: fc.array(fc.jsonValue()),
      }),
      fc.record({ title: fc.jsonValue(), events: fc.array(fc.jsonValue()), eras: fc.jsonValue() }),
    );
    fc.assert(
      fc.property(value, (v) => {
        wellFormed(importEventmapJson(v, 'x.json'));
        wellFormed(importTimelineJsJson(v, 'x.json'));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('dates and HTML are read without a throw, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-composite', maxLength: 60 }),
        fc.boolean(),
        (text, dayFirst) => {
          const e = parseEdtf(text);
          if (e.ok) expect(Number.isNaN(e.value.start)).toBe(false);
          const l = parseLooseDate(text, dayFirst);
          if (l.ok) expect(parseEdtf(l.edtf).ok).toBe(true);
          const h = htmlToText(text);
          for (const link of h.links) expect(link.url).toMatch(/^https?:\/\//i);
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
