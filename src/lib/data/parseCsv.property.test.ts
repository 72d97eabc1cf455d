import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mutatedString } from '../../../tests/support/mutate';
import { buildCatalog } from '../model/catalog';
import { smallDataset } from '../model/testing/smallDataset';
import { exportCsv, guardCsvField, quoteCsvField, unguardCsvField } from './exportCsv';
import { parseCsv } from './parseCsv';

// Property-based: the seed is fixed in tests/setup.ts, so every run tries the same inputs.

/** Field text with the characters CSV cares about, and any other. */
const field = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...'",\r\n =+-@\'x1'.split('')), maxLength: 12 }),
);
const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), {
  minLength: 1,
  maxLength: 8,
});

/** The CSV writer's way: guard, quote, comma-separated, CRLF after each record. */
const write = (table: string[][]) =>
  table.map((r) => r.map((v) => quoteCsvField(guardCsvField(v))).join(',')).join('\r\n') + '\r\n';

const exported = exportCsv(buildCatalog(smallDataset()).events, buildCatalog(smallDataset()));

describe('CSV writer and reader (properties)', () => {
  it('reads back any table the writer wrote, field for field', () => {
    fc.assert(
      fc.property(rows, (table) => {
        const r = parseCsv(write(table));
        if (!r.ok) throw new Error(r.error);
        expect(r.rows.map((row) => row.map(unguardCsvField))).toEqual(table);
      }),
    );
  });

  it('any text, or a damaged export, gives rows or an error with its line, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          mutatedString(fc.constant(exported)),
          rows.map(write),
        ),
        (text) => {
          const r = parseCsv(text);
          return r.ok ? r.rows.every((row) => row.length > 0) : /^line \d+: /.test(r.error);
        },
      ),
    );
  });
});
