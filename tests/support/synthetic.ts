import { seededRandom } from './random';
import type { Dataset, EventRecord } from '../../src/lib/model/types';
import { EVENT_TYPES } from '../../src/lib/model/eventTypes';

const pad = (n: number) => String(n).padStart(2, '0');

export interface SyntheticOptions {
  /** How many actors; each event names one. */
  actors?: number;
  /** How many places events are spread over. */
  places?: number;
  /** Share of events that have a place (the rest are unplaced). */
  placed?: number;
  /**
   * Where places lie: `city` within Minsk; `country` half within Minsk and
   * half across Belarus, so the map has both dense and sparse areas to cluster.
   */
  spread?: 'city' | 'country';
}

/**
 * A valid dataset of `n` events over one year around Minsk: single days,
 * some periods and imprecise dates, 40 actors, 300 places (by default). For
 * browser tests and benchmarks; the same `n`, seed and options always give
 * the same dataset.
 */
export function syntheticDataset(n: number, seed = 1, options: SyntheticOptions = {}): Dataset {
  const { actors: actorCount = 40, places: placeCount = 300, placed = 0.9 } = options;
  const spread = options.spread ?? 'city';
  const rnd = seededRandom(seed);
  const actors = Array.from({ length: actorCount }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    kind: 'group' as const,
    description: `Synthetic actor ${i}`,
  }));
  const places = Array.from({ length: placeCount }, (_, i) => {
    const inCity = spread === 'city' || i % 2 === 0;
    const lat = inCity ? 53.85 + rnd() * 0.1 : 51.5 + rnd() * 4.5;
    const lon = inCity ? 27.45 + rnd() * 0.2 : 23.5 + rnd() * 8.5;
    return {
      id: `place-${i}`,
      name: `Place ${i}`,
      lat,
      lon,
      precision: 'building' as const,
      description: `Synthetic place ${i}`,
    };
  });
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
      actors: [{ id: `actor-${Math.floor(rnd() * actorCount)}` }],
      place: rnd() < placed ? `place-${Math.floor(rnd() * placeCount)}` : null,
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

/**
 * `n` events, every one placed, over `n / 2` places across Belarus (half of
 * them in Minsk): the map's worst case of many distinct markers.
 */
export function placedDataset(n: number, seed = 1): Dataset {
  return syntheticDataset(n, seed, {
    places: Math.max(1, Math.round(n / 2)),
    placed: 1,
    spread: 'country',
  });
}
