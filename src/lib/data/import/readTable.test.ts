import { describe, expect, it } from 'vitest';
import { columnIndex, readTable, shapeProblem } from './readTable';
import { importText } from './importText';
import { importEventmapJson } from './importEventmapJson';
import { MAX_EVENTS } from './limits';

describe('readTable', () => {
  it('numbers rows as a spreadsheet does and skips blank lines', () => {
    const t = readTable('a,b\r\n1,2\r\n\r\n"x\ny",3\r\n', ',');
    expect(t).toEqual({
      ok: true,
      header: ['a', 'b'],
      rows: [
        { cells: ['1', '2'], row: 2, line: 2 },
        { cells: ['x\ny', '3'], row: 4, line: 4 },
      ],
    });
  });

  it('reports progress up to the end', () => {
    const seen: number[] = [];
    readTable('a\n'.repeat(500), ',', (f) => seen.push(f));
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
  });

  it('says where an unterminated quote begins, and when a file is empty', () => {
    expect(readTable('a\n"b\nc', ',')).toEqual({
      ok: false,
      message: 'cannot be read: line 2: unterminated quoted field',
      line: 2,
    });
    expect(readTable('', ',')).toEqual({ ok: false, message: 'is empty' });
  });

  it('finds columns by name, case aside, and tells too many cells from trailing empty ones', () => {
    expect(columnIndex([' Date', 'TITLE', 'date'])).toEqual(
      new Map([
        ['date', 0],
        ['title', 1],
      ]),
    );
    expect(shapeProblem(['1', '2', '', ' '], ['a', 'b'])).toBeNull();
    expect(shapeProblem(['1', '2', 'x'], ['a', 'b'])).toBe(
      'has 3 fields but the header has 2 (a delimiter inside a field that is not in quotes?)',
    );
  });
});

describe('the size limit in events', () => {
  it('refuses a CSV of more than 200,000 rows, naming the limit', () => {
    const text = `date,title\n${'2020-08-09,x\n'.repeat(MAX_EVENTS + 1)}`;
    const step = importText(text, {
      file: 'huge.csv',
      mapping: { columns: { date: 0, title: 1 }, dayFirst: true },
    });
    expect(step.kind === 'done' && step.outcome.problems).toEqual([
      {
        file: 'huge.csv',
        message: 'has more than 200,000 rows; files with up to 200,000 events can be opened',
        severity: 'error',
      },
    ]);
  });

  it('refuses a JSON file of more than 200,000 events', () => {
    const o = importEventmapJson(
      { meta: {}, events: new Array(MAX_EVENTS + 1).fill({}) },
      'x.json',
    );
    expect(o.dataset).toBeNull();
    expect(o.problems[0]?.message).toBe(
      'has more than 200,000 events; files with up to 200,000 events can be opened',
    );
  });
});
