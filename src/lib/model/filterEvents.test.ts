import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog';
import { smallDataset } from './testing/smallDataset';
import { emptyFilters, facetCounts, filterEvents, type Filters } from './filterEvents';

const catalog = buildCatalog(smallDataset());
const ids = (f: Partial<Filters>) =>
  filterEvents(catalog.events, { ...emptyFilters(), ...f }).map((e) => e.id);
const D = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('filterEvents', () => {
  it('passes everything with no filter, in time order', () => {
    expect(ids({})).toEqual(['election', 'protests', 'release']);
  });

  it('filters by type (any of the ticked types)', () => {
    expect(ids({ types: ['release'] })).toEqual(['release']);
    expect(ids({ types: ['release', 'election'] })).toEqual(['election', 'release']);
  });

  it('filters by actor (any of the ticked actors)', () => {
    expect(ids({ actors: ['police'] })).toEqual(['protests']);
    expect(ids({ actors: ['police', 'luka'] })).toEqual(['election', 'protests']);
  });

  it('filters by date range: events overlapping it pass', () => {
    expect(ids({ range: [D(2020, 8, 12), D(2020, 8, 13)] })).toEqual(['protests']);
    expect(ids({ range: [D(2020, 8, 14), D(2020, 8, 15)] })).toEqual(['protests', 'release']);
  });

  it('searches text case- and diacritics-insensitively, across quotes and places', () => {
    expect(ids({ text: 'HUNDREDS' })).toEqual(['release']);
    expect(ids({ text: 'okréstina' })).toEqual(['release']);
    expect(ids({ text: 'week protests' })).toEqual(['protests']);
  });

  it('finds an actor by alias: Lukashenka finds Lukashenko', () => {
    expect(ids({ text: 'lukashenka' })).toEqual(['election']);
    expect(ids({ text: 'Lukášenka' })).toEqual(['election']);
  });

  it('keeps only events with a place when asked', () => {
    expect(ids({ onlyMapped: true })).toEqual(['protests', 'release']);
  });

  it('combines facets with AND', () => {
    expect(
      ids({
        types: ['protest', 'release'],
        actors: ['protesters'],
        range: [D(2020, 8, 14), D(2020, 8, 15)],
        text: 'released',
      }),
    ).toEqual(['release']);
  });

  it('counts each facet value as ticking it would give, under the other filters', () => {
    const f = { ...emptyFilters(), types: ['release'] };
    // Type counts ignore the type filter itself...
    expect(Object.fromEntries(facetCounts(catalog.events, f, 'types'))).toEqual({
      election: 1,
      protest: 1,
      release: 1,
    });
    // ...while actor counts obey it.
    expect(Object.fromEntries(facetCounts(catalog.events, f, 'actors'))).toEqual({ protesters: 1 });
    const g = { ...emptyFilters(), text: 'week' };
    expect(Object.fromEntries(facetCounts(catalog.events, g, 'types'))).toEqual({ protest: 1 });
  });
});
