import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/support/random';
import {
  defaultUrlState,
  formatInstant,
  parseInstant,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from './urlState';
import { edtf } from '../model/edtf';
import { formatEdtf } from '../model/formatEdtf';

const MINUTE = 60_000;
const WORDS = [
  'Лукашенко',
  'Lukašenka',
  'a&b=c',
  'x,y',
  '100%',
  'okrestina prison',
  '“quoted”',
  '#hash',
  '+plus',
];

function randomState(rnd: () => number): UrlState {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const ids = ['a', 'b-2', 'c.3', 'd_4', 'e5'];
  const some = () => ids.filter(() => rnd() < 0.3);
  const start = Math.round((Date.UTC(1990, 0, 1) + rnd() * 1e12) / MINUTE) * MINUTE;
  const range =
    rnd() < 0.3
      ? null
      : rnd() < 0.2
        ? ('all' as const)
        : ([start, start + Math.ceil((rnd() * 1e9) / MINUTE) * MINUTE] as [number, number]);
  return {
    event: rnd() < 0.5 ? pick(ids) : null,
    q: rnd() < 0.5 ? pick(WORDS) : '',
    types: some(),
    actors: some(),
    groups: some(),
    range,
    lanes: pick(['type', 'actor', 'group'] as const),
    view: rnd() < 0.5 ? 'list' : 'table',
    mapped: rnd() < 0.5,
    map:
      rnd() < 0.5
        ? {
            lat: Number((rnd() * 180 - 90).toFixed(5)),
            lon: Number((rnd() * 360 - 180).toFixed(5)),
            zoom: Number((rnd() * 18).toFixed(2)),
          }
        : null,
    story: rnd() < 0.3 ? pick(['intro', 'riot-police-lower-shields', 'e12', '3']) : null,
    sort: {
      key: pick(['date', 'type', 'title', 'actors', 'place', 'figures'] as const),
      descending: rnd() < 0.5,
    },
  };
}

describe('URL state', () => {
  it('round-trips 500 random states exactly', () => {
    const rnd = seededRandom(42);
    for (let i = 0; i < 500; i++) {
      const s = randomState(rnd);
      const query = serializeUrlState(s);
      const back = parseUrlState(query);
      expect(back.notices).toEqual([]);
      expect(back.state).toEqual(s);
    }
  });

  it('writes nothing for the default state, keeps the dataset and tile parameters, drops unknown ones', () => {
    expect(serializeUrlState(defaultUrlState())).toBe('');
    const keep = '?data=data/x.json&event=old&actor=putin&tiles=none';
    expect(serializeUrlState({ ...defaultUrlState(), event: 'new' }, keep)).toBe(
      '?data=data%2Fx.json&tiles=none&event=new',
    );
  });

  it('reads whole-day ranges as people write them: "to" includes its day', () => {
    const { state } = parseUrlState('?from=2020-08-12&to=2020-08-14');
    expect(state.range).toEqual([Date.UTC(2020, 7, 12), Date.UTC(2020, 7, 15)]);
    expect(serializeUrlState(state)).toBe('?from=2020-08-12&to=2020-08-14');
  });

  it('ignores malformed parameters with a notice each, keeping the rest', () => {
    const { state, notices } = parseUrlState(
      '?event=x&from=2020-13-01&to=2020-08-14&lanes=sideways&view=grid&map=91,0,3&story=&mapped=yes&dates=some&types=protest&sort=colour',
    );
    expect(state).toEqual({ ...defaultUrlState(), event: 'x', types: ['protest'] });
    expect(notices).toEqual([
      'Ignored link parameter dates="some": the only value is "all"',
      'Ignored link parameter from="2020-13-01": expected a date like 2020-08-12',
      'Ignored link parameter lanes="sideways": expected "type", "actor" or "group"',
      'Ignored link parameter view="grid": expected "list" or "table"',
      'Ignored link parameter mapped="yes": expected 1 or 0',
      'Ignored link parameter map="91,0,3": expected lat,lon,zoom',
      'Ignored link parameter sort="colour": expected one of date, type, title, actors, place, figures, optionally with a leading "-"',
      'Ignored link parameter story="": expected an event id or "intro"',
    ]);
  });

  it('refuses a range that ends before it starts', () => {
    const { state, notices } = parseUrlState('?from=2020-08-14&to=2020-08-12');
    expect(state.range).toBeNull();
    expect(notices).toEqual(['Ignored link parameter to="2020-08-12": ends before from']);
  });

  it('parses and formats instants without time zones', () => {
    expect(parseInstant('2020-02-30')).toBeNull();
    expect(parseInstant('2020-08-14T25:00')).toBeNull();
    expect(formatInstant(Date.UTC(2020, 7, 14, 6, 30))).toBe('2020-08-14T06:30');
    expect(formatInstant(Date.UTC(2020, 7, 14))).toBe('2020-08-14');
  });
});

describe('URL state: early and negative years', () => {
  it.each([
    ['0000', '1 BC'],
    ['0001', '0001'],
    ['0099', '0099'],
    ['0100', '0100'],
    ['9999', '9999'],
    ['-0001', '2 BC'],
    ['-0044', '45 BC'],
  ])('year %s goes through EDTF → format → link → parse unchanged (shown as %s)', (year, shown) => {
    const d = edtf(`${year}-02-28`);
    expect(formatEdtf(d)).toBe(`28 Feb ${shown}`);
    const state = { ...defaultUrlState(), range: [d.start, d.end] as [number, number] };
    const query = serializeUrlState(state);
    expect(query).toBe(`?from=${year}-02-28&to=${year}-02-28`);
    const back = parseUrlState(query);
    expect(back.notices).toEqual([]);
    expect(back.state.range).toEqual([d.start, d.end]);
  });

  it('reads from=0020-01-01 as the year 20, not 1920', () => {
    const { state } = parseUrlState('?from=0020-01-01&to=0020-12-31T12:00');
    expect(state.range).toEqual([edtf('0020').start, edtf('0020-12-31').start + 12 * 3_600_000]);
  });

  it('accepts 29 February of year 0 and refuses it in year 100', () => {
    expect(parseInstant('0000-02-29')).toBe(edtf('0000-02-29').start);
    expect(parseInstant('0100-02-29')).toBeNull();
    expect(parseInstant('-0000-01-01')).toBeNull();
  });
});

describe('URL state: tiles', () => {
  it.each([
    ['javascript:alert(1)//{z}/{x}/{y}', 'must be an http(s) URL template with {z}, {x} and {y}'],
    ['data:text/html,{z}{x}{y}', 'must be an http(s) URL template with {z}, {x} and {y}'],
    ['https://tiles.example/{z}/{x}.png', 'must be an http(s) URL template with {z}, {x} and {y}'],
    ['tiles/{z}/{x}/{y}.png', 'must be an http(s) URL template with {z}, {x} and {y}'],
    [
      'https://t.example/{z}/{x}/{y}.png?key={key}',
      'must be an http(s) URL template with {z}, {x} and {y}; {key} is not one of {s}, {r}, {-y}',
    ],
    [
      'http://anyhost/{z}/{x}/{y}.png',
      'this site loads map tiles only from its own providers, not from http://anyhost',
    ],
  ])('refuses the link template %s with a notice', (template, why) => {
    const { notices } = parseUrlState(`?tiles=${encodeURIComponent(template)}`, {});
    expect(notices).toEqual([`Ignored link parameter tiles=${JSON.stringify(template)}: ${why}`]);
  });

  it('accepts tiles=none and a template from the configured provider without a word', () => {
    expect(parseUrlState('?tiles=none', {}).notices).toEqual([]);
    const osm = encodeURIComponent('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(parseUrlState(`?tiles=${osm}`, {}).notices).toEqual([]);
  });

  it('never carries a tile template the build does not allow into new links', () => {
    const evil = `?tiles=${encodeURIComponent('http://anyhost/{z}/{x}/{y}.png')}&tilesAttribution=x&embed=1`;
    expect(serializeUrlState({ ...defaultUrlState(), event: 'e' }, evil, {})).toBe(
      '?embed=1&event=e',
    );
  });

  it('carries tiles=none and an allowed template with its attribution', () => {
    expect(serializeUrlState(defaultUrlState(), '?tiles=none', {})).toBe('?tiles=none');
    const own = `?tiles=${encodeURIComponent('https://a.t.example/{z}/{x}/{y}.png')}&tilesAttribution=T`;
    const env = { VITE_TILE_ALLOWED_ORIGINS: 'https://*.t.example' };
    expect(serializeUrlState(defaultUrlState(), own, env)).toBe(
      '?tiles=https%3A%2F%2Fa.t.example%2F%7Bz%7D%2F%7Bx%7D%2F%7By%7D.png&tilesAttribution=T',
    );
  });
});

describe('URL state: names and repeats', () => {
  it('notes a parameter given twice, uses the first, and carries only the first', () => {
    const { state, notices } = parseUrlState('?event=a&event=b&q=x&data=d.json&data=e.json');
    expect(state.event).toBe('a');
    expect(notices).toEqual([
      'Link parameter "event" is given 2 times; used the first, "a"',
      'Link parameter "data" is given 2 times; used the first, "d.json"',
    ]);
    expect(serializeUrlState(state, '?data=d.json&data=e.json')).toBe('?data=d.json&event=a&q=x');
  });

  it.each([',,', '1,2', '53.9,27.5,', ',27.5,11', '53.9,27.5,11,4', 'a,b,c', '0x10,1,1'])(
    'refuses map=%s',
    (map) => {
      const { state, notices } = parseUrlState(`?map=${map}`);
      expect(state.map).toBeNull();
      expect(notices).toEqual([
        `Ignored link parameter map=${JSON.stringify(map)}: expected lat,lon,zoom`,
      ]);
    },
  );

  it('notes unknown parameter names and drops repeated ids', () => {
    const { state, notices } = parseUrlState(
      '?actor=putin&actors=a,a,b&types=x,x&data=d.json&tiles=none',
    );
    expect(state.actors).toEqual(['a', 'b']);
    expect(state.types).toEqual(['x']);
    expect(notices).toEqual(['Ignored unknown link parameter "actor"']);
  });
});
