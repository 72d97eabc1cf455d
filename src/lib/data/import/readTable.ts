import { parseDelimited, type Delimiter } from '../parseCsv';
import { MAX_EVENTS, countRefusal } from './limits';

export interface TableRow {
  cells: string[];
  /** Spreadsheet row: the header is row 1. */
  row: number;
  line: number;
  /** Why the row's text could only be read by a guess. */
  malformed?: string;
}

export type Table =
  { ok: true; header: string[]; rows: TableRow[] } | { ok: false; message: string; line?: number };

/**
 * A delimited text as a header and rows, each row with its spreadsheet row
 * number and the line it starts on. Blank lines carry nothing and are
 * skipped. `onProgress` gets the share of the text read (0–1).
 */
export function readTable(
  text: string,
  delimiter: Delimiter,
  onProgress?: (fraction: number) => void,
): Table {
  let header: string[] | null = null;
  const rows: TableRow[] = [];
  let index = 0;
  let tooMany = false;
  const every = Math.max(1, Math.floor(text.length / 100));
  let nextReport = every;
  const r = parseDelimited(text, {
    delimiter,
    onRecord: (rec) => {
      index++;
      if (rec.end >= nextReport) {
        onProgress?.(rec.end / text.length);
        nextReport = rec.end + every;
      }
      if (header === null) {
        header = rec.fields.map((h) => h.trim());
        return;
      }
      if (rec.fields.length === 1 && rec.fields[0]!.trim() === '') return;
      if (rows.length >= MAX_EVENTS) {
        tooMany = true;
        return false;
      }
      const row: TableRow = { cells: rec.fields, row: index, line: rec.line };
      if (rec.malformed !== undefined) row.malformed = rec.malformed;
      rows.push(row);
    },
  });
  if (!r.ok) return { ok: false, message: `cannot be read: ${r.error}`, line: r.line };
  if (tooMany) return { ok: false, message: countRefusal(Infinity, 'rows')! };
  if (header === null) return { ok: false, message: 'is empty' };
  onProgress?.(1);
  return { ok: true, header, rows };
}

/** Column positions by name, case and spacing aside; the first of repeated names. */
export function columnIndex(header: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  header.forEach((h, i) => {
    const key = h.trim().toLowerCase();
    if (!map.has(key)) map.set(key, i);
  });
  return map;
}

/** Why a row's cells do not fit the header, or null: more filled cells than columns. */
export function shapeProblem(cells: readonly string[], header: readonly string[]): string | null {
  if (cells.length <= header.length) return null;
  const extra = cells.slice(header.length).filter((c) => c.trim() !== '');
  if (extra.length === 0) return null;
  return `has ${cells.length} fields but the header has ${header.length} (a delimiter inside a field that is not in quotes?)`;
}
