import { describe, expect, it } from 'vitest';
import { daysInMonth, isoDate, isoYear, utcTime } from './utcDate';

describe('utcTime', () => {
  it('takes years 0–99 as written, not as 1900–1999', () => {
    expect(new Date(utcTime(20, 0, 1)).getUTCFullYear()).toBe(20);
    expect(new Date(utcTime(0, 1, 29)).getUTCDate()).toBe(29);
    expect(new Date(utcTime(-44, 2, 15)).getUTCFullYear()).toBe(-44);
  });
});

describe('daysInMonth', () => {
  it('counts February of the proleptic Gregorian calendar: year 0 and -4 are leap years, 100 is not', () => {
    expect([0, -4, 4, 100, 400, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([
      29, 29, 29, 28, 29, 28, 29,
    ]);
  });
});

describe('isoYear and isoDate', () => {
  it('write four digits and a sign for years before 0', () => {
    expect([0, 1, 99, 100, 9999, -1, -44].map(isoYear)).toEqual([
      '0000',
      '0001',
      '0099',
      '0100',
      '9999',
      '-0001',
      '-0044',
    ]);
    expect(isoDate(utcTime(0, 0, 1))).toBe('0000-01-01');
    expect(isoDate(utcTime(-44, 2, 15, 6, 30), true)).toBe('-0044-03-15T06:30');
  });

  it('never throws, even for instants a Date cannot hold', () => {
    expect(isoDate(Infinity)).toBe(isoDate(8.64e15));
    expect(isoDate(-1e300)).toBe(isoDate(-8.64e15));
    expect(isoDate(NaN)).toBe('1970-01-01');
  });
});
