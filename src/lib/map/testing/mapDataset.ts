import type { Dataset, EventRecord, Place } from '../../model/types';

/** Places of every precision, inside and outside the Minsk frame, for map tests. */
export const MAP_PLACES: Place[] = [
  {
    id: 'cec',
    name: 'Central Elections Committee',
    lat: 53.8967,
    lon: 27.5474,
    precision: 'building',
    description: 'House of Government',
  },
  {
    id: 'okrestina',
    name: 'Okrestina detention centre',
    lat: 53.8822,
    lon: 27.4936,
    precision: 'building',
    description: 'Prison',
  },
  {
    id: 'minsk',
    name: 'Minsk',
    lat: 53.9023,
    lon: 27.5619,
    precision: 'city',
    description: 'Capital',
  },
  {
    id: 'belarus',
    name: 'Belarus',
    lat: 53.7098,
    lon: 27.9534,
    precision: 'country',
    description: 'The country',
  },
  {
    id: 'kremlin',
    name: 'Moscow Kremlin',
    lat: 55.752,
    lon: 37.6175,
    precision: 'building',
    description: 'Moscow',
  },
];

type Spec = [id: string, date: string, type: string, place: string | null, title?: string];

const SPECS: Spec[] = [
  ['vote', '2020-08-09', 'election', 'belarus', 'Presidential election'],
  ['hug', '2020-08-14', 'solidarity', 'cec', 'Protesters hug officers'],
  ['shields', '2020-08-14', 'solidarity', 'cec', 'Riot police lower shields'],
  ['rally', '2020-08-16', 'protest', 'cec', 'Rally on Independence Square'],
  ['release', '2020-08-14', 'release', 'okrestina', 'Detainees leave Okrestina'],
  ['city-march', '2020-08-13', 'protest', 'minsk', 'March across Minsk'],
  ['call', '2020-08-15', 'diplomacy', 'kremlin', 'Kremlin call'],
  ['video', '2020-08-15', 'media', null, 'Video published'],
];

function record([id, date, type, place, title]: Spec): EventRecord {
  return {
    id,
    date,
    type,
    title: title ?? id,
    summary: `Summary of ${id}.`,
    actors: [],
    place,
    figures: [],
    sources: [{ source: 'src', quote: `quote for ${id}` }],
  };
}

/** A valid dataset with events at every kind of place; each call returns a fresh copy. */
export function mapDataset(extra: Spec[] = []): Dataset {
  return {
    meta: {
      title: 'Map test reporting',
      description: 'Events at places of every precision.',
      language: 'en',
      published: '2020-08-20',
      sources: [{ id: 'src', publisher: 'Test Wire', title: 'A report', published: '2020-08-20' }],
    },
    actors: [],
    places: MAP_PLACES.map((p) => ({ ...p })),
    events: [...SPECS, ...extra].map(record),
  };
}
