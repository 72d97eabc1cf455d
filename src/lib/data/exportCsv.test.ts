import { seededRandom } from '../../../tests/support/random';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCatalog, type Catalog } from '../model/catalog';
import { EVENT_TYPES } from '../model/eventTypes';
import { FIGURE_QUALIFIERS, type Dataset, type EventRecord } from '../model/types';
import { smallDataset } from '../model/testing/smallDataset';
import { validateDataset } from '../model/validateDataset';
import fc from 'fast-check';
import {
  CSV_COLUMNS,
  csvRecord,
  exportCsv,
  guardCsvField,
  unguardCsvField,
  type CsvColumn,
} from './exportCsv';
import { parseCsv } from './parseCsv';
import { CSV_MIME, downloadText, fileNameFor } from './download';

function parse(csv: string): string[][] {
  const r = parseCsv(csv);
  if (!r.ok) throw new Error(r.error);
  return r.rows;
}

/** The rows as objects by column, header checked. */
function records(csv: string): Record<CsvColumn, string>[] {
  const [header, ...rows] = parse(csv);
  expect(header).toEqual([...CSV_COLUMNS]);
  return rows.map((row) => {
    expect(row).toHaveLength(CSV_COLUMNS.length);
    return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]])) as Record<CsvColumn, string>;
  });
}

function catalogWith(change: (d: Dataset) => void): Catalog {
  const d = smallDataset();
  change(d);
  const v = validateDataset(d);
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return buildCatalog(d);
}

function event(over: Partial<EventRecord>): EventRecord {
  return {
    id: 'extra',
    date: '2020-08-10',
    type: 'statement',
    title: 'A title',
    summary: 'A summary.',
    actors: [],
    place: null,
    figures: [],
    sources: [{ source: 'src', quote: 'q' }],
    ...over,
  };
}

function rowOf(catalog: Catalog, id: string): Record<CsvColumn, string> {
  const row = records(exportCsv(catalog.events, catalog)).find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe('exportCsv', () => {
  const small = buildCatalog(smallDataset());

  it('starts with a BOM and the header row, CRLF line ends', () => {
    const csv = exportCsv(small.events, small);
    expect(csv.startsWith('\uFEFFid,date,start,end,precision,type,title,summary,')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(exportCsv([], small)).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('writes every column of an event', () => {
    expect(rowOf(small, 'release')).toEqual({
      id: 'release',
      date: '2020-08-14',
      start: '2020-08-14',
      end: '2020-08-14',
      precision: 'day',
      type: 'release',
      title: 'Detainees released from Okrestina',
      summary: 'Detainees walked out of the prison.',
      actors: 'Protesters (released)',
      place: 'Okrestina detention centre',
      lat: '53.862',
      lon: '27.4435',
      figures: 'hundreds of people released',
      quotes: 'Hundreds have been released so far.',
      sources: 'Test Wire, “A report”, paragraph 3',
      place_precision: 'building',
      date_note: '',
      date_basis: 'sources',
      other_reporting: '',
      permalink: '',
    });
    const protests = rowOf(small, 'protests');
    expect(protests).toMatchObject({
      date: '2020-08-09/2020-08-15',
      start: '2020-08-09',
      end: '2020-08-15',
      actors: 'Protesters; Riot police (clashed)',
      figures: '',
    });
    expect(rowOf(small, 'election')).toMatchObject({
      place: '',
      lat: '',
      lon: '',
      figures: 'over 80 percent of the vote',
    });
  });

  it('joins several figures, quotes and citations', () => {
    const c = catalogWith((d) => {
      d.meta.sources.push({ id: 's2', publisher: 'Other', title: 'Second', published: '2020' });
      d.events.push(
        event({
          figures: [
            { value: 6000, unit: 'detained', qualifier: 'at least' },
            { value: 2, unit: 'killed', qualifier: 'exact' },
          ],
          sources: [
            { source: 'src', quote: 'first, quoted', paragraph: 4 },
            { source: 's2', quote: 'second' },
          ],
        }),
      );
    });
    expect(rowOf(c, 'extra')).toMatchObject({
      figures: 'at least 6,000 detained; 2 killed',
      quotes: 'first, quoted | second',
      sources: 'Test Wire, “A report”, paragraph 4; Other, “Second”',
    });
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    const title = 'He said "go", then\nleft\r\nquickly';
    const c = catalogWith((d) => d.events.push(event({ title, summary: 'plain' })));
    const csv = exportCsv(c.events, c);
    expect(csv).toContain('"He said ""go"", then\nleft\r\nquickly",plain,');
    expect(rowOf(c, 'extra').title).toBe(title);
  });

  it('puts an apostrophe before text that a spreadsheet would run as a formula', () => {
    const formula = '=HYPERLINK("http://example.com","click")';
    const c = catalogWith((d) => {
      d.actors.push({ id: 'at', name: '@handle', kind: 'media', description: 'x' });
      d.events.push(
        event({
          title: formula,
          summary: '+1 more',
          actors: [{ id: 'at', role: 'posted' }],
          sources: [{ source: 'src', quote: '-5 degrees' }],
        }),
        event({ id: 'tab', title: '\tcmd', summary: "'quoted'" }),
      );
    });
    const csv = exportCsv(c.events, c);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"",""click"")"`);
    const row = rowOf(c, 'extra');
    expect(row.title).toBe(`'${formula}`);
    expect(row.summary).toBe("'+1 more");
    expect(row.actors).toBe("'@handle (posted)");
    expect(row.quotes).toBe("'-5 degrees");
    const tab = rowOf(c, 'tab');
    expect(tab.title).toBe("'\tcmd");
    // An apostrophe that was there is doubled, so the guard can be undone exactly.
    expect(tab.summary).toBe("''quoted'");
    expect(unguardCsvField(tab.summary)).toBe("'quoted'");
    expect(unguardCsvField(row.title)).toBe(formula);
  });

  it('leaves negative coordinates as numbers', () => {
    const c = catalogWith((d) => {
      d.places.push({
        id: 'ny',
        name: 'New York',
        lat: 40.7128,
        lon: -74.006,
        precision: 'building',
        description: 'x',
      });
      d.places.push({
        id: 'sp',
        name: 'São Paulo',
        lat: -23.5505,
        lon: -46.6333,
        precision: 'building',
        description: 'x',
      });
      d.events.push(event({ place: 'ny' }), event({ id: 'sp', place: 'sp' }));
    });
    expect(rowOf(c, 'extra')).toMatchObject({ place: 'New York', lat: '40.7128', lon: '-74.006' });
    expect(rowOf(c, 'sp')).toMatchObject({ place: 'São Paulo', lat: '-23.5505', lon: '-46.6333' });
    expect(exportCsv(c.events, c)).toContain(',São Paulo,-23.5505,-46.6333,');
  });

  it('writes first and last day (inclusive), empty for open ends, and precision words', () => {
    const c = catalogWith((d) => {
      d.events.push(
        event({ id: 'open-end', date: '2020-08-09/..' }),
        event({ id: 'open-start', date: '../2020-08' }),
        event({ id: 'month', date: '2020-02~' }),
        event({ id: 'year', date: '2020%' }),
        event({ id: 'unsure', date: '2020-08-14?' }),
        event({ id: 'mixed', date: '2019-12-31/2020-01' }),
      );
    });
    expect(rowOf(c, 'open-end')).toMatchObject({ start: '2020-08-09', end: '', precision: 'day' });
    expect(rowOf(c, 'open-start')).toMatchObject({ start: '', end: '2020-08-31' });
    expect(rowOf(c, 'month')).toMatchObject({
      start: '2020-02-01',
      end: '2020-02-29',
      precision: 'month approximate',
    });
    expect(rowOf(c, 'year')).toMatchObject({
      start: '2020-01-01',
      end: '2020-12-31',
      precision: 'year approximate uncertain',
    });
    expect(rowOf(c, 'unsure').precision).toBe('day uncertain');
    expect(rowOf(c, 'mixed')).toMatchObject({
      start: '2019-12-31',
      end: '2020-01-31',
      precision: 'month',
    });
  });

  it('does not shift dates in any time zone', () => {
    const saved = process.env.TZ;
    try {
      const outputs = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Tokyo'].map(
        (tz) => {
          process.env.TZ = tz;
          const c = catalogWith((d) => d.events.push(event({ date: '2020-01-01/2020-12-31' })));
          return exportCsv(c.events, c);
        },
      );
      expect(new Set(outputs).size).toBe(1);
      process.env.TZ = 'Pacific/Pago_Pago';
      const c = catalogWith((d) => d.events.push(event({ date: '2020-01-01/2020-12-31' })));
      expect(rowOf(c, 'extra')).toMatchObject({ start: '2020-01-01', end: '2020-12-31' });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('keeps Cyrillic and curly quotes', () => {
    const c = catalogWith((d) => {
      d.actors.push({ id: 'lu', name: 'Лукашенко', kind: 'person', description: 'x' });
      d.events.push(
        event({
          title: '«Уходи!» — “Go away”',
          actors: [{ id: 'lu', role: 'ушёл' }],
          sources: [{ source: 'src', quote: 'Минск, 9 августа' }],
        }),
      );
    });
    const row = rowOf(c, 'extra');
    expect(row.title).toBe('«Уходи!» — “Go away”');
    expect(row.actors).toBe('Лукашенко (ушёл)');
    expect(row.quotes).toBe('Минск, 9 августа');
    // The BOM and UTF-8 bytes survive a Blob, which is what the download saves.
    const bytes = new TextEncoder().encode(exportCsv(c.events, c));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('guardCsvField', () => {
  it.each([
    [' =1+1', 'a space before ='],
    ['\u00a0\u3000@SUM(A1)', 'no-break and ideographic spaces before @'],
    ['＝1+1', 'full-width ='],
    ['＋cmd', 'full-width +'],
    ['－2+3', 'full-width -'],
    ['＠SUM(A1)', 'full-width @'],
    ['\nx', 'a line feed first'],
    ['\rx', 'a carriage return first'],
    ['\tx', 'a tab first'],
    [' \t-2+3', 'spaces and a tab before -'],
    ['-5 degrees', '- before text'],
  ])('neutralises %j (%s)', (value) => {
    expect(guardCsvField(value)).toBe(`'${value}`);
  });

  it.each(['-1', '-74.006', '+3', '0', '1e5', '-0.5e-3', '1e+21'])(
    'leaves the number %j a number',
    (value) => {
      expect(guardCsvField(value)).toBe(value);
    },
  );

  it('leaves ordinary text alone', () => {
    expect(guardCsvField('Minsk')).toBe('Minsk');
    expect(guardCsvField('a = b')).toBe('a = b');
    expect(guardCsvField('')).toBe('');
  });
});

/** Text with the characters that matter to the guard, and any other. */
const risky = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(...'=+-@＝＋－＠\t\r\n \u00a0\u3000\'",x1.e'.split('')),
  }),
);
const DANGEROUS_FIRST = /^\s*[=+\-@＝＋－＠]|^[\t\r\n]/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

describe('guardCsvField (properties)', () => {
  it('is undone exactly by unguardCsvField', () => {
    fc.assert(fc.property(risky, (s) => unguardCsvField(guardCsvField(s)) === s));
  });

  it('never leaves a formula start in the cell, except a plain number', () => {
    fc.assert(
      fc.property(risky, (s) => {
        const g = guardCsvField(s);
        return NUMBER.test(s) ? g === s : !DANGEROUS_FIRST.test(g);
      }),
    );
  });

  it('keeps every number a number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = String(n);
        return guardCsvField(text) === text;
      }),
    );
  });
});

describe('CSV round trip', () => {
  it('reads back the small dataset field for field', () => {
    const catalog = buildCatalog(smallDataset());
    const rows = records(exportCsv(catalog.events, catalog));
    expect(rows).toHaveLength(catalog.events.length);
    const sources = new Map(catalog.dataset.meta.sources.map((s) => [s.id, s]));
    rows.forEach((row, i) => {
      const e = catalog.events[i]!;
      expect(row.id).toBe(e.id);
      expect(row.title).toBe(e.record.title);
      expect(row.date).toBe(e.record.date);
      expect(row.summary).toBe(e.record.summary);
      const unguarded = Object.fromEntries(
        CSV_COLUMNS.map((c) => [c, c === 'lat' || c === 'lon' ? row[c] : unguardCsvField(row[c])]),
      );
      expect(unguarded).toEqual(csvRecord(e, sources));
    });
  });

  it('round-trips 200 random events exactly', () => {
    const rand = seededRandom(20200809);
    const dataset = randomDataset(rand, 200);
    const v = validateDataset(dataset);
    expect(v.ok ? [] : v.problems).toEqual([]);
    const catalog = buildCatalog(dataset);
    const csv = exportCsv(catalog.events, catalog);
    const rows = records(csv);
    expect(rows).toHaveLength(200);
    const sources = new Map(dataset.meta.sources.map((s) => [s.id, s]));
    rows.forEach((row, i) => {
      const e = catalog.events[i]!;
      const expected = csvRecord(e, sources);
      for (const c of CSV_COLUMNS) {
        const value = c === 'lat' || c === 'lon' ? row[c] : unguardCsvField(row[c]);
        expect(value, `${e.id}.${c}`).toBe(expected[c]);
      }
      expect(unguardCsvField(row.title)).toBe(e.record.title);
      expect(unguardCsvField(row.summary)).toBe(e.record.summary);
      expect(row.date).toBe(e.record.date);
      if (e.place?.precision === 'building') expect(Number(row.lon)).toBe(e.place.lon);
      else expect(row.lon).toBe('');
    });
  });
});

describe('downloadText', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('clicks a temporary download link to a Blob and revokes its URL afterwards', async () => {
    vi.useFakeTimers();
    let blob: Blob | undefined;
    const create = vi.fn((b: Blob | MediaSource) => {
      blob = b as Blob;
      return 'blob:test/1';
    });
    const revoke = vi.fn();
    vi.spyOn(URL, 'createObjectURL').mockImplementation(create);
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(revoke);
    const clicked: { download: string; href: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href, attached: this.isConnected });
    });

    downloadText('\uFEFFid\r\nМинск\r\n', 'events.csv', CSV_MIME);

    expect(clicked).toEqual([{ download: 'events.csv', href: 'blob:test/1', attached: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('id\r\nМинск\r\n');
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });

  it('makes file names from titles', () => {
    expect(fileNameFor('Belarus, August 2020', 'csv')).toBe('belarus-august-2020.csv');
    expect(fileNameFor('Протесты в Беларуси', 'json')).toBe('протесты-в-беларуси.json');
    expect(fileNameFor('  ??? ', 'csv')).toBe('events.csv');
  });
});

// --- random data -----------------------------------------------------------

const PIECES = [
  'a',
  'Z',
  ' ',
  ',',
  '"',
  '""',
  "'",
  '\n',
  '\r\n',
  '\r',
  '\t',
  ';',
  '|',
  '=',
  '+',
  '-',
  '@',
  'Минск',
  'ё',
  '“',
  '”',
  '«',
  '»',
  '—',
  '🙂',
  '中文',
  'é',
  '\u0301',
  '0',
  '9',
];

function randomText(rand: () => number, min = 1): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  let s = '';
  const n = min + Math.floor(rand() * 12);
  for (let i = 0; i < n; i++) s += pick(PIECES);
  // The validator wants non-blank text.
  return s.trim() === '' ? `${s}x` : s;
}

function randomPoint(rand: () => number, from = 1000, to = 9999): string {
  const year = String(from + Math.floor(rand() * (to - from + 1)));
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  const flag = ['', '', '~', '?', '%'][Math.floor(rand() * 5)]!;
  const p = rand();
  return (p < 0.5 ? `${year}-${month}-${day}` : p < 0.8 ? `${year}-${month}` : year) + flag;
}

function randomDate(rand: () => number): string {
  const r = rand();
  if (r < 0.6) return randomPoint(rand);
  const a = randomPoint(rand);
  if (r < 0.7) return `${a}/..`;
  if (r < 0.8) return `../${a}`;
  // An interval ending after it starts: the end in a later year.
  return `${randomPoint(rand, 1000, 4999)}/${randomPoint(rand, 5000, 9999)}`;
}

function randomDataset(rand: () => number, count: number): Dataset {
  const d = smallDataset();
  d.meta.sources.push({
    id: 's2',
    publisher: randomText(rand),
    title: randomText(rand),
    published: '2020',
  });
  for (let i = 0; i < 10; i++) {
    d.actors.push({ id: `a${i}`, name: randomText(rand), kind: 'person', description: 'x' });
    d.places.push({
      id: `p${i}`,
      name: randomText(rand),
      lat: Math.round((rand() * 180 - 90) * 1e6) / 1e6,
      lon: Math.round((rand() * 360 - 180) * 1e6) / 1e6,
      precision: i % 2 === 0 ? 'building' : 'city',
      description: 'x',
    });
  }
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  d.events = Array.from({ length: count }, (_, i) =>
    event({
      id: `e${i}`,
      date: randomDate(rand),
      type: pick(EVENT_TYPES).id,
      title: randomText(rand),
      summary: randomText(rand, 0),
      actors: Array.from({ length: Math.floor(rand() * 3) }, (_, j) => ({
        id: `a${(i + j) % 10}`,
        ...(rand() < 0.5 ? { role: randomText(rand) } : {}),
      })),
      place: rand() < 0.2 ? null : `p${Math.floor(rand() * 10)}`,
      figures: Array.from({ length: Math.floor(rand() * 3) }, () => ({
        value: Math.floor(rand() * 100000) - 50,
        unit: randomText(rand),
        qualifier: pick(FIGURE_QUALIFIERS),
      })),
      sources: Array.from({ length: 1 + Math.floor(rand() * 2) }, () => ({
        source: rand() < 0.5 ? 'src' : 's2',
        quote: randomText(rand),
        ...(rand() < 0.5 ? { paragraph: 1 + Math.floor(rand() * 40) } : {}),
      })),
    }),
  );
  return d;
}
