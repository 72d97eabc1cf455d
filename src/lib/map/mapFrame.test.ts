import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MINSK, WORLD, fitZoom, frameFor, inBounds, type Frame } from './mapFrame';
import { mapDataset } from './testing/mapDataset';
import { buildCatalog } from '../model/catalog';
import type { Dataset, Place } from '../model/types';

/** A dataset with `n` events at each place of `uses` (place id → n). */
function dataset(places: Place[], uses: Record<string, number>): Dataset {
  const d = mapDataset();
  d.places = places;
  d.events = Object.entries(uses).flatMap(([place, n]) =>
    Array.from({ length: n }, (_, i) => ({
      ...d.events[0]!,
      id: `${place}-${i}`,
      place,
    })),
  );
  return d;
}

const place = (
  id: string,
  lat: number,
  lon: number,
  precision: Place['precision'] = 'building',
  name = id,
): Place => ({ id, name, lat, lon, precision, description: '' });

function frameOf(d: Dataset): Frame {
  const c = buildCatalog(d);
  return frameFor([...c.places.values()], c.events);
}

const contains = (f: Frame, p: Place) => inBounds(f.bounds, p.lat, p.lon);

/** Landmarks of Paris, a suburb, and cities far away. */
const PARIS: Place[] = [
  place('louvre', 48.8606, 2.3376),
  place('republique', 48.8674, 2.3636),
  place('bastille', 48.8532, 2.3691),
  place('etoile', 48.8738, 2.295),
  place('assemblee', 48.8619, 2.3186),
  place('saint-denis', 48.9362, 2.3574, 'district', 'Saint-Denis'),
  place('paris', 48.8566, 2.3522, 'city', 'Paris'),
];
const ELSEWHERE: Place[] = [
  place('lyon', 45.764, 4.8357, 'city', 'Lyon'),
  place('marseille', 43.2965, 5.3698, 'city', 'Marseille'),
  place('brussels', 50.8467, 4.3525, 'building'),
  place('france', 46.6, 2.5, 'country', 'France'),
];

describe('frameFor', () => {
  it('frames the bundled Belarus reporting on Minsk, as before', () => {
    const d = JSON.parse(readFileSync('data/belarus-2020-08.json', 'utf8')) as Dataset;
    const f = frameOf(d);
    expect(f.name).toBe('Minsk');
    expect(f.zoom).toBe(MINSK.zoom);
    expect(f.center[0]).toBeCloseTo(MINSK.center[0], 1);
    expect(f.center[1]).toBeCloseTo(MINSK.center[1], 1);
    for (const k of ['south', 'west', 'north', 'east'] as const) {
      expect(Math.abs(f.bounds[k] - MINSK.bounds[k]), k).toBeLessThan(0.01);
    }
    const byId = new Map(d.places.map((p) => [p.id, p]));
    expect(contains(f, byId.get('okrestina')!)).toBe(true);
    expect(contains(f, byId.get('cec-minsk')!)).toBe(true);
  });

  it('frames the map test data on Minsk', () => {
    const f = frameOf(mapDataset());
    expect(f.name).toBe('Minsk');
    expect(f.zoom).toBe(11);
    const byId = new Map(mapDataset().places.map((p) => [p.id, p]));
    expect(['cec', 'okrestina', 'minsk'].map((id) => contains(f, byId.get(id)!))).toEqual([
      true,
      true,
      true,
    ]);
    expect(contains(f, byId.get('kremlin')!)).toBe(false);
  });

  it('frames a reporting about Paris on Paris, leaving the other cities outside', () => {
    const f = frameOf(
      dataset([...PARIS, ...ELSEWHERE], {
        louvre: 3,
        republique: 5,
        bastille: 2,
        etoile: 1,
        assemblee: 2,
        'saint-denis': 1,
        lyon: 6,
        marseille: 4,
        brussels: 3,
        france: 20,
      }),
    );
    expect(f.name).toBe('Paris');
    expect(f.center[0]).toBeCloseTo(48.8566, 3);
    expect(f.center[1]).toBeCloseTo(2.3522, 3);
    for (const p of PARIS) expect(contains(f, p), p.id).toBe(true);
    for (const p of ELSEWHERE) expect(contains(f, p), p.id).toBe(false);
    // City scale: the whole of Paris and its near suburbs, not France.
    expect(f.bounds.north - f.bounds.south).toBeLessThan(0.5);
    expect(f.zoom).toBeGreaterThanOrEqual(10);
    expect(f.zoom).toBeLessThanOrEqual(11);
    // The places the view must show fit at the opening zoom.
    expect(fitZoom(f.content, 800, 420)).toBe(f.zoom);
  });

  it('names an area with no city place "the main area"', () => {
    const places = PARIS.filter((p) => p.precision !== 'city');
    const f = frameOf(dataset(places, { louvre: 2, bastille: 1, etoile: 1 }));
    expect(f.name).toBe('the main area');
    for (const p of places) expect(contains(f, p), p.id).toBe(true);
    // Centred between the places that have events.
    expect(f.center[0]).toBeGreaterThan(48.85);
    expect(f.center[0]).toBeLessThan(48.9);
  });

  it('picks the area with the most events, not the most places', () => {
    const f = frameOf(dataset([...PARIS, ...ELSEWHERE], { louvre: 1, etoile: 1, lyon: 3 }));
    expect(f.name).toBe('Lyon');
    expect(contains(f, ELSEWHERE[0]!)).toBe(true);
    expect(contains(f, PARIS[0]!)).toBe(false);
  });

  it('frames the world when only country-wide places have events', () => {
    expect(frameOf(dataset([...ELSEWHERE], { france: 5 }))).toEqual(WORLD);
    // Places nobody uses do not make a frame either.
    expect(frameOf(dataset([...PARIS], {}))).toEqual(WORLD);
  });

  it('frames the world for an empty dataset', () => {
    expect(frameFor([], [])).toEqual(WORLD);
    expect(WORLD).toMatchObject({ name: 'the map', zoom: 2 });
    expect(inBounds(WORLD.bounds, -33.9, 151.2)).toBe(true);
  });

  it('bins many places into a grid first, and still finds the busiest city', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const places: Place[] = [place('paris', 48.8566, 2.3522, 'city', 'Paris')];
    const uses: Record<string, number> = {};
    for (let i = 0; i < 6000; i++) {
      const near = i % 3 === 0;
      const id = `p${i}`;
      places.push(
        near
          ? place(id, 48.82 + rand() * 0.08, 2.26 + rand() * 0.16)
          : place(id, 43 + rand() * 8, -1 + rand() * 8),
      );
      uses[id] = 1;
    }
    const f = frameOf(dataset(places, uses));
    expect(f.name).toBe('Paris');
    for (const p of places.filter(
      (p) => Math.abs(p.lat - 48.86) < 0.05 && p.lon > 2.25 && p.lon < 2.43,
    ))
      expect(contains(f, p), p.id).toBe(true);
  });
});

describe('fitZoom', () => {
  it('gives the highest whole zoom at which a box fits, within 2 and the city zoom', () => {
    // 0.4° of longitude is 582 px at zoom 11, 291 px at zoom 10.
    const box = { south: 53.95, north: 53.96, west: 27.3, east: 27.7 };
    expect(fitZoom(box, 600, 400)).toBe(11);
    expect(fitZoom(box, 500, 400)).toBe(10);
    expect(fitZoom({ ...box, east: 27.31 }, 600, 400)).toBe(11);
    expect(fitZoom({ south: -80, north: 80, west: -180, east: 180 }, 800, 420)).toBe(2);
    // Not laid out yet: a reference size.
    expect(fitZoom(box, 0, 0)).toBe(11);
  });
});

describe('inBounds', () => {
  it('handles a frame running past the antimeridian', () => {
    const b = { south: -18, north: -16, west: 178, east: 181 };
    expect(inBounds(b, -17, 179)).toBe(true);
    expect(inBounds(b, -17, -179.5)).toBe(true);
    expect(inBounds(b, -17, -178)).toBe(false);
  });
});
