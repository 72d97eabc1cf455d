import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv';

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
