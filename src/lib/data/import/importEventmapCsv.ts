import { parseEdtf } from '../../model/edtf';
import { isEventType } from '../../model/eventTypes';
import {
  PLACE_PRECISIONS,
  POINT_PRECISIONS,
  type Citation,
  type EventRecord,
  type Figure,
} from '../../model/types';
import type { Delimiter } from '../parseCsv';
import { CSV_COLUMNS, unguardCsvField, type CsvColumn } from '../exportCsv';
import { DatasetBuilder } from './datasetBuilder';
import { finishImport, refused } from './finishImport';
import { parseFigure } from './figureText';
import { ImportLog, type Issue } from './importLog';
import { readTable, shapeProblem } from './readTable';
import { readCoordinates } from './coordinates';
import type { ImportOutcome } from './types';

/**
 * "Name (role)" as exportCsv writes an event's actor. The role is the last
 * balanced parenthesis, so a role may itself hold one: "CEC (published it
 * (other reporting))".
 */
export function actorEntry(text: string): { name: string; role?: string } {
  const t = text.trim();
  if (!t.endsWith(')')) return { name: t };
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    if (t[i] === ')') depth++;
    else if (t[i] === '(' && --depth === 0) {
      const name = t.slice(0, i).trimEnd();
      if (name === '' || i === t.length - 2 || !/\s/.test(t[i - 1] ?? '')) break;
      return { name, role: t.slice(i + 1, -1) };
    }
  }
  return { name: t };
}

/** "Publisher, “Title”, paragraph N" entries joined by "; ", as exportCsv writes them. */
function citations(
  text: string,
): { publisher: string; title: string; paragraph?: number }[] | null {
  const out: { publisher: string; title: string; paragraph?: number }[] = [];
  const entry = /^(.+?), “(.*?)”(?:, paragraph (\d+))?(?:; |$)/;
  let rest = text.trim();
  while (rest !== '') {
    const m = entry.exec(rest);
    if (!m) return null;
    const c: { publisher: string; title: string; paragraph?: number } = {
      publisher: m[1]!,
      title: m[2]!,
    };
    if (m[3] !== undefined) c.paragraph = Number(m[3]);
    out.push(c);
    rest = rest.slice(m[0].length);
  }
  return out;
}

/**
 * This app's CSV export read back: export → import gives the same events
 * (ids, dates, types, titles, summaries, actors with their roles, places
 * that are points with their coordinates and precision, figures, quotes and
 * their sources, date notes). What the CSV does not carry is not invented:
 * actors are of kind "group"; a city-, region- or country-wide place has no
 * coordinates in the CSV, so its events come back unplaced, each with a
 * warning; other reporting and the date basis are text for reading, not read
 * back; the dataset's meta names the file. Older exports, without the last
 * five columns, read the same way.
 */
export function importEventmapCsv(
  text: string,
  file: string,
  delimiter: Delimiter,
  onProgress?: (fraction: number) => void,
): ImportOutcome {
  const table = readTable(text, delimiter, onProgress);
  if (!table.ok) return refused(file, 'eventmap-csv', table.message, table.line);
  const { header, rows } = table;
  const log = new ImportLog(file);
  const b = new DatasetBuilder({
    title: file,
    description: `Events imported from ${file}.`,
  });
  const fileSource = () =>
    b.source('file', file, (id) => ({ id, publisher: 'Imported file', title: file }));

  for (const r of rows) {
    const at = { row: r.row, line: r.line, cells: r.cells };
    const issues: Issue[] = [];
    if (r.malformed) issues.push({ message: r.malformed });
    const shape = shapeProblem(r.cells, header);
    if (shape) issues.push({ message: shape });
    const cell = (c: CsvColumn): string => {
      const v = r.cells[CSV_COLUMNS.indexOf(c)] ?? '';
      return c === 'lat' || c === 'lon' ? v.trim() : unguardCsvField(v);
    };
    const need = (c: CsvColumn): string => {
      const v = cell(c).trim();
      if (v === '') issues.push({ column: c, message: 'is empty' });
      return v;
    };

    const idText = need('id');
    const date = need('date');
    if (date !== '') {
      const d = parseEdtf(date);
      if (!d.ok) issues.push({ column: 'date', message: d.error });
    }
    const typeText = need('type');
    const title = need('title');
    const summary = cell('summary').trim();

    let place: string | null = null;
    const placeName = cell('place').trim();
    const precisionText = cell('place_precision').trim();
    const precision = PLACE_PRECISIONS.find((p) => p === precisionText);
    if (precisionText !== '' && precision === undefined) {
      issues.push({
        column: 'place_precision',
        message: `"${precisionText}" is not one of: ${PLACE_PRECISIONS.join(', ')}`,
      });
    }
    const coords = readCoordinates(cell('lat'), cell('lon'), 'lat', 'lon');
    if (coords.kind === 'bad') issues.push(...coords.issues);
    else if (coords.kind === 'none' && placeName !== '') {
      log.warn(at, {
        column: 'lat',
        message:
          precision !== undefined && !POINT_PRECISIONS.includes(precision)
            ? `"${placeName}" is ${precision}-wide: the CSV export gives coordinates only for a building or street, so this event is not on the map (a JSON export keeps the place)`
            : `no coordinates, so "${placeName}" is not on the map`,
      });
    }

    const figures: Figure[] = [];
    for (const part of cell('figures').split('; ')) {
      if (part.trim() === '') continue;
      const f = parseFigure(part);
      if (f) figures.push(f);
      else
        issues.push({
          column: 'figures',
          message: `"${part}" is not a figure such as "at least 6,000 people detained"`,
        });
    }

    const quotesText = cell('quotes');
    const quotes = quotesText.trim() === '' ? [] : quotesText.split(' | ');
    const cited = citations(cell('sources'));
    if (cited === null) {
      issues.push({
        column: 'sources',
        message: 'is not a list of Publisher, “Title”, paragraph N',
      });
    } else if (cited.length !== quotes.length) {
      issues.push({
        column: 'quotes',
        message: `has ${quotes.length} quotes but sources names ${cited.length}; each quote needs its source`,
      });
    }

    if (issues.length > 0) {
      log.reject(at, issues);
      continue;
    }
    const claimed = b.eventId(idText, title, r.row);
    if ('firstRow' in claimed) {
      log.reject(at, [
        { column: 'id', message: `duplicate id "${idText}" (first on row ${claimed.firstRow})` },
      ]);
      continue;
    }
    if (coords.kind === 'point') {
      const name = placeName || `${coords.lat}, ${coords.lon}`;
      place = b.place(name, coords.lat, coords.lon, precision ?? 'city', `From ${file}.`);
    }
    const sources: Citation[] =
      cited && cited.length > 0
        ? cited.map((c, i) => {
            const source = b.source(
              `${c.publisher}\u0000${c.title}`,
              `${c.publisher} ${c.title}`,
              (id) => ({
                id,
                publisher: c.publisher,
                title: c.title,
              }),
            );
            const citation: Citation = { source, quote: quotes[i]! };
            if (c.paragraph !== undefined) citation.paragraph = c.paragraph;
            return citation;
          })
        : [{ source: fileSource(), quote: summary || title }];
    const actors = [];
    const seen = new Set<string>();
    for (const part of cell('actors').split('; ')) {
      if (part.trim() === '') continue;
      const { name, role } = actorEntry(part);
      const id = b.actor(name, 'group', `Named in ${file}.`);
      if (seen.has(id)) continue;
      seen.add(id);
      actors.push(role === undefined ? { id } : { id, role });
    }
    const event: EventRecord = {
      id: claimed.id,
      date,
      type: isEventType(typeText) ? typeText : b.type(typeText),
      title,
      summary: summary || title,
      actors,
      place,
      figures,
      sources,
    };
    const dateNote = cell('date_note').trim();
    if (dateNote !== '') event.dateNote = dateNote;
    b.addEvent(event, {
      row: r.row,
      line: r.line,
      cells: r.cells,
      columns: {
        id: 'id',
        date: 'date',
        type: 'type',
        title: 'title',
        summary: 'summary',
        actors: 'actors',
        place: 'place',
        figures: 'figures',
        sources: 'sources',
        dateNote: 'date_note',
      },
    });
  }

  return finishImport({
    file,
    format: 'eventmap-csv',
    total: rows.length,
    dataset: b.candidate(),
    origins: b.origins,
    header,
    rejected: log.rejected,
    problems: log.problems,
  });
}
