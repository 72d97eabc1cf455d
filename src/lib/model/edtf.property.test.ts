import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mutatedString } from '../../../tests/support/mutate';
import { parseEdtf } from './edtf';
import { describePrecision, formatEdtf, isoDay } from './formatEdtf';
import { isoYear } from './utcDate';
import { edtfPoint, validEdtf } from '../../../tests/support/arbitraries';

// Property-based: the seed is fixed in tests/setup.ts, so every run tries the same inputs.

const anyText = fc.oneof(fc.string({ unit: 'binary' }), validEdtf, mutatedString(validEdtf));

describe('EDTF (properties)', () => {
  it('any input gives a date or a reason, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.anything()), (input) => {
        const r = parseEdtf(input);
        if (!r.ok) return typeof r.error === 'string' && r.error.length > 0;
        return r.value.start < r.value.end;
      }),
    );
  });

  it('every date that parses can be written out, in words and as days', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const r = parseEdtf(input);
        if (!r.ok) return true;
        const d = r.value;
        expect(formatEdtf(d).length).toBeGreaterThan(0);
        expect(describePrecision(d).length).toBeGreaterThan(0);
        if (Number.isFinite(d.start)) expect(isoDay(d.start)).toMatch(/^-?\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });

  it('a valid point parses to its own calendar day, shown with its year', () => {
    fc.assert(
      fc.property(edtfPoint, (p) => {
        const r = parseEdtf(p.text);
        if (!r.ok) throw new Error(r.error);
        const d = r.value;
        const pad = (n: number) => String(n).padStart(2, '0');
        const first = `${isoYear(p.year)}-${pad(p.precision === 'year' ? 1 : p.month)}-${pad(p.precision === 'day' ? p.day : 1)}`;
        expect(isoDay(d.start)).toBe(first);
        // Shown as written from year 1 on; before it, with its era (0000 is 1 BC).
        const shown = p.year >= 1 ? isoYear(p.year) : `${1 - p.year} BC`;
        expect(formatEdtf(d, { qualifiers: false })).toContain(shown);
      }),
    );
  });
});
