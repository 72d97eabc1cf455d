import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { smallDataset } from '../../model/testing/smallDataset';
import { buildCatalog } from '../../model/catalog';
import { exportJson } from '../exportJson';
import { parseJson } from './parseJson';
import { importEventmapJson } from './importEventmapJson';

const read = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const json = (text: string) => {
  const r = parseJson(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('importEventmapJson', () => {
  it('round-trips: export → import gives the same dataset', () => {
    const c = buildCatalog(smallDataset());
    const text = exportJson(c.events, c);
    const o = importEventmapJson(json(text), 'export.json');
    expect(o.problems).toEqual([]);
    expect(o.dataset).toEqual(JSON.parse(text));
    const sample = JSON.parse(read('eventmap.json'));
    expect(importEventmapJson(json(read('eventmap.json')), 'eventmap.json').dataset).toEqual(
      sample,
    );
  });

  it('builds new objects with the format’s fields only', () => {
    const input = json(
      '{"meta":{"title":"t","description":"d","language":"en","sources":[{"id":"s","publisher":"p","title":"t"}]},' +
        '"actors":[],"places":[],"events":[{"id":"e","date":"2020","type":"protest","title":"t","summary":"s",' +
        '"actors":[],"place":null,"figures":[],"sources":[{"source":"s","quote":"q"}]}]}',
    ) as { events: object[] };
    const o = importEventmapJson(input, 'x.json');
    expect(o.dataset!.events[0]).not.toBe(input.events[0]);
    expect(o.dataset!.events[0]).toEqual(input.events[0]);
  });

  it('refuses an event with a __proto__ key instead of carrying it along', () => {
    const input = json(
      '{"meta":{"title":"t","description":"d","language":"en","sources":[{"id":"s","publisher":"p","title":"t"}]},' +
        '"actors":[],"places":[],"events":[{"id":"e","date":"2020","type":"protest","title":"t","summary":"s",' +
        '"actors":[],"place":null,"figures":[],"sources":[{"source":"s","quote":"q"}],"__proto__":{"polluted":true}}]}',
    );
    const o = importEventmapJson(input, 'x.json');
    expect(o.dataset).toBeNull();
    expect(o.problems.map((p) => p.column)).toEqual(['events[0].__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the valid events, reporting duplicates, unresolvable references and the rest by path', () => {
    const o = importEventmapJson(json(read('eventmap-broken.json')), 'broken.json');
    expect(o.total).toBe(6);
    expect(o.dataset!.events.map((e) => e.id)).toEqual(['march', 'republic']);
    expect(o.problems.map((p) => `${p.column}: ${p.message}`)).toEqual([
      'actors[2].id: "Senate, Rome" is not an id: use lowercase letters a–z, digits and single hyphens, e.g. "riot-police"',
      'events[3].id: duplicate id "march" (first on events[0])',
      'events[3].actors[0].id: unknown actor "senate"',
      'events[1].date: "2020-08-11/2020-08-09" ends before it starts',
      'events[2].actors[0].id: unknown actor "workers"',
      'events[5]: must be an object, not 7',
    ]);
    expect(o.rejected.header).toEqual(['record']);
    expect(o.rejected.rows.map((r) => r.row)).toEqual([2, 3, 4, 6]);
    // The dropped actor is not in the loaded dataset.
    expect(o.dataset!.actors.map((a) => a.id)).toEqual(['protesters', 'riot-police']);
  });

  it('says when an event refers to an actor that was left out, and why', () => {
    const d = smallDataset();
    d.actors[0]!.kind = 'alien' as never;
    const o = importEventmapJson(JSON.parse(JSON.stringify(d)), 'x.json');
    expect(o.problems.map((p) => `${p.column}: ${p.message}`)).toEqual([
      'actors[0].kind: "alien" is not one of: person, group, institution, state, media, organization',
      'events[1].actors[0].id: unknown actor "luka": it was not loaded (see the problem with actors[0])',
    ]);
    expect(o.dataset!.events.map((e) => e.id)).toEqual(['release', 'protests']);
  });

  it('loads nothing when the dataset as a whole is broken', () => {
    const o = importEventmapJson({ meta: {}, actors: 'none', places: [], events: [] }, 'x.json');
    expect(o.dataset).toBeNull();
    expect(o.problems.map((p) => p.column)).toContain('(root).actors');
  });
});
