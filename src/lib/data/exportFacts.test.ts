import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../model/catalog';
import { factsDataset } from '../model/testing/factsDataset';
import { CSV_COLUMNS, exportCsv, unguardCsvField, type CsvColumn } from './exportCsv';
import { exportJson } from './exportJson';
import { parseCsv } from './parseCsv';
import { parseDatasetText } from './loadDataset';

const catalog = buildCatalog(factsDataset());
const PAGE = 'https://example.org/belarus/?data=data/x.json&types=release&q=okrestina';

function rows(csv: string): Record<CsvColumn, string>[] {
  const r = parseCsv(csv);
  if (!r.ok) throw new Error(r.error);
  const [header, ...body] = r.rows;
  expect(header).toEqual([...CSV_COLUMNS]);
  return body.map(
    (row) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i] ?? ''])) as never,
  );
}
const row = (id: string) =>
  rows(exportCsv(catalog.events, catalog, PAGE)).find((r) => r.id === id)!;

describe('CSV: facts that hold up', () => {
  it('ends with the new columns, after the ones an older export had', () => {
    expect(CSV_COLUMNS.slice(-5)).toEqual([
      'place_precision',
      'date_note',
      'date_basis',
      'other_reporting',
      'permalink',
    ]);
  });

  it('gives coordinates only for a place that is a point, never a city’s or a country’s centre', () => {
    expect(row('release')).toMatchObject({
      place: 'Okrestina detention centre',
      place_precision: 'building',
      lat: '53.862',
      lon: '27.4435',
    });
    expect(row('protests')).toMatchObject({
      place: 'Minsk',
      place_precision: 'city',
      lat: '',
      lon: '',
    });
    expect(row('apology')).toMatchObject({ place: '', place_precision: '', lat: '', lon: '' });
  });

  it('carries the date note, where the date comes from, and the other reporting', () => {
    expect(row('apology')).toMatchObject({
      date: '2020-08-13',
      date_note: 'The report says “on Friday” (14 Aug); other reporting dates it to Thursday.',
      date_basis: 'other reporting',
      other_reporting:
        'Wire A, 2020-08-14, disagrees on date, account: The apology was broadcast on Thursday 13 August, to bystanders. | Wire B, 2020-08-13, agrees: He apologised.',
    });
    expect(row('release')).toMatchObject({ date_basis: 'sources', other_reporting: '' });
  });

  it('links each row to its event on the page it was exported from, keeping only the dataset', () => {
    expect(row('apology').permalink).toBe(
      'https://example.org/belarus/?data=data%2Fx.json&event=apology',
    );
    // Without a page address there is nothing to link to.
    expect(rows(exportCsv(catalog.events, catalog))[0]!.permalink).toBe('');
  });

  it('guards the new text columns against spreadsheet formulas too', () => {
    const d = factsDataset();
    d.events.find((e) => e.id === 'apology')!.otherReporting![0]!.outlet = '=HYPERLINK("x")';
    const c = buildCatalog(d);
    const r = rows(exportCsv(c.events, c)).find((x) => x.id === 'apology')!;
    expect(r.other_reporting.startsWith("'=")).toBe(true);
    expect(unguardCsvField(r.other_reporting).startsWith('=HYPERLINK')).toBe(true);
  });
});

describe('JSON: keeps everything', () => {
  function load(text: string) {
    const r = parseDatasetText(text, 'export.json');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.dataset;
  }

  it('writes groups, aliases, other reporting, the date basis and repeated figures, and loads back', () => {
    const back = load(exportJson(catalog.events, catalog));
    expect(back.groups).toEqual(catalog.dataset.groups);
    expect(back.actors).toEqual(catalog.dataset.actors);
    expect(back.places).toEqual(catalog.dataset.places);
    expect(back.events).toEqual(catalog.events.map((e) => e.record));
  });

  it('keeps only the groups of the exported actors, and drops a repeat of an event left out', () => {
    const chosen = catalog.events.filter((e) => e.id === 'announcement' || e.id === 'pledge');
    const back = load(exportJson(chosen, catalog));
    expect(back.groups?.map((g) => g.id)).toEqual(['security-forces']);
    const announcement = back.events.find((e) => e.id === 'announcement')!;
    // Its figure repeats the release, which is not exported: the reference would dangle.
    expect(announcement.figures).toEqual([
      { value: 100, unit: 'people released', qualifier: 'hundreds of' },
    ]);
    const none = load(exportJson([catalog.byId.get('release')!], catalog));
    expect('groups' in none).toBe(false);
  });
});
