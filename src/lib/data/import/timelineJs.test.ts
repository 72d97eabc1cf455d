import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCatalog } from '../../model/catalog';
import { formatEdtf } from '../../model/formatEdtf';
import type { Dataset } from '../../model/types';
import { detectFormat } from './detectFormat';
import { parseJson } from './parseJson';
import { importTimelineJsCsv } from './importTimelineJsCsv';
import { importTimelineJsJson } from './importTimelineJsJson';
import { timelineJsPoint } from './timelineJs';
import type { ImportOutcome } from './types';

const read = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const json = (name: string) => {
  const r = parseJson(read(name));
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const lines = (o: ImportOutcome) =>
  o.problems.map((p) => `${p.severity} ${p.column ?? ''}: ${p.message}`);

describe('timelineJsPoint', () => {
  it('keeps the precision given and reads negative years as BCE, as TimelineJS shows them', () => {
    expect(timelineJsPoint({ year: '1991', month: '', day: '', time: '' })).toEqual({
      edtf: '1991',
    });
    expect(timelineJsPoint({ year: 79, month: 10, day: undefined, time: '' })).toEqual({
      edtf: '0079-10',
    });
    // TimelineJS writes year -44 as "44 BCE": astronomical -43.
    expect(timelineJsPoint({ year: -44, month: 3, day: 15, time: '' })).toEqual({
      edtf: '-0043-03-15',
    });
    expect(timelineJsPoint({ year: '-1', month: '', day: '', time: '' })).toEqual({ edtf: '0000' });
  });
});

describe('importTimelineJsJson', () => {
  const outcome = importTimelineJsJson(json('timelinejs.json'), 'timelinejs.json');
  const d = outcome.dataset!;
  const event = (title: string) => d.events.find((e) => e.title === title)!;

  it('is recognised by its content', () => {
    expect(detectFormat(read('timelinejs.json'))).toMatchObject({ format: 'timelinejs-json' });
  });

  it('takes the title slide as the dataset’s title and description, as plain text', () => {
    expect(d.meta.title).toBe('Rome & after: a sample timeline');
    expect(d.meta.description).toBe(
      'Dates from the Republic to the Empire.\n\nWritten for the import tests.',
    );
  });

  it('keeps year-only, month-only and BCE dates with their precision', () => {
    const shown = (title: string) => formatEdtf(buildCatalog(d).byId.get(event(title).id)!.date);
    expect(event('The Republic is founded').date).toBe('-0508');
    expect(shown('The Republic is founded')).toBe('509 BC');
    expect(event('Caesar is killed').date).toBe('-0043-03-15');
    expect(shown('Caesar is killed')).toBe('15 Mar 44 BC');
    expect(event('Augustus reigns').date).toBe('-0026/0014-08-19');
    expect(event('Vesuvius erupts').date).toBe('0079-10');
    expect(event('A modern day with a time')).toMatchObject({
      date: '2020-08-09',
      dateNote: 'Time: 20:00.',
    });
  });

  it('makes HTML plain text, keeps links and media as sources with their address', () => {
    const caesar = event('Caesar is killed');
    expect(caesar.summary).toBe(
      'Stabbed in the Theatre of Pompey.\nTwenty-three wounds, says Suetonius.\n\nSee also Plutarch — and this.',
    );
    const sources = new Map(d.meta.sources.map((s) => [s.id, s]));
    expect(caesar.sources.map((c) => ({ ...sources.get(c.source), quote: c.quote }))).toEqual([
      {
        id: 'timelinejs-json',
        publisher: 'TimelineJS file',
        title: 'Rome & after: a sample timeline (timelinejs.json)',
        quote: caesar.summary,
      },
      {
        id: 'example-org-suetonius-caesar',
        publisher: 'example.org',
        title: 'Suetonius',
        url: 'https://example.org/suetonius/caesar#82',
        quote: 'Suetonius',
      },
      {
        id: 'example-org-plutarch',
        publisher: 'example.org',
        title: 'Plutarch',
        url: 'https://example.org/plutarch',
        quote: 'Plutarch',
      },
      {
        id: 'example-org-images-curia-jpg',
        publisher: 'Example Archive',
        title: 'The site of the curia',
        url: 'https://example.org/images/curia.jpg',
        quote: 'The site of the curia',
      },
    ]);
    expect(caesar.dateNote).toBe('Shown in the timeline as “Ides of March, 44 BCE”.');
    const everyText = JSON.stringify(d);
    expect(everyText).not.toMatch(/<|javascript:|not text/);
  });

  it('makes each group a type (a lane), eras an Era type, and says what it did not keep', () => {
    expect(event('Caesar is killed').type).toBe('politics'); // "Politics" is a built-in type
    expect(event('Augustus reigns').type).toBe('emperors');
    expect(d.events.filter((e) => e.type === 'era').map((e) => [e.title, e.date])).toEqual([
      ['Republic', '-0508/-0026'],
      ['Empire (West)', '-0026/0476'],
    ]);
    expect(
      event('A slide with no headline: its text’s first line becomes the title.'),
    ).toBeUndefined();
    expect(d.events.find((e) => e.title.startsWith('A slide with no headline'))?.type).toBe(
      'event',
    );
    expect(lines(outcome)).toEqual([
      'warning events[1].text.text: the link "javascript:alert(1)" is not a web address and was not kept',
      'warning events[5].media.url: the media is not a web address (an embed code?) and was not kept',
    ]);
  });

  it('reads a time given as text too', () => {
    const o = importTimelineJsJson(
      {
        events: [
          {
            start_date: { year: 2020, month: 8, day: 9, time: '14:30' },
            end_date: { year: 2020, month: 8, day: 9, hour: 18 },
            text: { headline: 'x' },
          },
        ],
      },
      'x.json',
    );
    expect(o.dataset?.events[0]).toMatchObject({
      // Ending on the day it starts: one day, not a period.
      date: '2020-08-09',
      dateNote: 'Time: 14:30 to 18:00.',
    });
  });

  it('uses unique_id as the id', () => {
    expect(event('Caesar is killed').id).toBe('caesar');
    expect(event('Vesuvius erupts').id).toBe('vesuvius-erupts');
  });

  it('rejects broken slides, each named by its path', () => {
    const o = importTimelineJsJson(json('timelinejs-broken.json'), 'broken.json');
    expect(o.dataset?.events.map((e) => e.id)).toEqual(['good']);
    expect(lines(o)).toEqual([
      'error events[1].start_date: year "twenty twenty" is not a whole number',
      'error events[2].start_date: "2020-02-30" is not a valid EDTF date: day 30 does not exist in 2020-02',
      'error events[3].start_date: has no start date',
      'error events[4].end_date: ends before it starts (2021/2020)',
      'error events[5].start_date: there is no year 0: write -1 for 1 BCE, 1 for 1 CE',
      'error events[6].unique_id: duplicate id "good" (first on record 1)',
      'error events[7].start_date: a day is given without its month',
      'error events[8].start_date: year -13800000000 is outside the years this app can show (9999 BCE to 9999 CE)',
      'error events[9].text.headline: must be text',
      'error events[9].text.headline: has no headline, text or media caption to show',
      'error events[10].text.headline: has no headline, text or media caption to show',
      'error eras[0].end_date: an era needs an end date',
    ]);
    expect(o.rejected.rows).toHaveLength(11);
    expect(JSON.parse(o.rejected.rows[0]!.cells[0]!)).toEqual({
      start_date: { year: 'twenty twenty' },
      text: { headline: 'A year in words' },
    });
  });
});

describe('importTimelineJsCsv (the Google Sheets template)', () => {
  it('gives the same events as the JSON of the same timeline', () => {
    const sheet = importTimelineJsCsv(read('timelinejs-sheet.csv'), 'sheet.csv', ',');
    const fromJson = importTimelineJsJson(json('timelinejs.json'), 'sheet.csv').dataset!;
    const comparable = (d: Dataset) =>
      d.events.map((e) => ({ date: e.date, title: e.title, type: e.type, dateNote: e.dateNote }));
    const sheetEvents = comparable(sheet.dataset!);
    // The JSON has one more slide (no headline, an embed code) than the sheet.
    expect(sheetEvents).toEqual(
      comparable(fromJson).filter((e) => !e.title.startsWith('A slide with no headline')),
    );
    expect(sheet.dataset!.meta.title).toBe('Rome & after: a sample timeline');
    // Its text has a quoted field with commas, quotes and line breaks.
    expect(sheet.dataset!.events.find((e) => e.title === 'Caesar is killed')?.summary).toBe(
      'Stabbed in the Theatre of Pompey.\nTwenty-three wounds, says Suetonius.\n\nSee also Plutarch, with "quotes".',
    );
    expect(sheet.problems).toEqual([]);
    expect(detectFormat(read('timelinejs-sheet.csv'))).toMatchObject({ format: 'timelinejs-csv' });
  });

  it('rejects broken rows by row, line and column', () => {
    const o = importTimelineJsCsv(read('timelinejs-sheet-broken.csv'), 'b.csv', ',');
    expect(o.dataset?.events.map((e) => e.title)).toEqual(['A good row']);
    expect(o.problems.map((p) => `row ${p.row} line ${p.line} ${p.column}: ${p.message}`)).toEqual([
      'row 3 line 3 Year: "2020-13" is not a valid EDTF date: month 13 is not 01–12',
      'row 4 line 4 Year: the year is empty',
      'row 5 line 5 End Year: ends before it starts (2020-08-09/2019)',
      'row 6 line 6 End Year: an era needs an end date',
      'row 7 line 7 Year: year "2,020" is not a whole number',
    ]);
  });
});
