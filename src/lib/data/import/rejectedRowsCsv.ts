import { guardCsvField, quoteCsvField } from '../exportCsv';
import type { RejectedRows } from './types';

/** Columns added after the file's own, so a fixed file can be opened again as it is. */
export const REJECTED_COLUMNS = ['import_row', 'import_line', 'import_problems'] as const;

/**
 * The rows an import did not load, as a CSV to fix and open again: the
 * file's own header and cells, unchanged (a JSON record as its JSON text),
 * then where each row was and why it was refused. UTF-8 with a byte order
 * mark, CRLF, RFC 4180 quoting, like the export; our problem text is
 * guarded against spreadsheet formulas, the file's own cells are left as
 * they were.
 */
export function rejectedRowsCsv(rejected: RejectedRows): string {
  const width = Math.max(rejected.header.length, ...rejected.rows.map((r) => r.cells.length));
  const header = [...rejected.header];
  for (let i = header.length; i < width; i++) header.push(`column_${i + 1}`);
  const line = (cells: readonly string[]) => cells.map(quoteCsvField).join(',');
  const lines = [line([...header, ...REJECTED_COLUMNS])];
  for (const r of rejected.rows) {
    const cells = [...r.cells];
    while (cells.length < width) cells.push('');
    lines.push(
      line([
        ...cells,
        String(r.row),
        r.line === undefined ? '' : String(r.line),
        guardCsvField(r.problems.join(' | ')),
      ]),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** "events.csv" → "events-rejected.csv". */
export function rejectedFileName(file: string): string {
  const base = file.replace(/\.[^./\\]*$/, '') || 'import';
  return `${base}-rejected.csv`;
}
