import fc from 'fast-check';
import { daysInMonth, isoYear } from '../../src/lib/model/utcDate';

/** Generators of valid input for property-based tests (fast-check). */

const pad = (n: number) => String(n).padStart(2, '0');

/** A valid EDTF point of our subset, any year from -9999 to 9999. */
export const edtfPoint = fc
  .record({
    year: fc.integer({ min: -9999, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day'),
    flag: fc.constantFrom('', '~', '?', '%'),
  })
  .map(({ year, month, day, precision, flag }) => {
    const d = Math.min(day, daysInMonth(year, month));
    const text =
      precision === 'year'
        ? isoYear(year)
        : precision === 'month'
          ? `${isoYear(year)}-${pad(month)}`
          : `${isoYear(year)}-${pad(month)}-${pad(d)}`;
    return { text: text + flag, year, month, day: d, precision };
  });

/** Valid EDTF strings: points and intervals, open ends included (some end before they start). */
export const validEdtf = fc.oneof(
  edtfPoint.map((p) => p.text),
  fc.tuple(edtfPoint, edtfPoint).map(([a, b]) => `${a.text}/${b.text}`),
  edtfPoint.map((p) => `${p.text}/..`),
  edtfPoint.map((p) => `../${p.text}`),
);
