import type { ActorKind, EventActor, Figure, PlacePrecision } from '../../model/types';
import type { Delimiter } from '../parseCsv';
import { readCoordinates } from './coordinates';
import { DatasetBuilder } from './datasetBuilder';
import { finishImport, refused } from './finishImport';
import { ImportLog, type Issue } from './importLog';
import { parseLooseDate } from './looseDate';
import { columnIndex, readTable, shapeProblem } from './readTable';
import type { ImportOutcome } from './types';

/**
 * ACLED's time_precision: 1, the day is known; 2, the event happened within
 * a week of the date (an approximate day); 3, only the month is known.
 */
function dateWithPrecision(day: string, precision: string): { edtf: string; note?: string } {
  switch (precision.trim()) {
    case '2':
      return { edtf: `${day}~`, note: 'ACLED: within a week of this date (time_precision 2).' };
    case '3':
      return {
        edtf: day.slice(0, day.lastIndexOf('-')),
        note: 'ACLED: only the month is known (time_precision 3).',
      };
    default:
      return { edtf: day };
  }
}

/** ACLED's geo_precision: 1, the town itself; 2, near it or part of a region; 3, only a larger region. */
const GEO_PRECISION: Record<string, PlacePrecision> = {
  '1': 'city',
  '2': 'district',
  '3': 'region',
};

/** ACLED's actor categories (inter1/inter2: numbers in older exports, words in newer ones). */
function actorKind(inter: string): ActorKind {
  const t = inter.trim().toLowerCase();
  if (t === '1' || t.startsWith('state forces')) return 'institution';
  if (['2', '3', '4', '8'].includes(t) || /rebel|militia|external|other forces/.test(t)) {
    return 'organization';
  }
  return 'group';
}

/**
 * An ACLED export (CSV, often with a byte order mark). Actors come from
 * actor1 and actor2 and the `;`-separated assoc_actor_1/2 lists; places are
 * deduplicated by name and coordinates; time_precision and geo_precision
 * become our precisions; fatalities a figure; notes the summary; source is
 * kept as the citation's publisher; event_type is the type (each a lane),
 * sub_event_type a tag and the title. event_date may be 2020-08-15 or
 * 15 August 2020.
 */
export function importAcledCsv(
  text: string,
  file: string,
  delimiter: Delimiter,
  onProgress?: (fraction: number) => void,
): ImportOutcome {
  const table = readTable(text, delimiter, onProgress);
  if (!table.ok) return refused(file, 'acled-csv', table.message, table.line);
  const { header, rows } = table;
  const index = columnIndex(header);
  const log = new ImportLog(file);
  // The export's own date: the last time any of its rows was updated (Unix seconds).
  let updated = 0;
  const ts = index.get('timestamp');
  if (ts !== undefined) {
    for (const r of rows) {
      const t = Number(r.cells[ts]);
      if (Number.isFinite(t) && t > updated && t < 1e11) updated = t;
    }
  }
  const b = new DatasetBuilder({
    title: file,
    description: `ACLED events imported from ${file}.`,
    language: 'en',
    ...(updated > 0 ? { published: new Date(updated * 1000).toISOString().slice(0, 10) } : {}),
  });

  for (const r of rows) {
    const at = { row: r.row, line: r.line, cells: r.cells };
    const cell = (key: string) => {
      const i = index.get(key);
      return i === undefined ? '' : (r.cells[i] ?? '').trim();
    };
    const issues: Issue[] = [];
    if (r.malformed) issues.push({ message: r.malformed });
    const shape = shapeProblem(r.cells, header);
    if (shape) issues.push({ message: shape });

    const foreignId = cell('event_id_cnty');
    if (foreignId === '') issues.push({ column: 'event_id_cnty', message: 'is empty' });
    let date = '';
    let dateNote: string | undefined;
    const day = parseLooseDate(cell('event_date'));
    if (!day.ok) issues.push({ column: 'event_date', message: day.error });
    else if (!/^-?\d{4}-\d{2}-\d{2}$/.test(day.edtf)) {
      issues.push({ column: 'event_date', message: `"${cell('event_date')}" is not a single day` });
    } else {
      const d = dateWithPrecision(day.edtf, cell('time_precision'));
      date = d.edtf;
      dateNote = d.note;
    }
    const eventType = cell('event_type');
    if (eventType === '') issues.push({ column: 'event_type', message: 'is empty' });
    const subType = cell('sub_event_type');
    const location = cell('location');
    const coords = readCoordinates(cell('latitude'), cell('longitude'), 'latitude', 'longitude');
    if (coords.kind === 'bad') issues.push(...coords.issues);
    const fatalitiesText = cell('fatalities');
    let fatalities: Figure | null = null;
    if (fatalitiesText !== '') {
      if (/^\d+$/.test(fatalitiesText)) {
        fatalities = {
          value: Number(fatalitiesText),
          unit: 'reported fatalities',
          qualifier: 'exact',
        };
      } else {
        issues.push({ column: 'fatalities', message: `"${fatalitiesText}" is not a whole number` });
      }
    }
    if (issues.length > 0) {
      log.reject(at, issues);
      continue;
    }
    const claimed = b.eventId(foreignId, foreignId, r.row);
    if ('firstRow' in claimed) {
      log.reject(at, [
        {
          column: 'event_id_cnty',
          message: `duplicate id "${foreignId}" (first on row ${claimed.firstRow})`,
        },
      ]);
      continue;
    }

    let place: string | null = null;
    const admin = [cell('admin3'), cell('admin2'), cell('admin1'), cell('country')].filter(
      (x) => x !== '',
    );
    if (coords.kind === 'point') {
      const name = location || admin[0] || `${coords.lat}, ${coords.lon}`;
      const precision = GEO_PRECISION[cell('geo_precision')] ?? 'city';
      const description = admin.length > 0 ? admin.join(', ') : 'Location in an ACLED export.';
      place = b.place(name, coords.lat, coords.lon, precision, description);
    } else {
      log.warn(at, {
        column: 'latitude',
        message: `no coordinates, so the event${location ? ` in ${location}` : ''} is not on the map`,
      });
    }

    const actors: EventActor[] = [];
    const add = (name: string, role: string, inter: string) => {
      const n = name.trim();
      if (n === '') return;
      const id = b.actor(
        n,
        actorKind(inter),
        inter.trim() ? `ACLED actor (${inter.trim()}).` : 'ACLED actor.',
      );
      const had = actors.find((a) => a.id === id);
      if (had) {
        if (!had.role?.split('; ').includes(role))
          had.role = had.role ? `${had.role}; ${role}` : role;
      } else actors.push({ id, role });
    };
    add(cell('actor1'), 'actor 1', cell('inter1'));
    for (const a of cell('assoc_actor_1').split(';')) add(a, 'associated with actor 1', '');
    add(cell('actor2'), 'actor 2', cell('inter2'));
    for (const a of cell('assoc_actor_2').split(';')) add(a, 'associated with actor 2', '');

    const sourceText = cell('source');
    const source = b.source(
      `acled:${sourceText}`,
      sourceText ? `acled ${sourceText}` : 'acled',
      (id) => ({
        id,
        publisher: sourceText ? `ACLED, from ${sourceText}` : 'ACLED',
        title: file,
      }),
    );
    const notes = cell('notes');
    const eventTitle = [subType || eventType, location].filter((x) => x !== '').join(' in ');
    const tags = [
      subType,
      cell('disorder_type'),
      cell('civilian_targeting'),
      ...cell('tags').split(';'),
    ]
      .map((t) => t.trim())
      .filter((t, i, all) => t !== '' && all.indexOf(t) === i);

    b.addEvent(
      {
        id: claimed.id,
        date,
        type: b.type(eventType),
        title: eventTitle,
        summary: notes || eventTitle,
        actors,
        place,
        figures: fatalities ? [fatalities] : [],
        sources: [
          { source, quote: notes || [subType || eventType, location].filter((x) => x).join(', ') },
        ],
        ...(dateNote ? { dateNote } : {}),
        ...(tags.length > 0 ? { tags } : {}),
      },
      {
        row: r.row,
        line: r.line,
        cells: r.cells,
        columns: {
          id: 'event_id_cnty',
          date: 'event_date',
          type: 'event_type',
          title: 'sub_event_type',
          summary: 'notes',
          actors: 'actor1',
          place: 'location',
          figures: 'fatalities',
          sources: 'source',
          tags: 'tags',
        },
      },
    );
  }

  return finishImport({
    file,
    format: 'acled-csv',
    total: rows.length,
    dataset: b.candidate(),
    origins: b.origins,
    header,
    rejected: log.rejected,
    problems: log.problems,
  });
}
