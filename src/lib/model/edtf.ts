/**
 * The subset of EDTF (ISO 8601-2) we accept: YYYY, YYYY-MM, YYYY-MM-DD (a
 * minus sign before YYYY for years before 0000), each
 * optionally followed by ~ (approximate), ? (uncertain) or % (both), and
 * intervals START/END where either end may be open (`..`). A year may be
 * negative (`-0044-03-15`): ISO 8601's astronomical numbering, where 0000 is
 * 1 BC and -0001 is 2 BC; `-0000` is not a year.
 *
 * Dates are calendar dates in Minsk local time. We keep them as "floating"
 * days: milliseconds of midnight UTC of that calendar day, read back with
 * UTC getters only, so no reader's time zone can move an event by a day.
 */
import { daysInMonth, utcTime } from './utcDate';

export type DatePrecision = 'year' | 'month' | 'day';

export interface EdtfPoint {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
  /** Earliest instant the point may mean (inclusive, floating ms). */
  start: number;
  /** First instant after the point (exclusive, floating ms). */
  end: number;
}

export interface EdtfDate {
  text: string;
  /** The start point; null when the interval is open at the start. */
  from: EdtfPoint | null;
  /** The end point; null when open at the end. Same as `from` for a single date. */
  to: EdtfPoint | null;
  isInterval: boolean;
  /** Inclusive earliest instant; -Infinity when open at the start. */
  start: number;
  /** Exclusive latest instant; +Infinity when open at the end. */
  end: number;
  /** The coarsest precision of the given ends. */
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
}

export type EdtfResult = { ok: true; value: EdtfDate } | { ok: false; error: string };

// Years are astronomical, as in ISO 8601: 0000 is 1 BCE, -0001 is 2 BCE.
const POINT = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;
const DAY_MS = 86_400_000;

function parsePoint(text: string): EdtfPoint | string {
  const m = POINT.exec(text);
  if (!m) return `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  if (m[1] === '-0000') return 'year -0000 does not exist (0000 is 1 BC)';
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  const flag = m[4];
  if (month !== undefined && (month < 1 || month > 12)) return `month ${m[2]} is not 01–12`;
  if (month !== undefined && day !== undefined) {
    const max = daysInMonth(year, month);
    if (day < 1 || day > max) return `day ${m[3]} does not exist in ${m[1]}-${m[2]}`;
  }
  const approximate = flag === '~' || flag === '%';
  const uncertain = flag === '?' || flag === '%';
  if (month === undefined) {
    return {
      year,
      precision: 'year',
      approximate,
      uncertain,
      start: utcTime(year, 0, 1),
      end: utcTime(year + 1, 0, 1),
    };
  }
  if (day === undefined) {
    return {
      year,
      month,
      precision: 'month',
      approximate,
      uncertain,
      start: utcTime(year, month - 1, 1),
      end: utcTime(year, month, 1),
    };
  }
  const start = utcTime(year, month - 1, day);
  return { year, month, day, precision: 'day', approximate, uncertain, start, end: start + DAY_MS };
}

const RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Results by input text: a dataset repeats its dates (many events a day), and
 * validation and the catalog parse each one. Results are values, never changed.
 */
const memo = new Map<string, EdtfResult>();
const MEMO_LIMIT = 250_000;

/** Parses an EDTF string of our subset. Never uses Date.parse. */
export function parseEdtf(input: unknown): EdtfResult {
  if (typeof input !== 'string') return { ok: false, error: 'a date must be a string' };
  const hit = memo.get(input);
  if (hit !== undefined) return hit;
  const result = parseText(input);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(input, result);
  return result;
}

function parseText(input: string): EdtfResult {
  const text = input.trim();
  const invalid = (why: string): EdtfResult => ({
    ok: false,
    error: `"${text}" is not a valid EDTF date: ${why}`,
  });
  if (text === '') return invalid('it is empty');
  const parts = text.split('/');
  if (parts.length > 2) return invalid('an interval has exactly one "/"');
  if (parts.length === 1) {
    const p = parsePoint(text);
    if (typeof p === 'string') return invalid(p);
    return {
      ok: true,
      value: {
        text,
        from: p,
        to: p,
        isInterval: false,
        start: p.start,
        end: p.end,
        precision: p.precision,
        approximate: p.approximate,
        uncertain: p.uncertain,
      },
    };
  }
  const [a = '', b = ''] = parts;
  if (a === '..' && b === '..') return invalid('an interval needs at least one known end');
  const from = a === '..' ? null : parsePoint(a);
  const to = b === '..' ? null : parsePoint(b);
  if (typeof from === 'string') return invalid(`start: ${from}`);
  if (typeof to === 'string') return invalid(`end: ${to}`);
  if (from && to && to.end <= from.start) {
    return { ok: false, error: `"${text}" ends before it starts` };
  }
  const ends = [from, to].filter((p): p is EdtfPoint => p !== null);
  return {
    ok: true,
    value: {
      text,
      from,
      to,
      isInterval: true,
      start: from ? from.start : -Infinity,
      end: to ? to.end : Infinity,
      precision: ends.map((p) => p.precision).reduce(coarser),
      approximate: ends.some((p) => p.approximate),
      uncertain: ends.some((p) => p.uncertain),
    },
  };
}

/** Parses a string known to be valid (from a validated dataset); throws otherwise. */
export function edtf(text: string): EdtfDate {
  const r = parseEdtf(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Whether the date is imprecise: coarser than a day, approximate or uncertain. */
export function isImprecise(d: EdtfDate): boolean {
  return d.precision !== 'day' || d.approximate || d.uncertain;
}

export { DAY_MS };
