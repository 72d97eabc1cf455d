import type { Catalog, CatalogEvent } from '../model/catalog';
import type { EdtfDate } from '../model/edtf';
import { isoDay } from '../model/formatEdtf';
import { formatFigure } from '../model/formatFigure';
import { POINT_PRECISIONS, type Citation, type Source } from '../model/types';
import { formatOtherReport } from '../model/otherReporting';
import { permalinkFor } from '../model/citation';

/** The columns of the CSV export, in order; the header row is exactly these. */
export const CSV_COLUMNS = [
  'id',
  'date',
  'start',
  'end',
  'precision',
  'type',
  'title',
  'summary',
  'actors',
  'place',
  'lat',
  'lon',
  'figures',
  'quotes',
  'sources',
  'place_precision',
  'date_note',
  'date_basis',
  'other_reporting',
  'permalink',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
/** How many leading columns every export has had (`id` … `sources`): older files have only these. */
export const CORE_CSV_COLUMNS = 15;

/** Columns written as plain numbers, never guarded against formulas (a negative longitude is a number). */
const NUMERIC_COLUMNS: ReadonlySet<CsvColumn> = new Set(['lat', 'lon']);

const DAY_MS = 86_400_000;
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Spreadsheet formula injection (CSV injection): Excel, LibreOffice and Google
 * Sheets run a cell that starts with =, +, - or @ as a formula, after skipping
 * leading spaces and control characters, and some read the full-width forms
 * ＝ ＋ － ＠ as the same signs. So a title like `=HYPERLINK("http://evil","click")`
 * would become a live link or worse. Such text fields, and any that start with
 * a tab, CR or LF, get a leading apostrophe, which spreadsheets treat as "this
 * is text" (OWASP's advice). A plain number (`-74.006`, `+3`, `1e-7`) is left
 * as it is: it cannot run anything, and it stays a number.
 *
 * A field that already starts with an apostrophe gets one more, so the guard
 * can be undone exactly (`unguardCsvField`) when the CSV is read back.
 */
const FORMULA_START = /^(?:[\t\r\n']|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

export function guardCsvField(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Undoes `guardCsvField`: drops the one leading apostrophe the export added. */
export function unguardCsvField(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/** RFC 4180: a field with a comma, quote, CR or LF goes in quotes, its quotes doubled. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** "day", "month approximate", "year approximate uncertain". */
export function csvPrecision(d: EdtfDate): string {
  return [d.precision, d.approximate ? 'approximate' : '', d.uncertain ? 'uncertain' : '']
    .filter((w) => w !== '')
    .join(' ');
}

/** First day of the date (YYYY-MM-DD), empty when open at the start. */
function firstDay(d: EdtfDate): string {
  return Number.isFinite(d.start) ? isoDay(d.start) : '';
}

/** Last day of the date, inclusive (the end is exclusive), empty when open at the end. */
function lastDay(d: EdtfDate): string {
  return Number.isFinite(d.end) ? isoDay(d.end - DAY_MS) : '';
}

/** "Publisher, “Title”, paragraph N"; the source id when it is not in the dataset. */
export function formatCitation(cite: Citation, sources: ReadonlyMap<string, Source>): string {
  const source = sources.get(cite.source);
  const name = source ? `${source.publisher}, “${source.title}”` : cite.source;
  return cite.paragraph === undefined ? name : `${name}, paragraph ${cite.paragraph}`;
}

/**
 * The field values of one event, by column, before guarding and quoting.
 * Coordinates only for a place that is a point (a building, a street): a
 * country's or a city's centroid is not where anything happened, and a GIS
 * would show it as if it were. `pageHref` is the app's address, for the
 * permalink (empty without it).
 */
export function csvRecord(
  event: CatalogEvent,
  sources: ReadonlyMap<string, Source>,
  pageHref?: string,
): Record<CsvColumn, string> {
  const r = event.record;
  const place = event.place;
  const point = place !== null && POINT_PRECISIONS.includes(place.precision);
  return {
    id: event.id,
    date: event.date.text,
    start: firstDay(event.date),
    end: lastDay(event.date),
    precision: csvPrecision(event.date),
    type: event.type.id,
    title: r.title,
    summary: r.summary,
    actors: event.actors
      .map(({ actor, role }) => (role ? `${actor.name} (${role})` : actor.name))
      .join('; '),
    place: place?.name ?? '',
    lat: point ? String(place.lat) : '',
    lon: point ? String(place.lon) : '',
    figures: r.figures.map(formatFigure).join('; '),
    quotes: r.sources.map((c) => c.quote).join(' | '),
    sources: r.sources.map((c) => formatCitation(c, sources)).join('; '),
    place_precision: place?.precision ?? '',
    date_note: r.dateNote ?? '',
    date_basis: r.dateBasis ?? 'sources',
    other_reporting: (r.otherReporting ?? []).map(formatOtherReport).join(' | '),
    permalink: pageHref ? permalinkFor(event.id, pageHref) : '',
  };
}

function line(values: readonly string[]): string {
  return values.map(quoteCsvField).join(',');
}

/**
 * The events as CSV (RFC 4180) for spreadsheets: a header row of
 * `CSV_COLUMNS`, then one row per event in the given order. CRLF line ends
 * and a UTF-8 byte order mark, so Excel reads Cyrillic and curly quotes right.
 * `pageHref` (the app's address) makes each row's permalink.
 */
export function exportCsv(
  events: readonly CatalogEvent[],
  catalog: Catalog,
  pageHref?: string,
): string {
  const sources = new Map(catalog.dataset.meta.sources.map((s) => [s.id, s]));
  const lines = [line(CSV_COLUMNS)];
  for (const event of events) {
    const record = csvRecord(event, sources, pageHref);
    lines.push(
      line(CSV_COLUMNS.map((c) => (NUMERIC_COLUMNS.has(c) ? record[c] : guardCsvField(record[c])))),
    );
  }
  return BOM + lines.join(CRLF) + CRLF;
}
