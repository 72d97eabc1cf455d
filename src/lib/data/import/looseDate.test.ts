import { describe, expect, it } from 'vitest';
import { parseLooseDate } from './looseDate';

describe('parseLooseDate', () => {
  it.each([
    ['2020-08-15', '2020-08-15'],
    ['2020-08', '2020-08'],
    ['1994', '1994'],
    ['2020-08-09/2020-08-15', '2020-08-09/2020-08-15'],
    ['-0043-03-15', '-0043-03-15'],
    ['2020/08/15', '2020-08-15'],
    ['2020.8.5', '2020-08-05'],
    ['15 August 2020', '2020-08-15'],
    [' 5  Aug 2020 ', '2020-08-05'],
    ['15 Sept. 2020', '2020-09-15'],
    ['15-Aug-2020', '2020-08-15'],
    ['August 15, 2020', '2020-08-15'],
    ['Aug 1st 2020', '2020-08-01'],
    ['August 2020', '2020-08'],
    ['15.08.2020', '2020-08-15'],
    ['44 BC', '-0043'],
    ['1 BCE', '0000'],
    ['AD 79', '0079'],
    ['79 CE', '0079'],
    ['-44', '-0044'],
    ['476', '0476'],
  ])('%j → %s', (input, edtf) => {
    expect(parseLooseDate(input)).toEqual({ ok: true, edtf });
  });

  it('keeps the time of an ISO date-time in a note', () => {
    expect(parseLooseDate('2020-08-15T14:30:00Z')).toEqual({
      ok: true,
      edtf: '2020-08-15',
      note: 'time 14:30Z',
    });
    expect(parseLooseDate('2020-08-15 09:05')).toEqual({
      ok: true,
      edtf: '2020-08-15',
      note: 'time 09:05',
    });
  });

  it('reads slashed dates in the order the caller says, and refuses what does not fit it', () => {
    expect(parseLooseDate('03/04/2020', true)).toEqual({ ok: true, edtf: '2020-04-03' });
    expect(parseLooseDate('03/04/2020', false)).toEqual({ ok: true, edtf: '2020-03-04' });
    expect(parseLooseDate('04/13/2020', true)).toEqual({
      ok: false,
      error: '"04/13/2020" is not a day/month/year date',
    });
  });

  it.each([
    ['', 'no date given'],
    ['yesterday', 'is not a date this app can read'],
    ['2020-02-30', 'day 30 does not exist in 2020-02'],
    ['31 June 2020', '"31 June 2020" is not a real date: day 31 does not exist in 2020-06'],
    ['15 Augustus 2020', 'is not a date this app can read'],
    ['2020-13', 'month 13 is not 01–12'],
    ['0 BC', 'is not a date this app can read'],
    ['x'.repeat(100), 'is not a date'],
  ])('refuses %j', (input, reason) => {
    const r = parseLooseDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(reason);
  });
});
