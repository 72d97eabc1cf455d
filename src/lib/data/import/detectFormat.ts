import { parseDelimited, type Delimiter } from '../parseCsv';
import { CSV_COLUMNS, CORE_CSV_COLUMNS } from '../exportCsv';
import { parseJson } from './parseJson';
import { sniffDelimiter } from './sniffDelimiter';
import type { ImportFormat } from './types';

/** Columns every ACLED export has (others vary between versions of their export). */
export const ACLED_REQUIRED = [
  'event_id_cnty',
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'location',
  'latitude',
  'longitude',
] as const;

/** Columns of TimelineJS's Google Sheets template that tell it apart. */
export const TIMELINEJS_SHEET_REQUIRED = ['year', 'month', 'day', 'headline', 'text'] as const;

export type Detected =
  | { ok: true; format: 'eventmap-json' | 'timelinejs-json'; json: unknown }
  | {
      ok: true;
      format: Exclude<ImportFormat, 'eventmap-json' | 'timelinejs-json'>;
      delimiter: Delimiter;
    }
  | { ok: false; message: string };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The file's first record: its header. */
function firstRecord(text: string, delimiter: Delimiter): string[] {
  let header: string[] = [];
  parseDelimited(text, {
    delimiter,
    onRecord: (r) => {
      header = r.fields;
      return false;
    },
  });
  return header.map((h) => h.trim().toLowerCase());
}

/**
 * Which format a file is in, from its content alone (a file name's
 * extension says little: a TimelineJS JSON saved as .txt, a TSV as .csv).
 * JSON is parsed here once and handed on.
 */
export function detectFormat(text: string): Detected {
  const start = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const head = start.trimStart();
  if (head === '') return { ok: false, message: 'is empty' };
  if (head.startsWith('PK\u0003\u0004')) {
    return {
      ok: false,
      message: 'is a spreadsheet workbook (.xlsx or .ods); save it as CSV and open that',
    };
  }
  if (start.includes('\u0000')) {
    return { ok: false, message: 'is not a text file (save a spreadsheet as CSV)' };
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    const r = parseJson(text);
    if (!r.ok) return { ok: false, message: r.message };
    const v = r.value;
    if (isObj(v) && isObj(v.meta) && Array.isArray(v.events)) {
      return { ok: true, format: 'eventmap-json', json: v };
    }
    if (isObj(v) && (Array.isArray(v.events) || isObj(v.title))) {
      return { ok: true, format: 'timelinejs-json', json: v };
    }
    return {
      ok: false,
      message:
        'is JSON, but neither this app’s format (meta, actors, places, events) nor TimelineJS’s (events with start_date)',
    };
  }
  const delimiter = sniffDelimiter(start);
  const header = firstRecord(text, delimiter);
  const has = (names: readonly string[]) => names.every((n) => header.includes(n));
  if (has(ACLED_REQUIRED)) return { ok: true, format: 'acled-csv', delimiter };
  if (CSV_COLUMNS.slice(0, CORE_CSV_COLUMNS).every((c, i) => header[i] === c)) {
    return { ok: true, format: 'eventmap-csv', delimiter };
  }
  if (has(TIMELINEJS_SHEET_REQUIRED)) return { ok: true, format: 'timelinejs-csv', delimiter };
  if (header.length < 2) {
    return {
      ok: false,
      message: 'has one column only; a CSV needs at least a date and a title column',
    };
  }
  return { ok: true, format: 'csv', delimiter };
}
