import { parseEdtf } from '../../model/edtf';
import type { Citation, EventActor } from '../../model/types';
import type { Delimiter } from '../parseCsv';
import { mappingProblem } from './columnMapping';
import { readCoordinates } from './coordinates';
import { DatasetBuilder } from './datasetBuilder';
import { finishImport, refused } from './finishImport';
import { ImportLog, type Issue } from './importLog';
import { parseLooseDate } from './looseDate';
import { readTable, shapeProblem } from './readTable';
import type { ColumnMapping, ImportOutcome, MappableField } from './types';
import { addressText, hostOf, isWebAddress } from './webAddress';

function firstLine(text: string): string {
  const line = text.split('\n')[0]!.trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/**
 * A CSV/TSV with its own headers, read through a column mapping (see
 * columnMapping.ts). Dates may be written in many ways (looseDate.ts) and
 * keep the precision they are written with; actors and tags are lists
 * separated by `;`; a row without coordinates is loaded without a place on
 * the map (and said so); a type column's values become the types.
 */
export function importMappedCsv(
  text: string,
  file: string,
  delimiter: Delimiter,
  mapping: ColumnMapping,
  onProgress?: (fraction: number) => void,
): ImportOutcome {
  const table = readTable(text, delimiter, onProgress);
  if (!table.ok) return refused(file, 'csv', table.message, table.line);
  const { header, rows } = table;
  const unusable = mappingProblem(mapping, header);
  if (unusable) return refused(file, 'csv', unusable);
  const log = new ImportLog(file);
  const b = new DatasetBuilder({ title: file, description: `Events imported from ${file}.` });
  const fileSource = () =>
    b.source('file', file, (id) => ({ id, publisher: 'Imported file', title: file }));
  const col = (field: MappableField) => {
    const i = mapping.columns[field];
    return i === undefined ? field : (header[i] ?? field);
  };
  const columns: Partial<Record<string, string>> = {
    date: col('date'),
    title: col(mapping.columns.title === undefined ? 'summary' : 'title'),
    summary: col(mapping.columns.summary === undefined ? 'title' : 'summary'),
    actors: col('actors'),
    place: col('place'),
    type: col('type'),
    id: col('id'),
    sources: col('url'),
    tags: col('tags'),
  };

  for (const r of rows) {
    const at = { row: r.row, line: r.line, cells: r.cells };
    const cell = (field: MappableField) => {
      const i = mapping.columns[field];
      return i === undefined ? '' : (r.cells[i] ?? '').trim();
    };
    const issues: Issue[] = [];
    if (r.malformed) issues.push({ message: r.malformed });
    const shape = shapeProblem(r.cells, header);
    if (shape) issues.push({ message: shape });

    const notes: string[] = [];
    let date = '';
    const start = parseLooseDate(cell('date'), mapping.dayFirst);
    if (!start.ok) issues.push({ column: col('date'), message: start.error });
    else {
      date = start.edtf;
      if (start.note) notes.push(`Starts at ${start.note.replace(/^time /, '')}.`);
    }
    const endText = cell('end');
    if (endText !== '' && date !== '') {
      const end = parseLooseDate(endText, mapping.dayFirst);
      if (!end.ok) issues.push({ column: col('end'), message: end.error });
      else if (date.includes('/') || end.edtf.includes('/')) {
        issues.push({
          column: col('end'),
          message: 'a start or end that is itself a period cannot make a period',
        });
      } else if (!parseEdtf(`${date}/${end.edtf}`).ok) {
        issues.push({ column: col('end'), message: `"${endText}" is before the start` });
      } else {
        if (end.edtf !== date) date = `${date}/${end.edtf}`;
        if (end.note) notes.push(`Ends at ${end.note.replace(/^time /, '')}.`);
      }
    }
    const summaryText = cell('summary');
    const title = cell('title') || firstLine(summaryText);
    if (title === '') issues.push({ column: columns.title, message: 'is empty' });
    const coords =
      mapping.columns.lat === undefined
        ? ({ kind: 'none' } as const)
        : readCoordinates(cell('lat'), cell('lon'), col('lat'), col('lon'));
    if (coords.kind === 'bad') issues.push(...coords.issues);

    if (issues.length > 0) {
      log.reject(at, issues);
      continue;
    }
    const foreignId = cell('id');
    const claimed = b.eventId(foreignId || null, title, r.row);
    if ('firstRow' in claimed) {
      log.reject(at, [
        {
          column: col('id'),
          message: `duplicate id "${foreignId}" (first on row ${claimed.firstRow})`,
        },
      ]);
      continue;
    }
    const placeName = cell('place');
    let place: string | null = null;
    if (coords.kind === 'point') {
      place = b.place(
        placeName || `${coords.lat}, ${coords.lon}`,
        coords.lat,
        coords.lon,
        'city',
        `From ${file}.`,
      );
    } else if (placeName !== '') {
      log.warn(at, {
        column: mapping.columns.lat === undefined ? col('place') : col('lat'),
        message: `no coordinates, so "${placeName}" is not on the map`,
      });
    }
    const actors: EventActor[] = [];
    for (const name of cell('actors').split(';')) {
      if (name.trim() === '') continue;
      const id = b.actor(name, 'group', `Named in ${file}.`);
      if (!actors.some((a) => a.id === id)) actors.push({ id });
    }
    const sources: Citation[] = [{ source: fileSource(), quote: summaryText || title }];
    const url = cell('url');
    if (isWebAddress(url)) {
      const source = b.source(`url:${url}`, addressText(url), (id) => ({
        id,
        publisher: hostOf(url),
        title: url,
        url,
      }));
      sources.push({ source, quote: title });
    } else if (url !== '') {
      log.warn(at, {
        column: col('url'),
        message: `"${url}" is not a web address (http or https) and was not kept`,
      });
    }
    const tags = cell('tags')
      .split(';')
      .map((t) => t.trim())
      .filter((t, i, all) => t !== '' && all.indexOf(t) === i);
    b.addEvent(
      {
        id: claimed.id,
        date,
        type: b.type(cell('type') || 'Event'),
        title,
        summary: summaryText || title,
        actors,
        place,
        figures: [],
        sources,
        ...(notes.length > 0 ? { dateNote: notes.join(' ') } : {}),
        ...(tags.length > 0 ? { tags } : {}),
      },
      { row: r.row, line: r.line, cells: r.cells, columns },
    );
  }

  return finishImport({
    file,
    format: 'csv',
    total: rows.length,
    dataset: b.candidate(),
    origins: b.origins,
    header,
    rejected: log.rejected,
    problems: log.problems,
  });
}
