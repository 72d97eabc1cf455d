import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { headerKey, mappingProblem, proposeMapping } from './columnMapping';
import { detectFormat } from './detectFormat';
import { importMappedCsv } from './importMappedCsv';
import type { ColumnMapping } from './types';

const read = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');

describe('proposeMapping', () => {
  it('recognises usual headers, in English and other languages', () => {
    expect(
      proposeMapping([
        'Date',
        'Event',
        'Description',
        'Who',
        'Where',
        'Latitude',
        'Longitude',
        'Category',
        'Link',
      ]),
    ).toEqual({
      columns: {
        date: 0,
        title: 1,
        summary: 2,
        actors: 3,
        place: 4,
        lat: 5,
        lon: 6,
        type: 7,
        url: 8,
      },
      dayFirst: true,
    });
    expect(
      proposeMapping(['Datum', 'Titel', 'Beschreibung', 'Akteure', 'Ort', 'Breite', 'Länge', 'Typ'])
        .columns,
    ).toEqual({ date: 0, title: 1, summary: 2, actors: 3, place: 4, lat: 5, lon: 6, type: 7 });
    expect(proposeMapping(['Start Date', 'End date', 'Event name', 'lng', 'lat']).columns).toEqual({
      date: 0,
      end: 1,
      title: 2,
      lat: 4,
      lon: 3,
    });
  });

  it('gives each column to one field only, and leaves unknown headers unmapped', () => {
    const m = proposeMapping(['date', 'date', 'colour']);
    expect(m.columns).toEqual({ date: 0 });
  });

  it('reads the order of day and month from the sample dates', () => {
    expect(
      proposeMapping(
        ['date', 'title'],
        [
          ['03/04/2020', 'a'],
          ['04/13/2020', 'b'],
        ],
      ).dayFirst,
    ).toBe(false);
    expect(proposeMapping(['date', 'title'], [['13/04/2020', 'a']]).dayFirst).toBe(true);
    expect(proposeMapping(['date', 'title'], [['03/04/2020', 'a']]).dayFirst).toBe(true);
  });
});

describe('mappingProblem', () => {
  const headers = ['a', 'b', 'c'];
  it.each([
    [{ columns: { title: 1 }, dayFirst: true }, 'choose the column with the dates'],
    [
      { columns: { date: 0 }, dayFirst: true },
      'choose the column with the titles (or the descriptions)',
    ],
    [
      { columns: { date: 0, title: 1, lat: 2 }, dayFirst: true },
      'choose both the latitude and the longitude column, or neither',
    ],
    [{ columns: { date: 0, title: 7 }, dayFirst: true }, 'the title column is not in the file'],
  ] as [ColumnMapping, string][])('%j: %s', (mapping, message) => {
    expect(mappingProblem(mapping, headers)).toBe(message);
  });

  it('accepts a date and a summary', () => {
    expect(
      mappingProblem({ columns: { date: 0, summary: 2 }, dayFirst: true }, headers),
    ).toBeNull();
    expect(headerKey([' a', 'b '])).toBe(headerKey(['a', 'b']));
  });
});

describe('importMappedCsv', () => {
  function run(name: string) {
    const text = read(name);
    const d = detectFormat(text);
    if (!d.ok || d.format !== 'csv') throw new Error(`not a CSV with its own columns: ${name}`);
    const headers = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]!
      .split(d.delimiter);
    return {
      delimiter: d.delimiter,
      o: importMappedCsv(text, name, d.delimiter, proposeMapping(headers)),
    };
  }

  it('reads comma-separated text with a BOM, CRLF and line breaks in quotes', () => {
    const { delimiter, o } = run('generic-comma.csv');
    expect(delimiter).toBe(',');
    expect(o.problems).toEqual([]);
    const d = o.dataset!;
    expect(d.events.map((e) => [e.date, e.title])).toEqual([
      ['2020-08-09', 'Polls close'],
      ['2020-08-10', 'Night of protests'],
      ['2020-08', 'A month of strikes'],
      ['2020', 'A year known only by its number'],
      ['2020-08-13', 'Women in white'],
    ]);
    expect(d.events[0]!.summary).toBe('Polling stations closed at 20:00.\nCounting began.');
    expect(d.events[4]!.dateNote).toBe('Starts at 18:30.');
    expect(d.events[1]!.actors.map((a) => a.id)).toEqual(['protesters', 'riot-police']);
    expect(d.actors.map((a) => a.name)).toEqual([
      'Central Election Commission',
      'Protesters',
      'Riot police',
      'Workers',
      'Women',
    ]);
    expect(d.events.map((e) => e.type)).toEqual([
      'election',
      'protest',
      'strike',
      'event',
      'protest',
    ]);
    expect(d.meta.types).toEqual([
      { id: 'strike', label: 'Strike' },
      { id: 'event', label: 'Event' },
    ]);
    // Places deduplicated by name and coordinates: Minsk at 53.9/27.56 is another point.
    expect(d.places.map((p) => [p.id, p.lat, p.lon])).toEqual([
      ['minsk', 53.9023, 27.5619],
      ['minsk-2', 53.9, 27.56],
    ]);
    const link = d.meta.sources.find((s) => s.url === 'https://example.org/polls');
    expect(link).toMatchObject({ publisher: 'example.org' });
  });

  it('reads semicolons with decimal commas and day-first dotted dates', () => {
    const { delimiter, o } = run('generic-semicolon.csv');
    expect(delimiter).toBe(';');
    expect(o.problems).toEqual([]);
    expect(o.dataset!.events.map((e) => e.date)).toEqual([
      '2020-08-15',
      '2020-08-16',
      '2020-08-17',
    ]);
    expect(o.dataset!.places[0]).toMatchObject({ name: 'Minsk', lat: 53.9023, lon: 27.5619 });
    expect(o.dataset!.events[1]!.actors).toHaveLength(2);
  });

  it('reads tab-separated text with its own ids, EDTF periods and negative years', () => {
    const { delimiter, o } = run('generic-tab.tsv');
    expect(delimiter).toBe('\t');
    expect(o.problems).toEqual([]);
    expect(o.dataset!.events.map((e) => [e.id, e.date, e.type])).toEqual([
      ['e-1', '2020-08-09', 'election'],
      ['e-2', '2020-08-10/2020-08-12', 'protest'],
      ['e-3', '-0043-03-15', 'politics'],
    ]);
  });

  it('rejects what real spreadsheets get wrong, by row, line and column, and keeps the rest', () => {
    const { o } = run('generic-broken.csv');
    expect(o.total).toBe(10);
    expect(o.dataset!.events.map((e) => e.id)).toEqual(['a1', 'a2']);
    expect(
      o.problems.map(
        (p) => `${p.severity} row ${p.row} line ${p.line} ${p.column ?? '-'}: ${p.message}`,
      ),
    ).toEqual([
      'warning row 3 line 3 lat: no coordinates, so "Minsk" is not on the map',
      'error row 4 line 4 date: "yesterday" is not a date this app can read (write it as YYYY-MM-DD, YYYY-MM or YYYY)',
      'error row 5 line 5 date: "2020-02-30" is not a valid EDTF date: day 30 does not exist in 2020-02',
      'error row 6 line 6 lat: "north" is not a number',
      'error row 7 line 7 lat: 153.9 is out of range (−90 to 90)',
      'error row 8 line 8 id: duplicate id "a1" (first on row 2)',
      'error row 9 line 9 title: is empty',
      'error row 10 line 10 -: has 8 fields but the header has 6 (a delimiter inside a field that is not in quotes?)',
      'error row 11 line 11 lon: is empty but lat is given',
    ]);
  });

  it('counts lines inside quoted fields when it names a row', () => {
    const text = 'date,title\r\n2020-08-09,"two\r\nlines"\r\nnot a date,x\r\n';
    const o = importMappedCsv(text, 'x.csv', ',', {
      columns: { date: 0, title: 1 },
      dayFirst: true,
    });
    expect(o.problems[0]).toMatchObject({ row: 3, line: 4, column: 'date' });
  });

  it('refuses a mapping without dates', () => {
    const o = importMappedCsv('a,b\n1,2\n', 'x.csv', ',', {
      columns: { title: 1 },
      dayFirst: true,
    });
    expect(o.dataset).toBeNull();
    expect(o.problems).toEqual([
      { file: 'x.csv', message: 'choose the column with the dates', severity: 'error' },
    ]);
  });
});

describe('importMappedCsv: broken files with other delimiters', () => {
  function run(name: string) {
    const text = read(name);
    const d = detectFormat(text);
    if (!d.ok || d.format !== 'csv') throw new Error(`not a CSV with its own columns: ${name}`);
    const headers = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]!
      .split(d.delimiter);
    return importMappedCsv(text, name, d.delimiter, proposeMapping(headers));
  }
  const lines = (o: ReturnType<typeof run>) =>
    o.problems.map((p) => `${p.severity} row ${p.row} ${p.column ?? '-'}: ${p.message}`);

  it('semicolons', () => {
    const o = run('generic-semicolon-broken.csv');
    expect(o.dataset!.events.map((e) => e.title)).toEqual(['Gut']);
    expect(lines(o)).toEqual([
      'error row 3 Datum: "31.06.2020" is not a real date: day 31 does not exist in 2020-06',
      'error row 4 Breite: "53°54′" is not a number',
      'error row 4 Länge: "27°33′" is not a number',
      'error row 5 -: has 6 fields but the header has 5 (a delimiter inside a field that is not in quotes?)',
    ]);
  });

  it('tabs', () => {
    const o = run('generic-tab-broken.tsv');
    expect(o.dataset!.events.map((e) => e.title)).toEqual(['Good']);
    expect(lines(o)).toEqual([
      'error row 3 -: line 3: text after a closing quote (a quote inside a field is written ""); the row was read as a guess',
      'error row 4 when: "sometime" is not a date this app can read (write it as YYYY-MM-DD, YYYY-MM or YYYY)',
      'error row 5 lon: is empty but lat is given',
    ]);
  });
});
