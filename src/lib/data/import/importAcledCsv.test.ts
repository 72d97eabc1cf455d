import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCatalog } from '../../model/catalog';
import { importAcledCsv } from './importAcledCsv';
import { detectFormat } from './detectFormat';

const read = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');

describe('importAcledCsv', () => {
  const text = read('acled.csv');
  const outcome = importAcledCsv(text, 'acled.csv', ',');
  const d = outcome.dataset!;
  const event = (id: string) => d.events.find((e) => e.id === id)!;

  it('is recognised by its columns, byte order mark and all', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(detectFormat(text)).toEqual({ ok: true, format: 'acled-csv', delimiter: ',' });
  });

  it('loads every row, and says which one has no coordinates', () => {
    expect(outcome.total).toBe(12);
    expect(d.events).toHaveLength(12);
    expect(outcome.rejected.rows).toEqual([]);
    expect(outcome.problems).toEqual([
      {
        file: 'acled.csv',
        row: 8,
        line: 8,
        column: 'latitude',
        message: 'no coordinates, so the event in Navapolatsk is not on the map',
        severity: 'warning',
      },
    ]);
    expect(event('blr1007').place).toBeNull();
  });

  it('reads both date styles and maps time_precision', () => {
    expect(event('blr1001').date).toBe('2020-08-09');
    expect(event('blr1002').date).toBe('2020-08-10'); // "10 August 2020"
    expect(event('blr1012').date).toBe('2020-08-19'); // "19 Aug 2020"
    expect(event('blr1003')).toMatchObject({
      date: '2020-08-11~',
      dateNote: 'ACLED: within a week of this date (time_precision 2).',
    });
    expect(event('blr1004')).toMatchObject({
      date: '2020-08',
      dateNote: 'ACLED: only the month is known (time_precision 3).',
    });
  });

  it('takes actors from actor1/2 and the assoc_actor lists, one entry each', () => {
    const actors = new Map(d.actors.map((a) => [a.id, a]));
    const named = (id: string) =>
      event(id).actors.map((a) => `${actors.get(a.id)!.name} (${a.role})`);
    expect(named('blr1002')).toEqual([
      'Rioters (Belarus) (actor 1)',
      'Students (Belarus) (associated with actor 1)',
      'Labour Group (Belarus) (associated with actor 1)',
      'Police Forces of Belarus (1994-) (actor 2)',
      'OMON: Special Purpose Police Detachment (associated with actor 2)',
    ]);
    // The same actor twice in a row is one entry with both roles, never a repeat.
    expect(named('blr1011')).toEqual([
      'Police Forces of Belarus (1994-) (actor 1; associated with actor 2)',
      'Protesters (Belarus) (actor 2)',
    ]);
    expect(named('blr1006')).toEqual([
      'Protesters (Belarus) (actor 1)',
      'Labour Group (Belarus) (associated with actor 1)',
    ]);
    expect(actors.get('police-forces-of-belarus-1994')?.kind).toBe('institution');
    expect(actors.get('protesters-belarus')?.kind).toBe('group');
    expect(actors.get('unidentified-armed-group-belarus')?.kind).toBe('organization');
  });

  it('deduplicates places by name and coordinates and maps geo_precision', () => {
    const minsk = d.places.filter((p) => p.name === 'Minsk');
    expect(minsk).toHaveLength(1);
    expect(minsk[0]).toMatchObject({ lat: 53.9, lon: 27.5667, precision: 'city' });
    expect(d.places.find((p) => p.name === 'Homiel')?.precision).toBe('district');
    // Minsk again with geo_precision 3 is the same place: its first precision stays.
    expect(event('blr1011').place).toBe('minsk');
    expect(d.places.find((p) => p.name === 'Brest')?.description).toBe('Brest, Brest, Belarus');
  });

  it('keeps fatalities as a figure, notes as summary, source, types and tags', () => {
    expect(event('blr1002')).toMatchObject({
      type: 'riots',
      title: 'Violent demonstration in Minsk - Pushkinskaya',
      figures: [{ value: 1, unit: 'reported fatalities', qualifier: 'exact' }],
      tags: ['Violent demonstration', 'Political violence; Demonstrations'],
    });
    expect(event('blr1002').summary).toContain('"Alexander T.", died');
    expect(event('blr1011').figures).toEqual([]);
    const sources = new Map(d.meta.sources.map((s) => [s.id, s]));
    expect(sources.get(event('blr1001').sources[0]!.source)).toEqual({
      id: 'acled-nasha-niva-reuters',
      publisher: 'ACLED, from Nasha Niva; Reuters',
      title: 'acled.csv',
    });
    expect(d.meta.types?.map((t) => t.label)).toEqual([
      'Protests',
      'Riots',
      'Strategic developments',
      'Violence against civilians',
      'Explosions/Remote violence',
      'Battles',
    ]);
    expect(event('blr1006').summary).toBe(
      '13 жніўня 2020 года рабочыя «Азота» выйшлі на мірны пратэст у Гродне.',
    );
    expect(d.meta.published).toBe('2020-08-27');
    expect(() => buildCatalog(d)).not.toThrow();
  });

  it('rejects broken rows with row, line, column and reason, and keeps the rest', () => {
    const o = importAcledCsv(read('acled-broken.csv'), 'acled-broken.csv', ',');
    expect(o.dataset?.events.map((e) => e.id)).toEqual(['blr2001', 'blr2008']);
    expect(
      o.problems.map((p) => `row ${p.row} (line ${p.line}) ${p.column}: ${p.message}`),
    ).toEqual([
      'row 3 (line 3) event_id_cnty: duplicate id "BLR2001" (first on row 2)',
      'row 4 (line 4) event_date: "2020-13-45" is not a valid EDTF date: month 13 is not 01–12',
      'row 5 (line 5) event_date: "32 August 2020" is not a real date: day 32 does not exist in 2020-08',
      'row 6 (line 6) latitude: "52.1N" is not a number',
      'row 6 (line 6) longitude: "23.7E" is not a number',
      'row 7 (line 7) latitude: 95 is out of range (−90 to 90)',
      'row 7 (line 7) fatalities: "unknown" is not a whole number',
      'row 8 (line 8) event_type: is empty',
    ]);
    expect(o.rejected.rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(o.rejected.rows[0]!.cells[0]).toBe('BLR2001');
  });

  it('reads "32 August 2020" as a day that does not exist, not a date in September', () => {
    const o = importAcledCsv(read('acled-broken.csv'), 'x.csv', ',');
    expect(o.dataset?.events.some((e) => e.date.startsWith('2020-09'))).toBe(false);
  });
});
