import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatProblem, validateDataset } from './validateDataset';
import { smallDataset } from './testing/smallDataset';

function problems(mutate: (d: ReturnType<typeof smallDataset>) => void): string[] {
  const d = smallDataset();
  mutate(d);
  const r = validateDataset(JSON.parse(JSON.stringify(d)));
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('validateDataset', () => {
  it('accepts a valid dataset and returns it typed', () => {
    const r = validateDataset(smallDataset());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.dataset.events).toHaveLength(3);
  });

  it('accepts the bundled Belarus dataset', () => {
    const json: unknown = JSON.parse(readFileSync('data/belarus-2020-08.json', 'utf8'));
    const r = validateDataset(json);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
  });

  it('refuses what is not an object', () => {
    expect(validateDataset('hello')).toEqual({
      ok: false,
      problems: [{ path: '(root)', message: 'must be an object, not "hello"' }],
    });
  });

  it('says a number too large to hold is one, not null', () => {
    const r = validateDataset(JSON.parse('1e400'));
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      '(root): must be an object, not a number too large to hold (Infinity)',
    ]);
  });

  it('refuses a source URL with no host, such as "http://" alone', () => {
    expect(
      problems((d) => {
        d.meta.sources[0]!.url = 'http://';
        d.meta.sources.push({ ...d.meta.sources[0]!, id: 'other', url: 'https:///path' });
      }),
    ).toEqual([
      'meta.sources[0].url: "http://" must be a web address: http:// or https:// and a host name',
      'meta.sources[1].url: "https:///path" must be a web address: http:// or https:// and a host name',
    ]);
    expect(problems((d) => (d.meta.sources[0]!.url = 'https://news.example/a?b=1'))).toEqual([]);
  });

  it('names an invalid date with its path', () => {
    expect(problems((d) => (d.events[1]!.date = '2020-13-01'))).toEqual([
      'events[1].date: "2020-13-01" is not a valid EDTF date: month 13 is not 01–12',
    ]);
  });

  it('names an interval that ends before it starts', () => {
    expect(problems((d) => (d.events[2]!.date = '2020-08-15/2020-08-09'))).toEqual([
      'events[2].date: "2020-08-15/2020-08-09" ends before it starts',
    ]);
  });

  it('names unknown actor, place and source ids', () => {
    expect(
      problems((d) => {
        d.events[0]!.actors.push({ id: 'nobody' });
        d.events[0]!.place = 'atlantis';
        d.events[0]!.sources[0]!.source = 'rumour';
      }),
    ).toEqual([
      'events[0].actors[1].id: unknown actor "nobody"',
      'events[0].place: unknown place "atlantis"',
      'events[0].sources[0].source: unknown source "rumour"',
    ]);
  });

  it('names an actor listed twice in one event', () => {
    expect(problems((d) => d.events[2]!.actors.push({ id: 'police' }))).toEqual([
      'events[2].actors[2].id: actor "police" is listed twice in this event (give one entry, with one role)',
    ]);
  });

  it('names duplicate ids', () => {
    expect(problems((d) => (d.events[1]!.id = 'release'))).toEqual([
      'events[1].id: duplicate id "release"',
    ]);
    expect(problems((d) => (d.actors[1]!.id = 'luka'))).toContain(
      'actors[1].id: duplicate id "luka"',
    );
  });

  it('names coordinates out of range', () => {
    expect(
      problems((d) => {
        d.places[0]!.lat = 95;
        d.places[1]!.lon = -181;
      }),
    ).toEqual([
      'places[0].lat: 95 is out of range (−90 to 90)',
      'places[1].lon: -181 is out of range (−180 to 180)',
    ]);
  });

  it('names missing required fields and wrong types, all at once', () => {
    const out = problems((d) => {
      const e = d.events[0] as unknown as Record<string, unknown>;
      delete e.title;
      e.summary = 42;
      e.figures = 'many';
      delete (d.meta as unknown as Record<string, unknown>).title;
    });
    expect(out).toEqual([
      'meta.title: is required',
      'events[0].title: is required',
      'events[0].summary: must be text, not 42',
      'events[0].figures: must be a list, not "many"',
    ]);
  });

  it('names unknown event types and lists the known ones', () => {
    const [p] = problems((d) => (d.events[0]!.type = 'riot'));
    expect(p).toMatch(
      /^events\[0\]\.type: unknown event type "riot"; known types: election, protest/,
    );
  });

  it('names a bad figure qualifier and a non-numeric value', () => {
    expect(
      problems((d) => {
        d.events[0]!.figures[0] = { value: '6,000', unit: 'people', qualifier: 'loads' } as never;
      }),
    ).toEqual([
      'events[0].figures[0].value: must be a number, not "6,000"',
      'events[0].figures[0].qualifier: "loads" is not one of: exact, at least, over, about, at most, several, hundreds of, thousands of',
    ]);
  });

  it('requires a quote for every event and a place key', () => {
    expect(
      problems((d) => {
        d.events[0]!.sources = [];
        delete (d.events[0] as unknown as Record<string, unknown>).place;
      }),
    ).toEqual([
      'events[0].place: is required (use null for no place)',
      'events[0].sources: needs at least one quote from a source',
    ]);
  });

  it('refuses source urls that are not http(s)', () => {
    expect(problems((d) => (d.meta.sources[0]!.url = 'javascript:alert(1)'))).toEqual([
      'meta.sources[0].url: "javascript:alert(1)" must be a web address: http:// or https:// and a host name',
    ]);
  });

  it('requires slug ids for actors, places and sources too (a comma would break actors= links)', () => {
    expect(
      problems((d) => {
        d.actors[2]!.id = 'riot,police';
        d.events[2]!.actors[1]!.id = 'riot,police';
        d.places[0]!.id = 'Minsk';
        d.events[2]!.place = 'Minsk';
        d.events[0]!.id = 'release_1';
      }),
    ).toEqual([
      'actors[2].id: "riot,police" is not an id: use lowercase letters a–z, digits and single hyphens, e.g. "riot-police"',
      'places[0].id: "Minsk" is not an id: use lowercase letters a–z, digits and single hyphens, e.g. "riot-police"',
      'events[0].id: "release_1" is not an id: use lowercase letters a–z, digits and single hyphens, e.g. "riot-police"',
    ]);
  });

  it('names fields the format does not have, so a misspelling does not vanish', () => {
    expect(
      problems((d) => {
        (d.events[1] as unknown as Record<string, unknown>).dateNotes = 'x';
        (d as unknown as Record<string, unknown>).notes = 'x';
      }),
    ).toEqual([
      'notes: is not a field of a dataset (known: $schema, meta, groups, actors, places, events)',
      'events[1].dateNotes: is not a field of an event (known: id, date, type, title, summary, actors, place, figures, sources, dateNote, tags, key, otherReporting, dateBasis)',
    ]);
  });

  it('accepts types the dataset declares, and no redeclared built-in ones', () => {
    expect(
      problems((d) => {
        d.meta.types = [{ id: 'riots', label: 'Riots' }];
        d.events[0]!.type = 'riots';
      }),
    ).toEqual([]);
    expect(
      problems((d) => {
        d.meta.types = [{ id: 'protest', label: 'Protests' }];
        d.events[0]!.type = 'riots';
      }),
    ).toEqual([
      'meta.types[0].id: "protest" is a built-in type; declare only types that are not built in',
      'events[0].type: unknown event type "riots"; known types: election, protest, detention, violence, release, solidarity, statement, media, diplomacy, politics, protest',
    ]);
  });

  it('takes the publication dates as optional, but a given one must be a single day', () => {
    expect(
      problems((d) => {
        delete d.meta.published;
        delete d.meta.sources[0]!.published;
      }),
    ).toEqual([]);
    expect(problems((d) => (d.meta.published = '2020-08'))).toEqual([
      'meta.published: "2020-08" must be one calendar day, YYYY-MM-DD',
    ]);
  });

  it('refuses blank optional text, repeated tags and negative figures', () => {
    expect(
      problems((d) => {
        d.events[0]!.actors[0]!.role = ' ';
        d.events[0]!.tags = ['a', 'a'];
        d.events[0]!.figures[0]!.value = -1;
      }),
    ).toEqual([
      'events[0].tags[1]: repeats "a"',
      'events[0].actors[0].role: must not be empty',
      'events[0].figures[0].value: must not be negative, not -1',
    ]);
  });
});
