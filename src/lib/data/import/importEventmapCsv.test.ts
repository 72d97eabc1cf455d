import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCatalog, type Catalog } from '../../model/catalog';
import { smallDataset } from '../../model/testing/smallDataset';
import type { Dataset } from '../../model/types';
import { validateDataset } from '../../model/validateDataset';
import { CORE_CSV_COLUMNS, exportCsv, quoteCsvField } from '../exportCsv';
import { parseCsv } from '../parseCsv';
import { detectFormat } from './detectFormat';
import { POINT_PRECISIONS } from '../../model/types';
import { actorEntry, importEventmapCsv } from './importEventmapCsv';

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
    dateNote: e.record.dateNote,
    actors: e.actors.map((a) => ({ name: a.actor.name, role: a.role })),
    // Only a point has coordinates in the CSV: an area-wide place comes back unplaced.
    place:
      e.place && POINT_PRECISIONS.includes(e.place.precision)
        ? {
            name: e.place.name,
            lat: e.place.lat,
            lon: e.place.lon,
            precision: e.place.precision,
          }
        : null,
    // A repeated figure's link to its first event is JSON-only.
    figures: e.record.figures.map(({ sameAs: _, ...f }) => f),
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
  expect(detectFormat(csv)).toMatchObject({ ok: true, format: 'eventmap-csv' });
  const outcome = importEventmapCsv(csv, 'export.csv', ',');
  const after = catalogOf(outcome.dataset!);
  return { before, after, csv, problems: outcome.problems };
}

/** The rows whose place is area-wide: each is named in a warning, nothing else is. */
function areaWarnings(c: Catalog) {
  return c.events.flatMap((e, i) =>
    e.place && !POINT_PRECISIONS.includes(e.place.precision)
      ? [
          {
            file: 'export.csv',
            row: i + 2,
            line: i + 2,
            column: 'lat',
            severity: 'warning',
            message: `"${e.place.name}" is ${e.place.precision}-wide: the CSV export gives coordinates only for a building or street, so this event is not on the map (a JSON export keeps the place)`,
          },
        ]
      : [],
  );
}

/** Every place a point, so the CSV carries all of it. */
function allPoints(d: Dataset): Dataset {
  for (const p of d.places) p.precision = 'building';
  return d;
}

describe('importEventmapCsv: export → import gives the same events', () => {
  it('for the small test dataset, its city-wide place named in a warning', () => {
    const { before, after, problems } = roundTrip(smallDataset());
    expect(carried(after)).toEqual(carried(before));
    expect(problems).toEqual(areaWarnings(before));
    expect(problems.length).toBeGreaterThan(0);
  });

  it('for the bundled Belarus dataset', () => {
    const d = JSON.parse(readFileSync('data/belarus-2020-08.json', 'utf8')) as Dataset;
    const { before, after, problems } = roundTrip(d);
    expect(carried(after)).toEqual(carried(before));
    expect(problems).toEqual(areaWarnings(before));
  });

  it('to the same CSV, byte for byte, when every place is a point', () => {
    const d = allPoints(smallDataset());
    d.events[0]!.dateNote = 'The day after, by the article.';
    const { after, csv, problems } = roundTrip(d);
    expect(problems).toEqual([]);
    expect(exportCsv(after.events, after)).toBe(csv);
  });

  it('for dates before year 0, formula-like text and declared types', () => {
    const d = allPoints(smallDataset());
    d.meta.types = [{ id: 'era', label: 'Era' }];
    d.events[0]!.date = '-0043-03-15';
    d.events[0]!.title = '=SUM(A1) -and- "quoted", text';
    d.events[1]!.date = '-0500/0500~';
    d.events[1]!.type = 'era';
    d.events[2]!.summary = "'apostrophe first\nand a second line";
    const { before, after, csv, problems } = roundTrip(d);
    expect(problems).toEqual([]);
    expect(carried(after)).toEqual(carried(before));
    expect(exportCsv(after.events, after)).toBe(csv);
  });

  it('reads an older export without the last five columns', () => {
    const before = catalogOf(allPoints(smallDataset()));
    const parsed = parseCsv(exportCsv(before.events, before).slice(1));
    if (!parsed.ok) throw new Error(parsed.error);
    const old = parsed.rows
      .map((r) => r.slice(0, CORE_CSV_COLUMNS).map(quoteCsvField).join(','))
      .join('\r\n');
    expect(detectFormat(old)).toMatchObject({ ok: true, format: 'eventmap-csv' });
    const outcome = importEventmapCsv(old, 'old.csv', ',');
    expect(outcome.dataset?.events.map((e) => e.id)).toEqual(before.events.map((e) => e.id));
  });

  it('refuses a place precision it does not know, naming the row and column', () => {
    const before = catalogOf(allPoints(smallDataset()));
    const csv = exportCsv(before.events, before).replace(',building,', ',planet,');
    const outcome = importEventmapCsv(csv, 'x.csv', ',');
    expect(outcome.problems).toContainEqual(
      expect.objectContaining({
        column: 'place_precision',
        severity: 'error',
        message: expect.stringContaining('"planet" is not one of: building'),
      }),
    );
  });
});

describe('actorEntry', () => {
  it('takes the last balanced parenthesis as the role', () => {
    expect(actorEntry('CEC (published it (other reporting))')).toEqual({
      name: 'CEC',
      role: 'published it (other reporting)',
    });
    expect(actorEntry('Riot police (OMON)')).toEqual({ name: 'Riot police', role: 'OMON' });
  });

  it('keeps a name whose parenthesis is not a role', () => {
    expect(actorEntry('Belarus')).toEqual({ name: 'Belarus' });
    expect(actorEntry('Svetlana Tikhanovskaya()')).toEqual({ name: 'Svetlana Tikhanovskaya()' });
    expect(actorEntry('(unnamed)')).toEqual({ name: '(unnamed)' });
    expect(actorEntry('broken (role')).toEqual({ name: 'broken (role' });
  });
});
