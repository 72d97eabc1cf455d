import { describe, expect, it } from 'vitest';
import { buildCatalog, CatalogBuilder, type Catalog, type CatalogEvent } from './catalog';
import { isDisputed } from './otherReporting';
import { dateColumns } from './dateColumns';
import { extentOfSpan, fullExtent } from './window';
import { syntheticDataset } from '../../../tests/support/synthetic';
import { DECLARED_TYPE_COLOURS, EVENT_TYPES } from './eventTypes';
import { smallDataset } from './testing/smallDataset';

describe('buildCatalog', () => {
  it('gives declared types their label and a colour of their own, after the built-in ones', () => {
    const d = smallDataset();
    d.meta.types = [
      { id: 'riots', label: 'Riots' },
      { id: 'battles', label: 'Battles' },
    ];
    d.events[0]!.type = 'battles';
    const c = buildCatalog(d);
    expect(c.types.map((t) => t.id)).toEqual([...EVENT_TYPES.map((t) => t.id), 'riots', 'battles']);
    expect(c.byId.get('release')!.type).toEqual({
      id: 'battles',
      label: 'Battles',
      colour: DECLARED_TYPE_COLOURS[1],
      colourDark: DECLARED_TYPE_COLOURS[1],
    });
    expect(c.byId.get('protests')!.type.label).toBe('Protest');
  });

  it('resolves each actor an event names, with its role, and leaves out one the dataset does not list', () => {
    const d = smallDataset();
    const [first, second] = d.actors;
    d.events[0]!.actors = [
      { id: first!.id, role: 'speaks' },
      { id: 'unlisted' },
      { id: second!.id },
    ];
    d.events[1]!.actors = [{ id: second!.id }];
    const c = buildCatalog(d);
    expect(c.byId.get(d.events[0]!.id)!.actors.map(({ actor, role }) => [actor.id, role])).toEqual([
      [first!.id, 'speaks'],
      [second!.id, undefined],
    ]);
    expect(c.byId.get(d.events[1]!.id)!.actors.map(({ actor }) => actor)).toEqual([second]);
  });

  it('gives every event naming the same single actor its own role, groups and date', () => {
    const d = smallDataset();
    const [a] = d.actors;
    d.groups = [{ id: 'g', name: 'Group' }];
    a!.groups = ['g'];
    d.events.push({ ...d.events[0]!, id: 'fourth' });
    const [e0, e1, e2, e3] = d.events;
    e0!.actors = [{ id: a!.id }];
    e1!.actors = [{ id: a!.id, role: 'speaks' }];
    e2!.actors = [{ id: a!.id }];
    e3!.actors = [{ id: 'unlisted' }];
    e2!.date = e0!.date;
    const c = buildCatalog(d);
    const of = (id: string) => c.byId.get(id)!;
    const roles = [e0, e1, e2].map((e) => of(e!.id).actors.map((x) => [x.actor.id, x.role]));
    expect(roles).toEqual([[[a!.id, undefined]], [[a!.id, 'speaks']], [[a!.id, undefined]]]);
    for (const e of [e0, e1, e2]) expect(of(e!.id).groups.map((g) => g.name)).toEqual(['Group']);
    expect(of(e3!.id).actors).toEqual([]);
    expect(of(e3!.id).groups).toEqual([]);
    expect(of(e2!.id).date).toEqual(of(e0!.id).date);
    expect(of(e2!.id).date.text).toBe(e0!.date);
  });

  it('tells each event whether it is a key event and how long its title is, as its record says', () => {
    const d = smallDataset();
    d.events[0]!.key = true;
    d.events[1]!.title = 'Riot police withdraw';
    delete d.events[1]!.key;
    const c = buildCatalog(d);
    for (const record of d.events) {
      const e = c.byId.get(record.id)!;
      expect(e.key).toBe(record.key === true);
      expect(e.titleLength).toBe(record.title.length);
    }
    expect(c.byId.get(d.events[0]!.id)!.key).toBe(true);
    expect(c.byId.get(d.events[1]!.id)!.titleLength).toBe(20);
  });

  it('has no publication date when the dataset gives none', () => {
    const d = smallDataset();
    delete d.meta.published;
    expect(buildCatalog(d).published).toBeNull();
    expect(buildCatalog(smallDataset()).published?.text).toBe('2020-08-15');
  });
});

describe('buildCatalog: order and search text', () => {
  const dates = ['2020-08-14', '2020-08', '2020-08-09/2020-08-11', '../2020-08-01', '2020-08-14'];
  const dataset = (order: number[]) => {
    const d = smallDataset();
    const base = d.events[0]!;
    d.events = order.map((i) => ({ ...base, id: `e${i}`, date: dates[i]!, title: `Title ${i}` }));
    return d;
  };

  it('is chronological (start, end, id) whatever order the file has, sorted or not', () => {
    const expected = ['e3', 'e1', 'e2', 'e0', 'e4'];
    expect(buildCatalog(dataset([0, 1, 2, 3, 4])).events.map((e) => e.id)).toEqual(expected);
    expect(buildCatalog(dataset([4, 3, 2, 1, 0])).events.map((e) => e.id)).toEqual(expected);
    const c = buildCatalog(dataset([3, 1, 2, 0, 4]));
    expect(c.events.map((e) => e.id)).toEqual(expected);
    expect(c.events.map((e) => e.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('hands the date columns of its ordered events to the views that read them', () => {
    for (const order of [
      [0, 1, 2, 3, 4],
      [3, 1, 2, 0, 4],
    ]) {
      const { events } = buildCatalog(dataset(order));
      const { starts, ends } = dateColumns(events);
      expect([...starts]).toEqual(events.map((e) => e.date.start));
      expect([...ends]).toEqual(events.map((e) => e.date.end));
    }
  });

  it('folds the title, quotes, actors and place of an event into its search text', () => {
    const e = buildCatalog(smallDataset()).events[0]!;
    expect(e.searchText).toContain(e.record.title.toLowerCase());
    for (const a of e.actors) expect(e.searchText).toContain(a.actor.name.toLowerCase());
    if (e.place) expect(e.searchText).toContain(e.place.name.toLowerCase());
  });
});

describe('building a catalog in slices', () => {
  it('gives the catalog buildCatalog gives, whatever the slices', () => {
    const d = syntheticDataset(700, 11);
    const whole = buildCatalog(d);
    const builder = new CatalogBuilder(d);
    for (const n of [1, 99, 250]) builder.add(n);
    expect(builder.done).toBe(false);
    const sliced = builder.finish();
    expect(builder.done).toBe(true);
    expect(sliced.events.map((e) => [e.id, e.index, e.date, e.place?.id, e.type.id])).toEqual(
      whole.events.map((e) => [e.id, e.index, e.date, e.place?.id, e.type.id]),
    );
    expect([...sliced.byId.keys()]).toEqual([...whole.byId.keys()]);
  });
});

describe('what a catalog gathers while its events are resolved', () => {
  /** The same facts from plain passes over the finished events. */
  const passes = (events: CatalogEvent[]) => ({
    keyEvents: events.filter((e) => e.record.key === true).map((e) => e.id),
    marks: {
      key: events.some((e) => e.record.key === true),
      hedged: events.some((e) => e.date.uncertain),
      disputed: events.some((e) => isDisputed(e.record)),
    },
    extent: fullExtent(events),
  });
  const gathered = (c: Catalog) => ({
    keyEvents: c.keyEvents.map((e) => e.id),
    marks: c.marks,
    extent: extentOfSpan(c.span),
  });

  it('names the key events in order, the marks used and the span, as passes over the events do', () => {
    const d = syntheticDataset(600, 5);
    // Key events out of file order, one disputed and one hedged event.
    for (const i of [590, 3, 301]) d.events[i]!.key = true;
    d.events[17]!.otherReporting = [
      { outlet: 'Other', published: '2020-08-20', says: 'Another date.', agrees: false },
    ];
    d.events[42]!.date = '2020-08-11?';
    const whole = buildCatalog(d);
    expect(whole.keyEvents).toHaveLength(3);
    expect(whole.marks).toEqual({ key: true, hedged: true, disputed: true });
    expect(gathered(whole)).toEqual(passes(whole.events));

    const builder = new CatalogBuilder(d);
    for (const n of [7, 200, 1]) builder.add(n);
    expect(gathered(builder.finish())).toEqual(passes(whole.events));
  });

  it('uses no mark and spans nothing when no event needs one or has a date', () => {
    const d = smallDataset();
    for (const e of d.events) {
      delete e.key;
      delete e.otherReporting;
      e.date = '2020-08-10';
    }
    const c = buildCatalog(d);
    expect(c.keyEvents).toEqual([]);
    expect(c.marks).toEqual({ key: false, hedged: false, disputed: false });
    expect(gathered(c)).toEqual(passes(c.events));
    d.events = [];
    expect(buildCatalog(d).span).toEqual([Infinity, -Infinity]);
    expect(extentOfSpan(buildCatalog(d).span)).toBeNull();
  });
});
