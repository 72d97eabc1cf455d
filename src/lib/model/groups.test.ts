import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog';
import { emptyFilters, facetCounts, filterEvents, isFiltering, type Filters } from './filterEvents';
import { factsDataset } from './testing/factsDataset';

const catalog = buildCatalog(factsDataset());
const ids = (f: Partial<Filters>) =>
  filterEvents(catalog.events, { ...emptyFilters(), ...f }).map((e) => e.id);
const D = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('actor groups', () => {
  it('resolves each event’s groups from its actors, once each, in the dataset’s order', () => {
    const groupsOf = (id: string) => catalog.byId.get(id)!.groups.map((g) => g.id);
    expect(groupsOf('apology')).toEqual(['security-forces', 'belarusian-state']);
    expect(groupsOf('protests')).toEqual(['security-forces']);
    expect(groupsOf('election')).toEqual(['belarusian-state']);
    expect(groupsOf('release')).toEqual([]);
    expect([...catalog.groups.keys()]).toEqual(['security-forces', 'belarusian-state']);
  });

  it('ticking a group passes the events of any of its members', () => {
    expect(ids({ groups: ['security-forces'] })).toEqual(['protests', 'pledge', 'apology']);
    expect(isFiltering({ ...emptyFilters(), groups: ['security-forces'] })).toBe(true);
  });

  it('answers "what did the security forces do between 12 and 14 August?"', () => {
    const range: [number, number] = [D(2020, 8, 12), D(2020, 8, 15)];
    expect(ids({ groups: ['security-forces'], range })).toEqual(['protests', 'pledge', 'apology']);
  });

  it('combines groups and actors with OR, like ticking more actors', () => {
    expect(ids({ groups: ['belarusian-state'], actors: ['protesters'] })).toEqual([
      'election',
      'protests',
      'apology',
      'release',
    ]);
  });

  it('and with the other facets with AND', () => {
    expect(ids({ groups: ['security-forces'], types: ['statement'] })).toEqual(['apology']);
  });

  it('counts what ticking each group would give, under the other filters', () => {
    const counts = (f: Partial<Filters>) =>
      Object.fromEntries(facetCounts(catalog.events, { ...emptyFilters(), ...f }, 'groups'));
    expect(counts({})).toEqual({ 'security-forces': 3, 'belarusian-state': 2 });
    // The who-facet's own ticks do not narrow its counts...
    expect(counts({ actors: ['protesters'], groups: ['belarusian-state'] })).toEqual({
      'security-forces': 3,
      'belarusian-state': 2,
    });
    // ...the other facets do.
    expect(counts({ types: ['solidarity'] })).toEqual({ 'security-forces': 1 });
  });
});

describe('places and groups by any name', () => {
  it('finds a place by its aliases, in any script, accent-insensitively', () => {
    expect(ids({ text: 'Akrestsina' })).toEqual(['release']);
    expect(ids({ text: 'окрестина' })).toEqual(['release']);
    expect(ids({ text: 'Акрэсціна' })).toEqual(['release']);
  });

  it('finds the events of a group by its name', () => {
    expect(ids({ text: 'security forces' })).toEqual(['protests', 'pledge', 'apology']);
  });
});
