import { describe, expect, it } from 'vitest';
import { parseCsv, parseDelimited, type DelimitedOptions, type DelimitedRecord } from './parseCsv';

function rows(text: string): string[][] {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.rows;
}

describe('parseCsv', () => {
  it('splits records and fields, with CRLF, LF or CR line ends', () => {
    expect(rows('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(rows('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(rows('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields and empty lines', () => {
    expect(rows(',a,\r\n\r\nb')).toEqual([['', 'a', ''], [''], ['b']]);
    expect(rows('')).toEqual([]);
    expect(rows('\r\n')).toEqual([['']]);
  });

  it('skips a byte order mark', () => {
    expect(rows('\uFEFFid,title\r\nx,Минск\r\n')).toEqual([
      ['id', 'title'],
      ['x', 'Минск'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks verbatim', () => {
    expect(rows('"a,b","say ""hi""","one\r\ntwo","x\ny\rz",""\r\nlast')).toEqual([
      ['a,b', 'say "hi"', 'one\r\ntwo', 'x\ny\rz', ''],
      ['last'],
    ]);
    expect(rows('""""')).toEqual([['"']]);
  });

  it('reports an unterminated quoted field on the line it starts', () => {
    const text = ['h1,h2', '1,2', '3,"multi', 'line', 'field",4', '5,6', 'x,"open', 'y,z'].join(
      '\r\n',
    );
    expect(parseCsv(text)).toEqual({ ok: false, error: 'line 7: unterminated quoted field' });
    expect(parseCsv('a\n"b')).toEqual({ ok: false, error: 'line 2: unterminated quoted field' });
    // A missing closing quote often shows up later, as text after a quote.
    expect(parseCsv('a,"b\nc,"d"\n')).toEqual({
      ok: false,
      error:
        'line 2: unexpected text after a closing quote (a quote inside a field is written ""); the quoted field began on line 1',
    });
  });

  it('counts lines inside quoted fields when reporting later errors', () => {
    const r = parseCsv('a,"x\r\ny\nz"\r\nb,"c"d');
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/^line 4: unexpected text after a closing quote/),
    });
  });

  it('rejects a quote inside an unquoted field', () => {
    const r = parseCsv('a,b\r\nab"c,d');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^line 2: quote in an unquoted field/);
  });
});

describe('parseDelimited', () => {
  function read(text: string, options: Omit<DelimitedOptions, 'onRecord'> = {}) {
    const records: DelimitedRecord[] = [];
    const result = parseDelimited(text, { ...options, onRecord: (r) => void records.push(r) });
    return { result, records };
  }

  it('reads semicolon- and tab-separated text, quotes and all', () => {
    const semi = read('\uFEFFdate;title\r\n2020-08-15;"Minsk; march"\r\n', { delimiter: ';' });
    expect(semi.records.map((r) => r.fields)).toEqual([
      ['date', 'title'],
      ['2020-08-15', 'Minsk; march'],
    ]);
    const tab = read('a\tb\n1\t"x\ty\nz"\n', { delimiter: '\t' });
    expect(tab.records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', 'x\ty\nz'],
    ]);
  });

  it('gives the line each record starts on, counting line breaks inside quotes', () => {
    const { records } = read('h\r\n"one\r\ntwo"\r\nx\n"a\nb\nc"\r\nlast');
    expect(records.map((r) => [r.fields[0], r.line])).toEqual([
      ['h', 1],
      ['one\r\ntwo', 2],
      ['x', 4],
      ['a\nb\nc', 5],
      ['last', 8],
    ]);
  });

  it('says where each record ends, for progress', () => {
    const text = 'a,b\r\nc,d\r\n';
    expect(read(text).records.map((r) => r.end)).toEqual([5, 10]);
  });

  it('keeps a quote inside an unquoted field as text, leniently', () => {
    const { result, records } = read('size,name\r\n5" screen,TV\r\n');
    expect(result.ok).toBe(true);
    expect(records[1]).toEqual({ fields: ['5" screen', 'TV'], line: 2, end: 25 });
  });

  it('marks a record with text after a closing quote and keeps the damage in that field', () => {
    const { result, records } = read('a,b\n"He said "hi" today",x\nnext,row\n');
    expect(result).toEqual({ ok: true, records: 3, stopped: false });
    expect(records[1]).toMatchObject({
      fields: ['He said hi" today"', 'x'],
      line: 2,
      malformed:
        'line 2: text after a closing quote (a quote inside a field is written ""); the row was read as a guess',
    });
    expect(records[2]).toEqual({ fields: ['next', 'row'], line: 3, end: 36 });
  });

  it('stops at an unterminated quoted field, naming the line it began on', () => {
    const { result, records } = read('a\n1\n"open\nmore\n');
    expect(result).toEqual({
      ok: false,
      error: 'line 3: unterminated quoted field',
      line: 3,
      records: 2,
    });
    expect(records).toHaveLength(2);
  });

  it('stops when the caller says so', () => {
    let seen = 0;
    const r = parseDelimited('1\n2\n3\n4\n', { onRecord: () => ++seen < 2 });
    expect(r).toEqual({ ok: true, records: 2, stopped: true });
  });
});
