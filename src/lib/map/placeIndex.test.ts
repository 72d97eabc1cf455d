import { describe, expect, it } from 'vitest';
import { PlaceIndex, toBBox } from './placeIndex';
import { aggregatePlaces } from './aggregatePlaces';
import { MINSK } from './mapFrame';
import { mapDataset } from './testing/mapDataset';
import { buildCatalog } from '../model/catalog';

const groups = aggregatePlaces(
  buildCatalog(mapDataset()).events,
  MINSK.bounds,
  () => undefined,
).mapped;
const WORLD = toBBox(-180, -85, 180, 85);

describe('PlaceIndex', () => {
  it('draws each place on its own when zoomed in', () => {
    const index = new PlaceIndex(groups);
    const items = index.items(WORLD, 17);
    expect(items.map((i) => i.key).sort()).toEqual([
      'p:cec',
      'p:kremlin',
      'p:minsk',
      'p:okrestina',
    ]);
    const cec = items.find((i) => i.key === 'p:cec');
    expect(cec).toMatchObject({ kind: 'place', lat: 53.8967, lon: 27.5474 });
  });

  it('clusters nearby places when zoomed out, counting their events', () => {
    const index = new PlaceIndex(groups);
    const items = index.items(WORLD, 5);
    const cluster = items.find((i) => i.kind === 'cluster');
    expect(cluster).toMatchObject({ kind: 'cluster', places: 3, events: 5 });
    if (cluster?.kind !== 'cluster') throw new Error('no cluster');
    expect(
      index
        .groupsIn(cluster.clusterId)
        .map((g) => g.place.id)
        .sort(),
    ).toEqual(['cec', 'minsk', 'okrestina']);
    expect(index.expansionZoom(cluster.clusterId)).toBeGreaterThan(5);
    // Moscow is far enough to stay apart.
    expect(items.find((i) => i.key === 'p:kremlin')).toBeDefined();
  });

  it('only returns what is in the box', () => {
    const index = new PlaceIndex(groups);
    const b = MINSK.bounds;
    const keys = index.items(toBBox(b.west, b.south, b.east, b.north), 17).map((i) => i.key);
    expect(keys.sort()).toEqual(['p:cec', 'p:minsk', 'p:okrestina']);
  });

  it('groups 50,000 places into a few hundred items, every place counted once', () => {
    const many = Array.from({ length: 50_000 }, (_, n) => ({
      ...groups[0]!,
      place: { ...groups[0]!.place, id: `p${n}`, lat: 53 + (n % 250) / 100, lon: 26 + n / 25_000 },
    }));
    const index = new PlaceIndex(many);
    const items = index.items(WORLD, 8);
    expect(items.length).toBeLessThan(500);
    expect(items.reduce((n, i) => n + (i.kind === 'cluster' ? i.places : 1), 0)).toBe(50_000);
  });
});

describe('toBBox', () => {
  it('clamps a view wider than the world and wraps longitudes', () => {
    expect(toBBox(-400, -100, 400, 100)).toEqual([-180, -90, 180, 90]);
    expect(toBBox(170, 0, 190, 10)).toEqual([170, 0, -170, 10]);
  });
});
