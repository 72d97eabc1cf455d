import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCatalog, type Catalog } from '../../model/catalog';
import { smallDataset } from '../../model/testing/smallDataset';
import type { Dataset } from '../../model/types';
import { validateDataset } from '../../model/validateDataset';
import { exportCsv } from '../exportCsv';
import { importEventmapCsv } from './importEventmapCsv';

function catalogOf(d: Dataset): Catalog {
  const v = validateDataset(d);
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return buildCatalog(v.dataset);
}

/** What the CSV carries of each event, with actors, place and sources by name. */
function carried(c: Catalog) {
  const sources = new Map(c.dataset.meta.sources.map((s) => [s.id, s]));
  return c.events.map((e) => ({
    id: e.id,
    date: e.record.date,
    type: e.type.id,
    title: e.record.title,
    summary: e.record.summary,
    actors: e.actors.map((a) => ({ name: a.actor.name, role: a.role })),
    place: e.place && { name: e.place.name, lat: e.place.lat, lon: e.place.lon },
    figures: e.record.figures,
    sources: e.record.sources.map((s) => ({
      quote: s.quote,
      paragraph: s.paragraph,
      publisher: sources.get(s.source)?.publisher,
      title: sources.get(s.source)?.title,
    })),
  }));
}

function roundTrip(d: Dataset) {
  const before = catalogOf(d);
  const csv = exportCsv(before.events, before);
  const outcome = importEventmapCsv(csv, 'export.csv', ',');
  expect(outcome.problems).toEqual([]);
  const after = catalogOf(outcome.dataset!);
  return { before, after, csv };
}

describe('importEventmapCsv: export → import gives the same events', () => {
  it('for the small test dataset', () => {
    const { before, after, csv } = roundTrip(smallDataset());
    expect(carried(after)).toEqual(carried(before));
    expect(exportCsv(after.events, after)).toBe(csv);
  });

  it('for the bundled Belarus dataset', () => {
    const d = JSON.parse(readFileSync('data/belarus-2020-08.json', 'utf8')) as Dataset;
    const { before, after, csv } = roundTrip(d);
    expect(carried(after)).toEqual(carried(before));
    expect(exportCsv(after.events, after)).toBe(csv);
  });

  it('for dates before year 0, formula-like text and declared types', () => {
    const d = smallDataset();
    d.meta.types = [{ id: 'era', label: 'Era' }];
    d.events[0]!.date = '-0043-03-15';
    d.events[0]!.title = '=SUM(A1) -and- "quoted", text';
    d.events[1]!.date = '-0500/0500~';
    d.events[1]!.type = 'era';
    d.events[2]!.summary = "'apostrophe first\nand a second line";
    const { before, after, csv } = roundTrip(d);
    expect(carried(after)).toEqual(carried(before));
    expect(exportCsv(after.events, after)).toBe(csv);
  });
});
