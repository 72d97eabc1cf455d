import type { Dataset } from '../../src/lib/model/types';
import { mapDataset } from '../../src/lib/map/testing/mapDataset';

/**
 * `events` events at `places` building-precise places, half around Minsk and
 * half across Belarus, for the map's scale tests and benchmark. Seeded: the
 * same dataset every run.
 */
export function geolocatedDataset(events: number, places: number): Dataset {
  const d = mapDataset();
  const types = ['protest', 'detention', 'release', 'solidarity', 'statement'];
  let seed = 1;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = 0; i < places; i++) {
    const near = i % 2 === 0;
    d.places.push({
      id: `p${i}`,
      name: `Place ${i}`,
      lat: near ? 53.83 + rand() * 0.14 : 51.5 + rand() * 4.5,
      lon: near ? 27.4 + rand() * 0.3 : 23.5 + rand() * 8.5,
      precision: 'building',
      description: 'Synthetic.',
    });
  }
  for (let i = 0; i < events; i++) {
    d.events.push({
      id: `e${i}`,
      date: `2020-08-${String(9 + (i % 20)).padStart(2, '0')}`,
      type: types[i % types.length]!,
      title: `Event ${i}`,
      summary: 'Synthetic.',
      actors: [],
      place: `p${i % places}`,
      figures: [],
      sources: [{ source: 'src', quote: 'q' }],
    });
  }
  return d;
}
