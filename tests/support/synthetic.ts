import { seededRandom } from './random';
import type { Dataset, EventRecord } from '../../src/lib/model/types';
import { EVENT_TYPES } from '../../src/lib/model/eventTypes';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A valid dataset of `n` events over one year around Minsk: single days,
 * some periods and imprecise dates, 40 actors, 300 places. For browser tests
 * and benchmarks.
 */
export function syntheticDataset(n: number, seed = 1): Dataset {
  const rnd = seededRandom(seed);
  const actors = Array.from({ length: 40 }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    kind: 'group' as const,
    description: `Synthetic actor ${i}`,
  }));
  const places = Array.from({ length: 300 }, (_, i) => ({
    id: `place-${i}`,
    name: `Place ${i}`,
    lat: 53.85 + rnd() * 0.1,
    lon: 27.45 + rnd() * 0.2,
    precision: 'building' as const,
    description: `Synthetic place ${i}`,
  }));
  const events: EventRecord[] = Array.from({ length: n }, (_, i) => {
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const kind = rnd();
    let date = `2021-${pad(month)}-${pad(day)}`;
    if (kind < 0.05) date = `2021-${pad(month)}`;
    else if (kind < 0.1) date = `${date}~`;
    else if (kind < 0.15)
      date = `${date}/2021-${pad(month)}-${pad(Math.min(28, day + 1 + Math.floor(rnd() * 10)))}`;
    const type = EVENT_TYPES[Math.floor(rnd() * EVENT_TYPES.length)]!.id;
    return {
      id: `e${i}`,
      date,
      type,
      title: `Synthetic event ${i}`,
      summary: `Generated event number ${i}.`,
      actors: [{ id: `actor-${Math.floor(rnd() * 40)}` }],
      place: rnd() < 0.9 ? `place-${Math.floor(rnd() * 300)}` : null,
      figures: [],
      sources: [{ source: 'gen', quote: `Event ${i} happened.` }],
    };
  });
  return {
    meta: {
      title: `Synthetic dataset of ${n} events`,
      description: 'Generated for tests and benchmarks.',
      language: 'en',
      published: '2022-01-01',
      sources: [{ id: 'gen', publisher: 'Generator', title: 'Synthetic', published: '2022-01-01' }],
    },
    actors,
    places,
    events,
  };
}
