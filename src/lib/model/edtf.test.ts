import { describe, expect, it } from 'vitest';
import { parseEdtf, edtf, isImprecise } from './edtf';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('parseEdtf', () => {
  it('parses a day with its extent', () => {
    const d = edtf('2020-08-14');
    expect(d.precision).toBe('day');
    expect(d.start).toBe(day(2020, 8, 14));
    expect(d.end).toBe(day(2020, 8, 15));
    expect(d.isInterval).toBe(false);
    expect(isImprecise(d)).toBe(false);
  });

  it('parses month and year precision to their whole span', () => {
    const m = edtf('2020-02');
    expect([m.precision, m.start, m.end]).toEqual(['month', day(2020, 2, 1), day(2020, 3, 1)]);
    const y = edtf('1994');
    expect([y.precision, y.start, y.end]).toEqual(['year', day(1994, 1, 1), day(1995, 1, 1)]);
    expect(isImprecise(m)).toBe(true);
  });

  it('reads the ~ ? % qualifiers', () => {
    expect(edtf('2020-08~')).toMatchObject({ approximate: true, uncertain: false });
    expect(edtf('2020-08-14?')).toMatchObject({ approximate: false, uncertain: true });
    expect(edtf('2020%')).toMatchObject({ approximate: true, uncertain: true });
    expect(isImprecise(edtf('2020-08-14?'))).toBe(true);
  });

  it('parses closed intervals, inclusive of the end day', () => {
    const i = edtf('2020-08-09/2020-08-15');
    expect(i.isInterval).toBe(true);
    expect(i.start).toBe(day(2020, 8, 9));
    expect(i.end).toBe(day(2020, 8, 16));
    expect(i.precision).toBe('day');
  });

  it('parses open ends', () => {
    const since = edtf('1994/..');
    expect(since.start).toBe(day(1994, 1, 1));
    expect(since.end).toBe(Infinity);
    expect(since.to).toBeNull();
    const until = edtf('../2020-08');
    expect(until.start).toBe(-Infinity);
    expect(until.end).toBe(day(2020, 9, 1));
  });

  it('takes the coarsest precision and any flag of an interval', () => {
    const i = edtf('2020-08-01?/2020-08-14');
    expect(i.uncertain).toBe(true);
    expect(edtf('2020/2020-08-14').precision).toBe('year');
  });

  it('accepts leap days only in leap years', () => {
    expect(parseEdtf('2020-02-29').ok).toBe(true);
    expect(parseEdtf('2019-02-29')).toEqual({
      ok: false,
      error: '"2019-02-29" is not a valid EDTF date: day 29 does not exist in 2019-02',
    });
  });

  it.each([
    ['2020-13-01', 'month 13 is not 01–12'],
    ['2020-08-32', 'day 32 does not exist'],
    ['14 Aug 2020', 'not a date of the form'],
    ['20-08-14', 'not a date of the form'],
    ['2020-8-14', 'not a date of the form'],
    ['2020-08-14T10:00', 'not a date of the form'],
    ['', 'it is empty'],
    ['../..', 'at least one known end'],
    ['2020/2021/2022', 'exactly one "/"'],
    ['2020-08-14~~', 'not a date of the form'],
  ])('refuses %j with a reason', (input, reason) => {
    const r = parseEdtf(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(reason);
  });

  it('takes years 0000–0099 as written: year 0 is a leap year, 0020 is not 1920', () => {
    const leap = parseEdtf('0000-02-29');
    expect(leap.ok).toBe(true);
    expect(new Date(edtf('0000-02-29').start).getUTCMonth()).toBe(1);
    expect(new Date(edtf('0020-01-01').start).getUTCFullYear()).toBe(20);
    expect(new Date(edtf('0099').end).getUTCFullYear()).toBe(100);
    expect(parseEdtf('0100-02-29').ok).toBe(false);
  });

  it('reads negative (astronomical) years; -0000 is not a year', () => {
    const d = edtf('-0044-03-15');
    expect(new Date(d.start).getUTCFullYear()).toBe(-44);
    expect(d.end - d.start).toBe(86_400_000);
    expect(edtf('-0001/0001').isInterval).toBe(true);
    expect(parseEdtf('-0004-02-29').ok).toBe(true);
    expect(parseEdtf('-0000').ok).toBe(false);
  });

  it('refuses an interval that ends before it starts', () => {
    expect(parseEdtf('2020-08-15/2020-08-09')).toEqual({
      ok: false,
      error: '"2020-08-15/2020-08-09" ends before it starts',
    });
  });

  it('reads negative years (BC) in astronomical numbering, keeping their precision', () => {
    const ides = edtf('-0043-03-15');
    expect([ides.precision, ides.from?.year, ides.from?.month, ides.from?.day]).toEqual([
      'day',
      -43,
      3,
      15,
    ]);
    const start = new Date(ides.start);
    expect([start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()]).toEqual([-43, 2, 15]);
    expect(ides.end - ides.start).toBe(86_400_000);
    const y = edtf('-0500');
    expect(y.precision).toBe('year');
    expect(new Date(y.start).getUTCFullYear()).toBe(-500);
    expect(new Date(y.end).getUTCFullYear()).toBe(-499);
    expect(edtf('-0753-04~').precision).toBe('month');
    // 0000 is 1 BC and comes right after -0001 (2 BC).
    expect(edtf('-0001').end).toBe(edtf('0000').start);
    const span = edtf('-0500/0500');
    expect(span.start).toBeLessThan(span.end);
    expect(parseEdtf('0500/-0500')).toMatchObject({ ok: false });
  });

  it('refuses the year -0000 and negative years of other lengths', () => {
    expect(parseEdtf('-0000')).toEqual({
      ok: false,
      error: '"-0000" is not a valid EDTF date: year -0000 does not exist (0000 is 1 BC)',
    });
    expect(parseEdtf('-44').ok).toBe(false);
    expect(parseEdtf('--0044').ok).toBe(false);
  });

  it('knows the leap days of the years 0–99 (not read as 1900–1999)', () => {
    // 0000 and 0004 are leap years in the proleptic Gregorian calendar; 1900 was not.
    expect(parseEdtf('0000-02-29').ok).toBe(true);
    expect(parseEdtf('0004-02-29').ok).toBe(true);
    expect(parseEdtf('0001-02-29').ok).toBe(false);
    expect(parseEdtf('-0004-02-29').ok).toBe(true);
    expect(parseEdtf('-0001-02-29').ok).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(parseEdtf(20200814)).toEqual({ ok: false, error: 'a date must be a string' });
    expect(parseEdtf(null).ok).toBe(false);
  });
});
