import type { Dataset } from '../../model/types';
import type { Delimiter } from '../parseCsv';

/** The formats an imported file may be in; recognised by content (detectFormat.ts). */
export const IMPORT_FORMATS = {
  'eventmap-json': 'this app’s JSON',
  'eventmap-csv': 'this app’s CSV export',
  'timelinejs-json': 'TimelineJS JSON',
  'timelinejs-csv': 'TimelineJS spreadsheet (CSV)',
  'acled-csv': 'ACLED export (CSV)',
  csv: 'CSV/TSV with your own columns',
} as const;
export type ImportFormat = keyof typeof IMPORT_FORMATS;

/**
 * One thing wrong with an imported file. An `error` keeps its row out of the
 * dataset (the row is in the rejected rows); a `warning` says what of a
 * loaded row could not be carried over.
 */
export interface ImportProblem {
  file: string;
  /** Spreadsheet row, the header being row 1; for JSON the record's position (1-based). */
  row?: number;
  /** 1-based line of the text file the row starts on (differs from row when a field has line breaks). */
  line?: number;
  /** The column (CSV) or the field's path (JSON: `events[4].date`). */
  column?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** A row that was not loaded, in the file's own columns, with why. */
export interface RejectedRow {
  row: number;
  line?: number;
  /** The row's cells in the order of `RejectedRows.header`. */
  cells: string[];
  problems: string[];
}

export interface RejectedRows {
  header: string[];
  rows: RejectedRow[];
}

/** What an import made of a file. */
export interface ImportOutcome {
  file: string;
  /** Null when the file is in no format this app reads. */
  format: ImportFormat | null;
  /** Rows (CSV, header not counted) or records (JSON) read. */
  total: number;
  /** The valid rows as a validated dataset; null when none can be loaded. */
  dataset: Dataset | null;
  problems: ImportProblem[];
  rejected: RejectedRows;
}

/** The dataset fields a column of a CSV with its own headers can fill. */
export const MAPPABLE_FIELDS = [
  'date',
  'end',
  'title',
  'summary',
  'actors',
  'place',
  'lat',
  'lon',
  'type',
  'id',
  'url',
  'tags',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/**
 * Which column (0-based index into the header) fills which field, for a CSV
 * with its own headers. Each list field (actors, tags) is split on `;`.
 */
export interface ColumnMapping {
  columns: Partial<Record<MappableField, number>>;
  /** How to read dates like 03/04/2020: day first (dmy) or month first (mdy). */
  dayFirst: boolean;
}

/** A CSV with its own headers: the caller must choose a mapping before it can be read. */
export interface MappingNeeded {
  file: string;
  delimiter: Delimiter;
  headers: string[];
  /** The first few data rows, to show beside the choices. */
  sample: string[][];
  proposed: ColumnMapping;
}

export type ImportStep =
  { kind: 'done'; outcome: ImportOutcome } | { kind: 'needs-mapping'; mapping: MappingNeeded };

/** Where a candidate event came from, to report its problems in the file's own terms. */
export interface RowOrigin {
  row: number;
  line?: number;
  /** A JSON record's path in its file (`events[4]`); problems are then named by path. */
  path?: string;
  /** The file's column (or JSON path) each dataset field came from: `date` → `event_date`. */
  columns: Partial<Record<string, string>>;
  cells: string[];
}
