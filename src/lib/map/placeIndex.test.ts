import { describe, expect, it } from 'vitest';
import { PlaceIndex, toBBox, type MapItem } from './placeIndex';
import { aggregatePlaces, type PlaceGroup } from './aggregatePlaces';
import { MINSK } from './mapFrame';
import { mapDataset } from './testing/mapDataset';
import { buildCatalog } from '../model/catalog';
import type { Place } from '../model/types';

const groups = aggregatePlaces(
  buildCatalog(mapDataset()).events,
  MINSK.bounds,
  () => undefined,
).mapped;
const WORLD = toBBox(-180, -85, 180, 85);

/** An index of the groups' places, showing those groups. */
function indexOf(shown: readonly PlaceGroup[], places = shown.map((g) => g.place)) {
  const index = new PlaceIndex(places);
  index.show(shown);
  return index;
}
const only = (...ids: string[]) => groups.filter((g) => ids.includes(g.place.id));
const clusterOf = (items: MapItem[]) => {
  const c = items.find((i) => i.kind === 'cluster');
  if (c?.kind !== 'cluster') throw new Error('no cluster');
  return c;
};
const placed = (items: MapItem[]) =>
  items.reduce((n, i) => n + (i.kind === 'cluster' ? i.places : 1), 0);

describe('PlaceIndex', () => {
  it('draws each place on its own when zoomed in', () => {
    const items = indexOf(groups).items(WORLD, 17);
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
    const index = indexOf(groups);
    const items = index.items(WORLD, 5);
    const cluster = clusterOf(items);
    expect(cluster).toMatchObject({ kind: 'cluster', places: 3, events: 5 });
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
    const b = MINSK.bounds;
    const keys = indexOf(groups)
      .items(toBBox(b.west, b.south, b.east, b.north), 17)
      .map((i) => i.key);
    expect(keys.sort()).toEqual(['p:cec', 'p:minsk', 'p:okrestina']);
  });

  it('after a filter, draws only the shown places: a cluster counts them, at their centre', () => {
    const index = indexOf(groups);
    const before = clusterOf(index.items(WORLD, 5));
    index.show(only('cec', 'okrestina', 'kremlin'));
    const items = index.items(WORLD, 5);
    const cluster = clusterOf(items);
    // The same cluster (its key lasts as long as the dataset), now of two places.
    expect(cluster.key).toBe(before.key);
    expect(cluster).toMatchObject({ places: 2, events: 4 });
    expect(cluster.lat).toBeCloseTo((53.8967 + 53.8822) / 2, 3);
    expect(cluster.lon).toBeCloseTo((27.5474 + 27.4936) / 2, 6);
    expect(index.groupsIn(cluster.clusterId).map((g) => g.place.id)).toEqual(
      expect.arrayContaining(['cec', 'okrestina']),
    );
    expect(index.groupsIn(cluster.clusterId)).toHaveLength(2);
    expect(items.map((i) => i.key)).not.toContain('p:minsk');
    expect(index.items(WORLD, 17).map((i) => i.key)).not.toContain('p:minsk');
  });

  it('draws a cluster left with one shown place as that place, where it is', () => {
    const index = indexOf(groups);
    index.show(only('okrestina', 'kremlin'));
    const items = index.items(WORLD, 5);
    expect(items.map((i) => i.kind)).toEqual(['place', 'place']);
    expect(items.find((i) => i.key === 'p:okrestina')).toMatchObject({
      lat: 53.8822,
      lon: 27.4936,
    });
    index.show([]);
    expect(index.items(WORLD, 5)).toEqual([]);
    // And back: every place is shown again.
    index.show(groups);
    expect(placed(index.items(WORLD, 5))).toBe(4);
  });

  it('zooms a cluster to where its shown places split, past hidden ones leaving it', () => {
    const at = (id: string, lat: number, lon: number): Place => ({
      ...groups[0]!.place,
      id,
      lat,
      lon,
    });
    // A and B 300 m apart, C 5 km away: C leaves the cluster long before A and B split.
    const places = [at('a', 53.9, 27.5), at('b', 53.9, 27.5045), at('c', 53.9, 27.575)];
    const all = places.map((place) => ({ ...groups[0]!, place }));
    const index = indexOf(all);
    const cluster = clusterOf(index.items(WORLD, 5));
    const whenCLeaves = index.expansionZoom(cluster.clusterId);

    index.show(all.slice(0, 2));
    const split = index.expansionZoom(clusterOf(index.items(WORLD, 5)).clusterId);
    expect(split).toBeGreaterThan(whenCLeaves);
    expect(index.items(WORLD, split - 1)).toMatchObject([{ kind: 'cluster', places: 2 }]);
    expect(
      index
        .items(WORLD, split)
        .map((i) => i.key)
        .sort(),
    ).toEqual(['p:a', 'p:b']);
  });

  it('groups 50,000 places into a few hundred items, every shown place counted once', () => {
    const many = Array.from({ length: 50_000 }, (_, n) => ({
      ...groups[0]!,
      place: { ...groups[0]!.place, id: `p${n}`, lat: 53 + (n % 250) / 100, lon: 26 + n / 25_000 },
    }));
    const index = indexOf(many);
    const items = index.items(WORLD, 8);
    expect(items.length).toBeLessThan(500);
    expect(placed(items)).toBe(50_000);
    index.show(many.filter((_, n) => n % 3 === 0));
    expect(placed(index.items(WORLD, 8))).toBe(16_667);
    expect(placed(index.items(WORLD, 3))).toBe(16_667);
  });

  it('shows nothing, and says so, when asked to show a place it does not hold', () => {
    const index = indexOf(only('cec'));
    expect(index.show(only('okrestina', 'cec'))).toBe(false);
    expect(index.items(WORLD, 17)).toEqual([]);
    // Another object for the same place: another dataset's.
    expect(index.show([{ ...groups[0]!, place: { ...groups[0]!.place } }])).toBe(false);
    expect(index.show(only('cec'))).toBe(true);
    expect(index.items(WORLD, 17).map((i) => i.key)).toEqual(['p:cec']);
  });
});

describe('toBBox', () => {
  it('clamps a view wider than the world and wraps longitudes', () => {
    expect(toBBox(-400, -100, 400, 100)).toEqual([-180, -90, 180, 90]);
    expect(toBBox(170, 0, 190, 10)).toEqual([170, 0, -170, 10]);
  });
});
