import { MAPPABLE_FIELDS, type ColumnMapping, type MappableField } from './types';

/**
 * Header names that usually mean each field, compared after lower-casing and
 * dropping everything but letters and digits ("Event Date" → "eventdate").
 * The first field to claim a column keeps it.
 */
const SYNONYMS: Record<MappableField, string[]> = {
  date: [
    'date',
    'eventdate',
    'startdate',
    'start',
    'day',
    'when',
    'datetime',
    'datum',
    'fecha',
    'дата',
  ],
  end: ['enddate', 'end', 'until', 'to', 'finish', 'stopdate'],
  title: [
    'title',
    'headline',
    'event',
    'name',
    'what',
    'subject',
    'titre',
    'titel',
    'titulo',
    'titolo',
    'название',
  ],
  summary: [
    'summary',
    'description',
    'notes',
    'text',
    'details',
    'body',
    'content',
    'beschreibung',
    'descripcion',
    'descrizione',
    'описание',
  ],
  actors: [
    'actors',
    'actor',
    'who',
    'people',
    'participants',
    'persons',
    'organisations',
    'organizations',
    'actor1',
    'akteure',
    'akteur',
    'acteurs',
    'actores',
    'участники',
  ],
  place: [
    'place',
    'location',
    'city',
    'where',
    'site',
    'town',
    'placename',
    'locality',
    'ort',
    'lieu',
    'lugar',
    'luogo',
    'место',
  ],
  lat: ['lat', 'latitude', 'y', 'breite'],
  lon: ['lon', 'lng', 'long', 'longitude', 'x', 'laenge', 'länge'],
  type: [
    'type',
    'category',
    'kind',
    'eventtype',
    'group',
    'class',
    'typ',
    'kategorie',
    'categorie',
    'categoria',
    'tipo',
    'тип',
  ],
  id: ['id', 'eventid', 'uid', 'key', 'identifier', 'ref'],
  url: ['url', 'link', 'source', 'sourceurl', 'href', 'website'],
  tags: ['tags', 'keywords', 'labels', 'topics'],
};

function norm(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Proposes which column fills which field, from the headers (exact synonyms
 * first, then headers that start with one) and, for the order of day and
 * month in dates like 03/04/2020, from sample rows: a first part over 12 is
 * a day, a second part over 12 means month first. Day first otherwise.
 */
export function proposeMapping(
  headers: readonly string[],
  sample: readonly string[][] = [],
): ColumnMapping {
  const columns: Partial<Record<MappableField, number>> = {};
  const taken = new Set<number>();
  const names = headers.map(norm);
  for (const exact of [true, false]) {
    for (const field of MAPPABLE_FIELDS) {
      if (columns[field] !== undefined) continue;
      for (const synonym of SYNONYMS[field]) {
        const i = names.findIndex(
          (n, j) =>
            !taken.has(j) &&
            n !== '' &&
            (exact ? n === synonym : synonym.length > 2 && n.startsWith(synonym)),
        );
        if (i !== -1) {
          columns[field] = i;
          taken.add(i);
          break;
        }
      }
    }
  }
  let dayFirst = true;
  const dateColumn = columns.date;
  if (dateColumn !== undefined) {
    for (const row of sample) {
      const m = /^(\d{1,2})[/-](\d{1,2})[/-]\d{4}$/.exec((row[dateColumn] ?? '').trim());
      if (!m) continue;
      if (Number(m[1]) > 12) break;
      if (Number(m[2]) > 12) {
        dayFirst = false;
        break;
      }
    }
  }
  return { columns, dayFirst };
}

/** Why a mapping cannot be used, or null: it needs a date and a title or summary. */
export function mappingProblem(mapping: ColumnMapping, headers: readonly string[]): string | null {
  const { columns } = mapping;
  for (const [field, i] of Object.entries(columns)) {
    if (i !== undefined && (i < 0 || i >= headers.length))
      return `the ${field} column is not in the file`;
  }
  if (columns.date === undefined) return 'choose the column with the dates';
  if (columns.title === undefined && columns.summary === undefined) {
    return 'choose the column with the titles (or the descriptions)';
  }
  if ((columns.lat === undefined) !== (columns.lon === undefined)) {
    return 'choose both the latitude and the longitude column, or neither';
  }
  return null;
}

/** A key for remembering a mapping: the same headers get the same mapping again. */
export function headerKey(headers: readonly string[]): string {
  return headers.map((h) => h.trim()).join('\u001f');
}
