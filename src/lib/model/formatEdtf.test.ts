import { describe, expect, it } from 'vitest';
import { edtf } from './edtf';
import { describePrecision, formatEdtf, isoDay } from './formatEdtf';

// The suite runs under several TZ values (see package.json "test:unit"); the
// output must not move by a day in any of them.
describe(`formatEdtf (TZ=${process.env.TZ ?? 'system'})`, () => {
  it.each([
    ['2020-08-14', '14 Aug 2020'],
    ['2020-08-09', '9 Aug 2020'],
    ['2020-08', 'Aug 2020'],
    ['2020-08~', 'Aug 2020 (approx.)'],
    ['2020-08-14?', '14 Aug 2020 (uncertain)'],
    ['2020%', '2020 (approx., uncertain)'],
    ['1994', '1994'],
    ['2020-08-09/2020-08-15', '9–15 Aug 2020'],
    ['2020-07-29/2020-08-15', '29 Jul – 15 Aug 2020'],
    ['2019-12-30/2020-01-02', '30 Dec 2019 – 2 Jan 2020'],
    ['2020-06/2020-08', 'Jun–Aug 2020'],
    ['1994/..', 'since 1994'],
    ['../2020-08-14', 'until 14 Aug 2020'],
    ['2020-08-10~/2020-08-15', '10–15 Aug 2020 (approx.)'],
    ['2020-01-01', '1 Jan 2020'],
    ['2020-12-31', '31 Dec 2020'],
    ['2020-08-15/2020-08-15', '15 Aug 2020'],
    ['2020-08/2020-08', 'Aug 2020'],
    ['2020/2020~', '2020 (approx.)'],
    ['-0043-03-15', '15 Mar 44 BC'],
    ['-0499', '500 BC'],
    ['0000', '1 BC'],
    ['-0043-03', 'Mar 44 BC'],
    ['-0043-03-01/-0043-03-15', '1–15 Mar 44 BC'],
    ['-0500/0500', '501 BC – 0500'],
  ])('%s → %s', (input, expected) => {
    expect(formatEdtf(edtf(input))).toBe(expected);
  });

  it.each([
    ['0000-01-01', '1 Jan 1 BC'],
    ['0000-02-29', '29 Feb 1 BC'],
    ['0001-12-31', '31 Dec 0001'],
    ['0020-08-14', '14 Aug 0020'],
    ['0099', '0099'],
    ['0100-03', 'Mar 0100'],
    ['9999-12-31', '31 Dec 9999'],
    ['-0044-03-15', '15 Mar 45 BC'],
    ['-0001/0001', '2 BC – 0001'],
  ])(
    'writes early years as they are, and years before 1 with their era: %s → %s',
    (input, expected) => {
      expect(formatEdtf(edtf(input))).toBe(expected);
    },
  );

  it('gives the ISO day of a floating instant without shifting it', () => {
    expect(isoDay(edtf('0000-01-01').start)).toBe('0000-01-01');
    expect(isoDay(edtf('-0044-03-15').start)).toBe('-0044-03-15');
    expect(isoDay(edtf('2020-08-14').start)).toBe('2020-08-14');
    expect(isoDay(edtf('2020-01-01').start)).toBe('2020-01-01');
    expect(isoDay(edtf('-0043-03-15').start)).toBe('-0043-03-15');
    expect(isoDay(edtf('0044-02-29').start)).toBe('0044-02-29');
  });

  it('describes precision in words', () => {
    expect(describePrecision(edtf('2020-08~'))).toBe('known to the month; approximate');
    expect(describePrecision(edtf('1994/..'))).toBe(
      'ongoing (open end); a period, known to the year',
    );
  });
});
