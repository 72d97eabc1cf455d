import type { Dataset } from '../types';
import { smallDataset } from './smallDataset';

/**
 * The small dataset with what makes facts hold up: actor groups, place
 * aliases, a figure repeated by another event, and other reporting that
 * corrects a date. Each call returns a fresh copy to mutate.
 */
export function factsDataset(): Dataset {
  const d = smallDataset();
  d.groups = [
    { id: 'security-forces', name: 'Security forces', description: 'Police and ministry.' },
    { id: 'belarusian-state', name: 'Belarusian state' },
  ];
  d.actors.push(
    { id: 'ministry', name: 'Interior ministry', kind: 'institution', description: 'Police.' },
    { id: 'officers', name: 'Officers', kind: 'group', description: 'Army and police.' },
  );
  for (const a of d.actors) {
    if (a.id === 'police' || a.id === 'officers') a.groups = ['security-forces'];
    if (a.id === 'ministry') a.groups = ['security-forces', 'belarusian-state'];
    if (a.id === 'luka') a.groups = ['belarusian-state'];
  }
  const okrestina = d.places.find((p) => p.id === 'okrestina')!;
  okrestina.aliases = ['Akrestsina', 'Окрестина', 'Акрэсціна'];
  d.events.push(
    {
      id: 'apology',
      date: '2020-08-13',
      type: 'statement',
      title: 'Minister apologises',
      summary: 'The minister apologised on television.',
      actors: [{ id: 'ministry', role: 'speaker' }],
      place: null,
      figures: [],
      sources: [{ source: 'src', quote: 'a rare apology on Friday', paragraph: 4 }],
      dateNote: 'The report says “on Friday” (14 Aug); other reporting dates it to Thursday.',
      dateBasis: 'other reporting',
      otherReporting: [
        {
          outlet: 'Wire A',
          published: '2020-08-14',
          title: 'Minister says sorry',
          url: 'https://wire-a.example/sorry',
          says: 'The apology was broadcast on Thursday 13 August, to bystanders.',
          agrees: false,
          about: ['date', 'account'],
        },
        { outlet: 'Wire B', published: '2020-08-13', says: 'He apologised.', agrees: true },
      ],
    },
    {
      id: 'pledge',
      date: '2020-08-12',
      type: 'solidarity',
      title: 'Officers pledge',
      summary: 'Officers pledged not to attack.',
      actors: [{ id: 'officers', role: 'pledged' }],
      place: null,
      figures: [{ value: 3, unit: 'officers pledging', qualifier: 'several' }],
      sources: [{ source: 'src', quote: 'Several officers have pledged', paragraph: 5 }],
    },
    {
      id: 'announcement',
      date: '2020-08-14',
      type: 'diplomacy',
      title: 'Release announced',
      summary: 'The release was announced.',
      actors: [],
      place: null,
      figures: [
        { value: 100, unit: 'people released', qualifier: 'hundreds of', sameAs: 'release' },
      ],
      sources: [{ source: 'src', quote: 'announced', paragraph: 6 }],
    },
  );
  return d;
}
