import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalog } from './catalog';
import { smallDataset } from './testing/smallDataset';
import { eventPredicate, facetCounts, emptyFilters, type Filters } from './filterEvents';
import { FilterIndex, filterIndexOf } from './filterIndex';
import type { Dataset } from './types';

/** A few dozen events mixing types, actors, places and dates, for comparing with the plain filter. */
function dataset(): Dataset {
  const d = smallDataset();
  d.groups = [
    { id: 'state', name: 'The state' },
    { id: 'street', name: 'The street' },
  ];
  d.actors[0]!.groups = ['state'];
  d.actors[2]!.groups = ['state'];
  d.actors[1]!.groups = ['street'];
  const base = d.events[0]!;
  const types = ['election', 'protest', 'release', 'detention'];
  const actors = ['luka', 'protesters', 'police'];
  for (let i = 0; i < 60; i++) {
    d.events.push({
      ...base,
      id: `x${i}`,
      title: i % 3 === 0 ? `Lukašenka speaks ${i}` : `Crowd gathers ${i}`,
      type: types[i % 4]!,
      date: `2020-08-${String(1 + (i % 28)).padStart(2, '0')}`,
      actors: actors.filter((_, k) => (i >> k) & 1).map((id) => ({ id })),
      place: i % 5 === 0 ? null : i % 2 ? 'minsk' : 'okrestina',
    });
  }
  // One actor named twice, in two roles: the event counts once for them.
  d.events.push({ ...base, id: 'twice', actors: [{ id: 'luka' }, { id: 'luka', role: 'b' }] });
  return d;
}

const catalog = buildCatalog(dataset());
const index = new FilterIndex(catalog.events);

function check(f: Filters) {
  const q = { ...f, actors: f.actors };
  const { indexes, counts } = index.run(q, true);
  const expected = catalog.events.filter(eventPredicate(f)).map((e) => e.id);
  expect([...indexes].map((i) => catalog.events[i]!.id)).toEqual(expected);
  const types = facetCounts(catalog.events, f, 'types');
  const actors = facetCounts(catalog.events, f, 'actors');
  const groups = facetCounts(catalog.events, f, 'groups');
  for (const [id, n] of counts!.types) expect(n, `type ${id}`).toBe(types.get(id) ?? 0);
  for (const [id, n] of counts!.actors) expect(n, `actor ${id}`).toBe(actors.get(id) ?? 0);
  for (const [id, n] of counts!.groups) expect(n, `group ${id}`).toBe(groups.get(id) ?? 0);
}

describe('the filter index', () => {
  it('gives the same events and counts as the plain filter, for every kind of filter', () => {
    check(emptyFilters());
    check({ ...emptyFilters(), types: ['protest', 'release'] });
    check({ ...emptyFilters(), actors: ['luka'] });
    check({ ...emptyFilters(), text: 'lukashenka' });
    check({ ...emptyFilters(), onlyMapped: true });
    check({ ...emptyFilters(), range: [Date.UTC(2020, 7, 5), Date.UTC(2020, 7, 12)] });
    check({ ...emptyFilters(), groups: ['state'] });
    check({ ...emptyFilters(), groups: ['street'], actors: ['luka'] });
    check({
      types: ['election'],
      actors: ['protesters', 'police'],
      groups: [],
      text: 'crowd',
      onlyMapped: true,
      range: [Date.UTC(2020, 7, 1), Date.UTC(2020, 7, 20)],
    });
  });

  it('narrows as the reader types on, and widens again when they delete', () => {
    for (const text of ['c', 'cr', 'cro', 'crowd 1', 'crowd', 'c', '']) {
      check({ ...emptyFilters(), text });
    }
  });

  it('agrees with the plain filter while any text is typed letter by letter and deleted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'crowd gathers 12 lukaš'), { maxLength: 14 }),
        (letters) => {
          const typed = letters.map((_, i) => letters.slice(0, i + 1).join(''));
          for (const text of [...typed, ...typed.reverse()]) check({ ...emptyFilters(), text });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees with the plain filter on random filters', () => {
    const ids = (xs: string[]) => fc.subarray(xs);
    fc.assert(
      fc.property(
        ids(['election', 'protest', 'release', 'detention']),
        ids(['luka', 'protesters', 'police']),
        ids(['state', 'street']),
        fc.constantFrom('', 'luka', 'crowd 2', 'gathers', 'x', 'speaks 1'),
        fc.boolean(),
        fc.option(fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 10 }))),
        (types, actors, groups, text, onlyMapped, r) => {
          const range: [number, number] | null = r
            ? [Date.UTC(2020, 7, r[0]), Date.UTC(2020, 7, r[0] + r[1])]
            : null;
          check({ types, actors, groups, text, onlyMapped, range });
        },
      ),
    );
  });
});

describe('filterIndexOf', () => {
  it('builds one index per list of events and hands it out again', () => {
    const events = buildCatalog(smallDataset()).events;
    const index = filterIndexOf(events);
    expect(filterIndexOf(events)).toBe(index);
    expect(filterIndexOf([...events])).not.toBe(index);
    expect(index.size).toBe(events.length);
  });
});
