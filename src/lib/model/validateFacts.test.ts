import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { formatProblem, validateDataset } from './validateDataset';
import { factsDataset } from './testing/factsDataset';
import { DATE_BASES, REPORT_ASPECTS, type Dataset } from './types';

const schema = JSON.parse(readFileSync('data/schema/dataset.schema.json', 'utf8')) as object;
const schemaCheck = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function mutated(mutate: (d: Dataset) => void): unknown {
  const d = factsDataset();
  mutate(d);
  return JSON.parse(JSON.stringify(d)) as unknown;
}

function problems(mutate: (d: Dataset) => void): string[] {
  const r = validateDataset(mutated(mutate));
  return r.ok ? [] : r.problems.map(formatProblem);
}

const event = (d: Dataset, id: string) => d.events.find((e) => e.id === id)!;
const apology = (d: Dataset) => event(d, 'apology');
const report = (d: Dataset) => apology(d).otherReporting![0]!;

describe('groups, aliases, repeated figures and other reporting', () => {
  it('has the schema’s enums match the model’s constants', () => {
    const defs = (schema as { $defs: Record<string, { properties: Record<string, unknown> }> })
      .$defs;
    expect(defs.otherReport!.properties.about).toMatchObject({
      items: { enum: [...REPORT_ASPECTS] },
    });
    expect(defs.event!.properties.dateBasis).toMatchObject({ enum: [...DATE_BASES] });
  });

  it('accepts them, and so does the schema', () => {
    const d = mutated(() => {});
    expect(problems(() => {})).toEqual([]);
    expect(schemaCheck(d), JSON.stringify(schemaCheck.errors)).toBe(true);
  });

  it('names an unknown group, a duplicate group and a group without a name', () => {
    expect(
      problems((d) => {
        d.actors[0]!.groups = ['security-forces', 'army'];
        d.groups!.push({ id: 'security-forces', name: 'Again' });
        delete (d.groups![1] as Partial<{ name: string }>).name;
      }),
    ).toEqual([
      'groups[1].name: is required',
      'groups[2].id: duplicate group id "security-forces"',
      'actors[0].groups[1]: unknown group "army" (groups: security-forces, belarusian-state)',
    ]);
  });

  it('names a group given to an actor when the dataset has none', () => {
    expect(
      problems((d) => {
        delete d.groups;
        for (const a of d.actors) delete a.groups;
        d.actors[1]!.groups = ['police'];
      }),
    ).toEqual([
      'actors[1].groups[0]: unknown group "police" (groups: none: add them under "groups")',
    ]);
  });

  it('names a group id that is not a slug and a field the format does not have', () => {
    expect(
      problems((d) => {
        d.groups![0]!.id = 'Security Forces';
        for (const a of d.actors) delete a.groups;
        (report(d) as unknown as Record<string, unknown>).outlets = 'Wire';
      }),
    ).toEqual([
      'groups[0].id: "Security Forces" must be lowercase letters, digits and single hyphens',
      'events[3].otherReporting[0].outlets: is not a field here (known: outlet, published, title, url, says, agrees, about)',
    ]);
  });

  it('names a place alias that is not text', () => {
    expect(
      problems((d) => {
        (d.places[1]!.aliases as unknown[]) = ['Akrestsina', 7, ' '];
      }),
    ).toEqual([
      'places[1].aliases[1]: must be non-empty text, not 7',
      'places[1].aliases[2]: must be non-empty text, not " "',
    ]);
  });

  it('names a figure repeated from an event that does not exist, or from itself', () => {
    expect(
      problems((d) => {
        event(d, 'announcement').figures[0]!.sameAs = 'nope';
        event(d, 'pledge').figures[0]!.sameAs = 'pledge';
      }),
    ).toEqual([
      'events[4].figures[0].sameAs: names its own event',
      'events[5].figures[0].sameAs: unknown event "nope"',
    ]);
  });

  it('names each missing or malformed part of another report', () => {
    expect(
      problems((d) => {
        const r = report(d) as unknown as Record<string, unknown>;
        delete r.outlet;
        r.published = '14 August 2020';
        r.url = 'wire-a.example/sorry';
        r.says = '';
        r.agrees = 'no';
        r.about = ['date', 'mood'];
        (apology(d).otherReporting![1] as unknown as Record<string, unknown>).agrees = undefined;
      }),
    ).toEqual([
      'events[3].otherReporting[0].outlet: is required',
      expect.stringMatching(/^events\[3\]\.otherReporting\[0\]\.published: /),
      'events[3].otherReporting[0].url: "wire-a.example/sorry" must be a web address: http:// or https:// and a host name',
      'events[3].otherReporting[0].says: must not be empty',
      'events[3].otherReporting[0].agrees: must be true or false, not "no"',
      'events[3].otherReporting[0].about[1]: "mood" is not one of: date, place, actors, figures, account',
      'events[3].otherReporting[1].agrees: is required: true, or false when it contradicts the sources',
    ]);
  });

  it('needs a report about the date when the date comes from other reporting', () => {
    expect(problems((d) => (report(d).about = ['account']))).toEqual([
      'events[3].dateBasis: is "other reporting", but no entry of otherReporting is about the date (about: ["date"])',
    ]);
    expect(problems((d) => delete apology(d).otherReporting)).toEqual([
      'events[3].dateBasis: is "other reporting", but no entry of otherReporting is about the date (about: ["date"])',
    ]);
    expect(problems((d) => ((apology(d) as { dateBasis: string }).dateBasis = 'rumour'))).toEqual([
      'events[3].dateBasis: "rumour" is not one of: sources, other reporting',
    ]);
  });

  it('the schema refuses the same shapes as validateDataset', () => {
    const refused: ((d: Dataset) => void)[] = [
      (d) => (d.groups![0]!.id = 'Security Forces'),
      (d) => delete (d.groups![0] as Partial<{ name: string }>).name,
      (d) => ((d.places[1]!.aliases as unknown[]) = [7]),
      (d) => (event(d, 'announcement').figures[0]!.sameAs = 'Not An Id'),
      (d) => delete (report(d) as Partial<{ outlet: string }>).outlet,
      (d) => ((report(d) as unknown as Record<string, unknown>).agrees = 'no'),
      (d) => ((report(d).about as string[]) = ['mood']),
      (d) => (report(d).url = 'wire-a.example'),
      (d) => (report(d).about = ['account']),
      (d) => delete apology(d).otherReporting,
      (d) => ((apology(d) as { dateBasis: string }).dateBasis = 'rumour'),
      (d) => ((report(d) as unknown as Record<string, unknown>).extra = 1),
    ];
    for (const mutate of refused) {
      expect(schemaCheck(mutated(mutate)), mutate.toString()).toBe(false);
      expect(validateDataset(mutated(mutate)).ok, mutate.toString()).toBe(false);
    }
  });
});
