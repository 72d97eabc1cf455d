import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../parseCsv';
import { detectFormat } from './detectFormat';
import { importAcledCsv } from './importAcledCsv';
import { rejectedFileName, rejectedRowsCsv } from './rejectedRowsCsv';

describe('rejectedRowsCsv', () => {
  it('writes the file’s own columns and cells, then where and why', () => {
    const csv = rejectedRowsCsv({
      header: ['date', 'title'],
      rows: [
        {
          row: 3,
          line: 4,
          cells: ['yesterday', 'He said "hi", twice'],
          problems: ['date: bad', 'title: odd'],
        },
        { row: 7, cells: ['=1+1'], problems: ['-5 is wrong'] },
      ],
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const r = parseCsv(csv);
    expect(r).toEqual({
      ok: true,
      rows: [
        ['date', 'title', 'import_row', 'import_line', 'import_problems'],
        ['yesterday', 'He said "hi", twice', '3', '4', 'date: bad | title: odd'],
        // The file's own cell is as it was; our message is guarded against formulas.
        ['=1+1', '', '7', '', "'-5 is wrong"],
      ],
    });
  });

  it('is a file that opens again in the same format once fixed', () => {
    const o = importAcledCsv(
      readFileSync('tests/fixtures/import/acled-broken.csv', 'utf8'),
      'a.csv',
      ',',
    );
    const csv = rejectedRowsCsv(o.rejected);
    expect(detectFormat(csv)).toMatchObject({ ok: true, format: 'acled-csv' });
    const again = importAcledCsv(csv, 'a-rejected.csv', ',');
    // Still broken, the same way: nothing was lost on the way out.
    expect(again.problems.map((p) => p.message)).toEqual(
      o.problems.filter((p) => p.row !== 3).map((p) => p.message),
    );
  });

  it('names the file after the original', () => {
    expect(rejectedFileName('events.csv')).toBe('events-rejected.csv');
    expect(rejectedFileName('timeline')).toBe('timeline-rejected.csv');
  });
});
