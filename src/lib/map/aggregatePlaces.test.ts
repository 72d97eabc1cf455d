import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregatePlaces } from './aggregatePlaces';
import { MINSK } from './mapFrame';
import { mapDataset } from './testing/mapDataset';
import { buildCatalog } from '../model/catalog';
import { emptyFilters, filterEvents } from '../model/filterEvents';
import { validateDataset } from '../model/validateDataset';

const catalog = buildCatalog(mapDataset());
const byId = (id: string) => catalog.byId.get(id);
const counts = (gs: { place: { id: string }; count: number }[]) =>
  Object.fromEntries(gs.map((g) => [g.place.id, g.count]));

describe('aggregatePlaces', () => {
  it('counts the events per place, most first, ties in the order of their first event', () => {
    const a = aggregatePlaces(catalog.events, MINSK.bounds, byId);
    expect(a.mapped.map((g) => [g.place.id, g.count])).toEqual([
      ['cec', 3],
      ['minsk', 1],
      ['okrestina', 1],
      ['kremlin', 1],
    ]);
    const firstEvent = (id: string) =>
      catalog.events.findIndex((e) => e.place?.id === id && a.placeOf(e.id) === id);
    expect(firstEvent('minsk')).toBeLessThan(firstEvent('okrestina'));
    expect(firstEvent('okrestina')).toBeLessThan(firstEvent('kremlin'));
    const cec = a.mapped[0]!;
    expect(cec.events.map((e) => e.id)).toEqual(['hug', 'shields', 'rally']);
    expect(cec.types.map((t) => [t.type.id, t.count])).toEqual([
      ['solidarity', 2],
      ['protest', 1],
    ]);
    expect(cec.dominant.id).toBe('solidarity');
    expect(a.placeOf('rally')).toBe('cec');
  });

  it('follows the visible events: other filters give other counts', () => {
    const only = (types: string[]) =>
      aggregatePlaces(
        filterEvents(catalog.events, { ...emptyFilters(), types }),
        MINSK.bounds,
        byId,
      );
    expect(counts(only(['solidarity']).mapped)).toEqual({ cec: 2 });
    expect(counts(only(['protest']).mapped)).toEqual({ cec: 1, minsk: 1 });
    const none = aggregatePlaces([], MINSK.bounds, byId);
    expect(none.mapped).toEqual([]);
    expect(none.offMapCount).toBe(0);
  });

  it('puts a shown event at its place, and one filtered out at none, though its place is drawn', () => {
    const shown = filterEvents(catalog.events, { ...emptyFilters(), types: ['solidarity'] });
    const a = aggregatePlaces(shown, MINSK.bounds, byId);
    expect(a.placeOf('hug')).toBe('cec');
    expect(a.placeOf('shields')).toBe('cec');
    // The rally is at the same place, drawn for the two shown events, but the filter hides it.
    expect(a.placeOf('rally')).toBeUndefined();
    expect(a.placeOf('release')).toBeUndefined();
    expect(a.placeOf('no-such-event')).toBeUndefined();
  });

  it('lists events without a place instead of dropping them', () => {
    const a = aggregatePlaces(catalog.events, MINSK.bounds, byId);
    expect(a.unplaced.map((e) => e.id)).toEqual(['video']);
    expect(a.placeOf('video')).toBeUndefined();
  });

  it('does not pin country-level places: they are listed as country-wide', () => {
    const a = aggregatePlaces(catalog.events, MINSK.bounds, byId);
    expect(a.mapped.some((g) => g.place.precision === 'country')).toBe(false);
    expect(counts(a.countryWide)).toEqual({ belarus: 1 });
    expect(a.placeOf('vote')).toBeUndefined();
    // A city-level place stays on the map; the view draws it as an area.
    expect(a.mapped.find((g) => g.place.id === 'minsk')?.place.precision).toBe('city');
  });

  it('lists places outside the Minsk frame while keeping them on the map', () => {
    const a = aggregatePlaces(catalog.events, MINSK.bounds, byId);
    expect(counts(a.outside)).toEqual({ kremlin: 1 });
    expect(a.mapped.some((g) => g.place.id === 'kremlin')).toBe(true);
    // Moscow + Belarus + no place.
    expect(a.offMapCount).toBe(3);
  });

  it('accounts for every event of the bundled dataset exactly once', () => {
    const json: unknown = JSON.parse(readFileSync('data/belarus-2020-08.json', 'utf8'));
    const r = validateDataset(json);
    if (!r.ok) return; // The dataset's own tests report its problems.
    const bundled = buildCatalog(r.dataset);
    const events = bundled.events;
    const a = aggregatePlaces(events, MINSK.bounds, (id) => bundled.byId.get(id));
    const onMapInFrame = a.mapped
      .filter((g) => !a.outside.includes(g))
      .reduce((n, g) => n + g.count, 0);
    expect(onMapInFrame + a.offMapCount).toBe(events.length);
    expect(a.countryWide.map((g) => g.place.id)).toContain('belarus');
    // The Kremlin's statement has no place (placement rule): nothing lies outside Minsk.
    expect(a.outside).toEqual([]);
  });
});
