/**
 * Checks that the Belarus dataset's facts hold up beyond matching the
 * article (issue 14): dates other reporting corrects, each with its outlet
 * and day of publication and the article's own wording kept; short
 * citations; actor groups; places and people by any name; exports that never
 * invent a location; wording and roles that read unambiguously; and the
 * placement rule. tests/data/belarus.test.ts checks the dataset against the
 * article itself.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset, EventRecord } from '../../src/lib/model/types';
import { POINT_PRECISIONS } from '../../src/lib/model/types';
import { validateDataset } from '../../src/lib/model/validateDataset';
import { buildCatalog } from '../../src/lib/model/catalog';
import { emptyFilters, filterEvents, type Filters } from '../../src/lib/model/filterEvents';
import { foldText } from '../../src/lib/model/foldText';
import { CSV_COLUMNS, exportCsv, type CsvColumn } from '../../src/lib/data/exportCsv';
import { parseCsv } from '../../src/lib/data/parseCsv';
import { selectionDataset } from '../../src/lib/data/exportJson';

const dataset = JSON.parse(readFileSync(resolve('data/belarus-2020-08.json'), 'utf8')) as Dataset;
const notes = readFileSync(resolve('data/README-dataset-notes.md'), 'utf8');
const sourceId = dataset.meta.sources[0]!.id;
const sourceText = readFileSync(resolve(`data/sources/${sourceId}.txt`), 'utf8').replace(
  /^\uFEFF/,
  '',
);
const paragraphs = sourceText.split(/\r?\n/).filter((l) => l.trim() !== '');
const catalog = buildCatalog(dataset);
const event = (id: string): EventRecord => {
  const e = dataset.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const roleOf = (e: EventRecord, actor: string) => e.actors.find((a) => a.id === actor)?.role;
const ids = (f: Partial<Filters>) =>
  filterEvents(catalog.events, { ...emptyFilters(), ...f }).map((e) => e.id);
const D = (s: string) =>
  Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8)));
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** "2020-07-29" as the notes write it: "29 Jul 2020". */
const asInNotes = (day: string) =>
  `${Number(day.slice(8))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
const WORD = /[A-Za-z0-9’']+/g;

describe('dates other reporting corrects', () => {
  const corrected = dataset.events.filter((e) => e.dateBasis === 'other reporting');

  it('dates the 33 arrests to 29 July 2020 and the apology to Thursday 13 August, from other reporting', () => {
    expect(corrected.map((e) => [e.id, e.date]).sort()).toEqual([
      ['interior-minister-apology', '2020-08-13'],
      ['russian-mercenaries-arrested', '2020-07-29'],
    ]);
  });

  it('backs each corrected date with reports that disagree about it, named by outlet and day', () => {
    for (const e of corrected) {
      const against = (e.otherReporting ?? []).filter(
        (r) => !r.agrees && r.about?.includes('date'),
      );
      expect(against.length, e.id).toBeGreaterThanOrEqual(2);
      for (const r of against) {
        expect(r.published, `${e.id}: ${r.outlet}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // Published no later than a few days after the event: contemporary reporting.
        expect(D(r.published) - D(e.date), `${e.id}: ${r.outlet}`).toBeLessThanOrEqual(
          2 * 86_400_000,
        );
        expect(D(r.published) >= D(e.date), `${e.id}: ${r.outlet}`).toBe(true);
      }
    }
    const outlets = (id: string) =>
      event(id).otherReporting!.map((r) => `${r.outlet} ${r.published}`);
    expect(outlets('russian-mercenaries-arrested')).toEqual(
      expect.arrayContaining(['Meduza 2020-07-29', 'TASS 2020-07-29']),
    );
    expect(outlets('interior-minister-apology')).toEqual(
      expect.arrayContaining(['TASS 2020-08-14', 'Rossiyskaya Gazeta 2020-08-13']),
    );
  });

  it('keeps the article’s wording in the quote and the date note', () => {
    const arrest = event('russian-mercenaries-arrested');
    expect(arrest.sources.some((s) => s.quote.includes('earlier this month'))).toBe(true);
    expect(arrest.dateNote).toContain('“earlier this month”');
    const apology = event('interior-minister-apology');
    expect(apology.sources.some((s) => s.quote.includes('on Friday'))).toBe(true);
    expect(apology.dateNote).toContain('“on Friday”');
  });

  it('says the apology was addressed to bystanders, as other reporting has it', () => {
    const apology = event('interior-minister-apology');
    const account = apology.otherReporting!.filter(
      (r) => !r.agrees && r.about?.includes('account'),
    );
    expect(account.length).toBeGreaterThanOrEqual(2);
    expect(apology.summary).toMatch(/bystanders/);
  });

  it('gives the “over 80%” to the election commission’s preliminary result, not only to Lukashenko’s office', () => {
    const claim = event('lukashenko-claims-victory');
    expect(roleOf(claim, 'central-election-commission')).toMatch(/preliminary/);
    expect(roleOf(claim, 'lukashenko-office')).toMatch(/named by the article/);
    const reports = claim.otherReporting!.filter((r) => !r.agrees && r.about?.includes('actors'));
    expect(reports.length).toBeGreaterThanOrEqual(2);
    for (const r of reports) expect(r.says).toMatch(/Central Election Commission/);
  });

  it('lets a researcher filtering on July find the arrests', () => {
    // Besides the rule since 1994, which is still going on.
    expect(ids({ range: [D('2020-07-01'), D('2020-08-01')] })).toEqual([
      'lukashenko-rule-since-1994',
      'russian-mercenaries-arrested',
    ]);
  });

  it('records every outside source in the dataset notes, by outlet and day', () => {
    for (const e of dataset.events) {
      for (const r of e.otherReporting ?? []) {
        const outlet = r.outlet.replace(/ \(.*\)$/, '');
        expect(notes, `${e.id}: ${r.outlet}`).toContain(outlet);
        expect(notes, `${e.id}: ${r.outlet} ${r.published}`).toContain(asInNotes(r.published));
      }
    }
  });
});

describe('short citations', () => {
  const quotes = dataset.events.flatMap((e) => e.sources.map((s) => ({ id: e.id, ...s })));

  it('keeps each quote under 40 words', () => {
    for (const q of quotes)
      expect(q.quote.match(WORD)!.length, `${q.id}: ${q.quote}`).toBeLessThan(40);
  });

  it('quotes under 35% of the article’s words, each counted once', () => {
    // Which characters of the article some quote covers, in the paragraph it names.
    const starts: number[] = [];
    let at = 0;
    for (const line of sourceText.split(/\r?\n/)) {
      if (line.trim() !== '') starts.push(at);
      at += line.length + 1;
    }
    const covered = new Uint8Array(sourceText.length);
    for (const q of quotes) {
      const i = paragraphs[q.paragraph! - 1]!.indexOf(q.quote);
      expect(i, q.quote).toBeGreaterThanOrEqual(0);
      covered.fill(
        1,
        starts[q.paragraph! - 1]! + i,
        starts[q.paragraph! - 1]! + i + q.quote.length,
      );
    }
    const words = [...sourceText.matchAll(WORD)];
    const quoted = words.filter((m) => covered[m.index] === 1).length;
    expect(quoted / words.length).toBeLessThan(0.35);
  });

  it('ships no copy of the article: the built site takes only the datasets from data/', () => {
    const config = readFileSync(resolve('vite.config.ts'), 'utf8');
    expect(config).toContain("readdirSync(DATA_DIR).filter((f) => f.endsWith('.json'))");
    expect(config).not.toMatch(/sources\/|\.txt/);
  });
});

describe('actor groups', () => {
  const members = (group: string) =>
    dataset.actors
      .filter((a) => a.groups?.includes(group))
      .map((a) => a.id)
      .sort();

  it('resolves every group an actor names, and every group has members', () => {
    const known = new Set(dataset.groups!.map((g) => g.id));
    for (const a of dataset.actors)
      for (const g of a.groups ?? []) expect(known, a.id).toContain(g);
    for (const g of dataset.groups!) expect(members(g.id).length, g.id).toBeGreaterThan(0);
    const v = validateDataset(dataset);
    expect(v.ok ? [] : v.problems).toEqual([]);
  });

  it('gathers the security forces and the Russian state', () => {
    expect(members('security-forces')).toEqual([
      'interior-minister',
      'interior-ministry',
      'nexta-police-officer',
      'pledging-officers',
      'police',
      'riot-police',
    ]);
    expect(members('russian-state')).toEqual(['kremlin', 'putin', 'russia']);
  });

  it('answers "what did the security forces do between 12 and 14 August?" with the pledge and the apology', () => {
    const found = ids({ groups: ['security-forces'], range: [D('2020-08-12'), D('2020-08-15')] });
    expect(found).toEqual(
      expect.arrayContaining(['officers-pledge-not-to-attack', 'interior-minister-apology']),
    );
  });
});

describe('places and people by any name', () => {
  it('finds Okrestina as Akrestsina, Окрестина or Акрэсціна, and the election committee as Independence Square', () => {
    for (const name of ['Akrestsina', 'Окрестина', 'Акрэсціна', 'akrescina']) {
      expect(ids({ text: name }), name).toEqual(['okrestina-releases']);
    }
    expect(ids({ text: 'Independence Square' })).toEqual(['riot-police-lower-shields']);
  });

  it('finds Lukashenko as Aliaksandr Lukashenka or Aleksandr Lukashenko', () => {
    const his = ids({ actors: ['lukashenko'] });
    expect(ids({ text: 'Aliaksandr Lukashenka' })).toEqual(his);
    expect(ids({ text: 'Aleksandr Lukashenko' })).toEqual(his);
  });
});

describe('exports never invent a location', () => {
  const csv = parseCsv(exportCsv(catalog.events, catalog, 'https://example.org/belarus/'));
  if (!csv.ok) throw new Error(csv.error);
  const [header, ...body] = csv.rows;
  const rows = body.map(
    (r) => Object.fromEntries(header!.map((c, i) => [c, r[i] ?? ''])) as Record<CsvColumn, string>,
  );

  it('has the place_precision, date_note, other_reporting and permalink columns', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header).toEqual(
      expect.arrayContaining(['place_precision', 'date_note', 'other_reporting', 'permalink']),
    );
    const apology = rows.find((r) => r.id === 'interior-minister-apology')!;
    expect(apology.date_basis).toBe('other reporting');
    expect(apology.other_reporting).toContain('TASS, 2020-08-14, disagrees on date, account:');
    expect(apology.permalink).toBe('https://example.org/belarus/?event=interior-minister-apology');
  });

  it('leaves lat and lon empty unless the place is a building or a street', () => {
    const belarus = dataset.places.find((p) => p.id === 'belarus')!;
    for (const r of rows) {
      const point = (POINT_PRECISIONS as readonly string[]).includes(r.place_precision);
      expect(r.lat === '' && r.lon === '', r.id).toBe(!point);
      expect(r.lat, r.id).not.toBe(String(belarus.lat));
    }
    expect(
      rows
        .filter((r) => r.lat !== '')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['okrestina-releases', 'riot-police-lower-shields']);
  });

  it('keeps everything in the JSON export', () => {
    const out = selectionDataset(catalog.events, catalog);
    expect(out.groups).toEqual(dataset.groups);
    const used = new Set(dataset.events.map((e) => e.place));
    expect(out.places).toEqual(dataset.places.filter((p) => used.has(p.id)));
    expect(out.places.flatMap((p) => p.aliases ?? [])).toContain('Akrestsina');
    expect(out.events).toEqual(catalog.events.map((e) => e.record));
  });
});

describe('wording and roles', () => {
  it('gives roles that read unambiguously in exports', () => {
    expect(roleOf(event('russian-mercenaries-returned'), 'lukashenko')).toBe(
      'ordered their release',
    );
    expect(roleOf(event('officers-pledge-not-to-attack'), 'lukashenko')).toMatch(/rejected by/);
    const arrest = event('russian-mercenaries-arrested');
    expect(roleOf(arrest, 'putin')).toBeTruthy();
    expect(roleOf(arrest, 'lukashenko')).toBeTruthy();
    for (const e of dataset.events) {
      expect(roleOf(e, 'interior-ministry') ?? '', e.id).not.toMatch(/releasing/);
    }
  });

  it('says “hundreds”, and attributes judgements to their authors', () => {
    expect(event('hundreds-released').summary).toMatch(/\bhundreds\b/);
    expect(event('hundreds-released').summary).not.toMatch(/several hundred/i);
    expect(event('clashes-and-crackdown').summary).toMatch(
      /AFP’s photo caption calls a brutal crackdown/,
    );
    expect(event('kremlin-putin-lukashenko-call').summary).toMatch(
      /what the article calls a vague statement/,
    );
    expect(event('nexta-police-officer-video').summary).toMatch(/what he called “criminal orders”/);
    expect(event('officers-pledge-not-to-attack').summary).toMatch(/military and police officers/);
    for (const e of dataset.events) expect(e.summary, e.id).not.toMatch(/\bsoldiers?\b/i);
  });

  it('copies no title from the article', () => {
    const article = foldText(sourceText);
    for (const e of dataset.events) {
      expect(article.includes(foldText(e.title)), `${e.id}: ${e.title}`).toBe(false);
    }
  });

  it('gives “several” officers as a figure, and says where the same 32 are counted', () => {
    expect(event('officers-pledge-not-to-attack').figures).toEqual([
      expect.objectContaining({ qualifier: 'several' }),
    ]);
    const announced = event('russia-announces-mercenaries-return').figures[0]!;
    const returned = event('russian-mercenaries-returned').figures[0]!;
    expect(announced.value).toBe(returned.value);
    expect(announced.sameAs).toBe('russian-mercenaries-returned');
    expect(returned.sameAs).toBeUndefined();
  });
});

describe('placement rule', () => {
  const placeNames = (id: string): string[] => {
    const p = dataset.places.find((x) => x.id === id)!;
    return [p.name, ...(p.aliases ?? [])].map(foldText);
  };
  const quotesName = (e: EventRecord, id: string) =>
    e.sources.some((s) => placeNames(id).some((n) => foldText(s.quote).includes(n)));

  it('places a statement only where a quote says it was made', () => {
    for (const e of dataset.events.filter(
      (x) => x.type === 'statement' || x.type === 'diplomacy',
    )) {
      if (e.place !== null) expect(quotesName(e, e.place), e.id).toBe(true);
    }
  });

  it('treats the Kremlin’s statement and Russia’s announcement alike: no place', () => {
    expect(event('kremlin-putin-lukashenko-call').place).toBeNull();
    expect(event('russia-announces-mercenaries-return').place).toBeNull();
    expect(dataset.places.some((p) => p.id === 'kremlin')).toBe(false);
  });

  it('places events at a building or street only where a quote names it', () => {
    for (const e of dataset.events) {
      const p = dataset.places.find((x) => x.id === e.place);
      if (p && POINT_PRECISIONS.includes(p.precision)) expect(quotesName(e, p.id), e.id).toBe(true);
    }
  });

  it('keeps one scene one event: the shields and the hugs at the committee building, with the nationwide 50', () => {
    const there = dataset.events.filter((e) => e.place === 'cec-minsk');
    expect(there.map((e) => e.id)).toEqual(['riot-police-lower-shields']);
    const scene = there[0]!;
    expect(scene.key).toBe(true);
    expect(scene.sources.some((s) => /hugging/.test(s.quote))).toBe(true);
    expect(scene.figures).toEqual([expect.objectContaining({ value: 50, qualifier: 'at least' })]);
    expect(scene.dateNote).toMatch(/all of Belarus/);
  });

  it('keeps the story valid: every id an event, the key event first', () => {
    const known = new Set(dataset.events.map((e) => e.id));
    for (const id of dataset.meta.story ?? []) expect(known, id).toContain(id);
    expect(dataset.meta.story?.[0]).toBe('riot-police-lower-shields');
    expect(dataset.events.filter((e) => e.key).map((e) => e.id)).toEqual([
      'riot-police-lower-shields',
    ]);
  });
});
