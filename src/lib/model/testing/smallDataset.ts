import type { Dataset } from '../types';

/** A small valid dataset for tests; each call returns a fresh copy to mutate. */
export function smallDataset(): Dataset {
  return {
    meta: {
      title: 'Test reporting',
      description: 'Three events for tests.',
      language: 'en',
      published: '2020-08-15',
      sources: [{ id: 'src', publisher: 'Test Wire', title: 'A report', published: '2020-08-15' }],
    },
    actors: [
      {
        id: 'luka',
        name: 'Alexander Lukashenko',
        kind: 'person',
        description: 'President',
        aliases: ['Lukashenka'],
      },
      { id: 'protesters', name: 'Protesters', kind: 'group', description: 'People protesting' },
      { id: 'police', name: 'Riot police', kind: 'institution', description: 'OMON' },
    ],
    places: [
      {
        id: 'minsk',
        name: 'Minsk',
        lat: 53.9023,
        lon: 27.5619,
        precision: 'city',
        description: 'Capital',
      },
      {
        id: 'okrestina',
        name: 'Okrestina detention centre',
        lat: 53.862,
        lon: 27.4435,
        precision: 'building',
        description: 'Prison',
      },
    ],
    events: [
      {
        id: 'release',
        date: '2020-08-14',
        type: 'release',
        title: 'Detainees released from Okrestina',
        summary: 'Detainees walked out of the prison.',
        actors: [{ id: 'protesters', role: 'released' }],
        place: 'okrestina',
        figures: [{ value: 100, unit: 'people released', qualifier: 'hundreds of' }],
        sources: [{ source: 'src', quote: 'Hundreds have been released so far.', paragraph: 3 }],
      },
      {
        id: 'election',
        date: '2020-08-09',
        type: 'election',
        title: 'Lukashenko claims victory',
        summary: 'The president claimed to have won.',
        actors: [{ id: 'luka', role: 'claimed victory' }],
        place: null,
        figures: [{ value: 80, unit: 'percent of the vote', qualifier: 'over' }],
        sources: [{ source: 'src', quote: 'claimed victory', paragraph: 1 }],
        dateNote: "'last Sunday', relative to 15 Aug 2020",
      },
      {
        id: 'protests',
        date: '2020-08-09/2020-08-15',
        type: 'protest',
        title: 'A week of protests',
        summary: 'Protests across the country.',
        actors: [{ id: 'protesters' }, { id: 'police', role: 'clashed' }],
        place: 'minsk',
        figures: [],
        sources: [{ source: 'src', quote: 'a week of protests', paragraph: 2 }],
      },
    ],
  };
}
