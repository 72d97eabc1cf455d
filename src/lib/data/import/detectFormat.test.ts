import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectFormat } from './detectFormat';
import { sniffDelimiter } from './sniffDelimiter';

const read = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');

describe('detectFormat', () => {
  it.each([
    ['eventmap.json', 'eventmap-json'],
    ['eventmap.csv', 'eventmap-csv'],
    ['timelinejs.json', 'timelinejs-json'],
    ['timelinejs-sheet.csv', 'timelinejs-csv'],
    ['acled.csv', 'acled-csv'],
    ['generic-comma.csv', 'csv'],
    ['generic-semicolon.csv', 'csv'],
    ['generic-tab.tsv', 'csv'],
  ])('knows %s by its content as %s', (file, format) => {
    expect(detectFormat(read(file))).toMatchObject({ ok: true, format });
  });

  it('knows an ACLED export saved with semicolons, and the columns in another order', () => {
    const [header, ...rows] = read('acled.csv')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const cols = header!.split(',').reverse();
    expect(detectFormat([cols.join(';'), ...rows].join('\n'))).toMatchObject({
      format: 'acled-csv',
      delimiter: ';',
    });
  });

  it('says why it cannot read a file', () => {
    expect(detectFormat('')).toEqual({ ok: false, message: 'is empty' });
    expect(detectFormat(' \n ')).toEqual({ ok: false, message: 'is empty' });
    expect(detectFormat('PK\u0003\u0004 binary')).toMatchObject({
      ok: false,
      message: expect.stringContaining('save it as CSV'),
    });
    expect(detectFormat('{\n  "meta": {,\n}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^is not valid JSON at line 2, column 12: /),
    });
    expect(detectFormat('{"events": [1,}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^is not valid JSON: Unexpected token/),
    });
    expect(detectFormat('[1, 2]')).toMatchObject({
      ok: false,
      message: expect.stringContaining('neither'),
    });
    expect(detectFormat('just one column\nof text')).toMatchObject({ ok: false });
  });
});

describe('sniffDelimiter', () => {
  it('counts delimiters in the first line, outside quotes', () => {
    expect(sniffDelimiter('a;b;"c,d,e"\n1,2,3,4,5')).toBe(';');
    expect(sniffDelimiter('\uFEFFa\tb\tc')).toBe('\t');
    expect(sniffDelimiter('single')).toBe(',');
  });
});
