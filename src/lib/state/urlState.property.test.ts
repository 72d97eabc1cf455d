import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mutatedString } from '../../../tests/support/mutate';
import { edtfPoint } from '../../../tests/support/arbitraries';
import { edtf } from '../model/edtf';
import { utcTime } from '../model/utcDate';
import {
  STATE_PARAMS,
  TABLE_SORT_KEYS,
  defaultUrlState,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from './urlState';

// Property-based: the seed is fixed in tests/setup.ts, so every run tries the same inputs.

const MINUTE = 60_000;
const FIRST = utcTime(-9999, 0, 1);
const LAST = utcTime(9999, 0, 1);

/** A minute between the years -9999 and 9999. */
const minute = fc.integer({ min: FIRST / MINUTE, max: LAST / MINUTE }).map((m) => m * MINUTE);

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('a', 'b-2', 'Лукашенко'),
);
const ids = fc.uniqueArray(
  fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !s.includes(',') && s.trim() === s),
  { maxLength: 3 },
);

const state: fc.Arbitrary<UrlState> = fc.record({
  event: fc.option(text.filter((s) => s !== '')),
  q: text,
  types: ids,
  actors: ids,
  groups: ids,
  range: fc.oneof(
    fc.constant(null),
    fc.constant('all' as const),
    fc
      .tuple(minute, minute)
      .filter(([a, b]) => a !== b)
      .map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a])),
  ),
  lanes: fc.constantFrom('type' as const, 'actor' as const, 'group' as const),
  view: fc.constantFrom('list' as const, 'table' as const),
  mapped: fc.boolean(),
  map: fc.option(
    fc.record({
      lat: fc.integer({ min: -9_000_000, max: 9_000_000 }).map((n) => n / 100_000),
      lon: fc.integer({ min: -18_000_000, max: 18_000_000 }).map((n) => n / 100_000),
      zoom: fc.integer({ min: 0, max: 2200 }).map((n) => n / 100),
    }),
  ),
  story: fc.option(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,20}$/)),
  sort: fc.record({ key: fc.constantFrom(...TABLE_SORT_KEYS), descending: fc.boolean() }),
});

/** Query strings: random text, known parameters with random values, broken links. */
const query = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...STATE_PARAMS, 'tiles', 'data', 'embed'), fc.string()),
        fc.oneof(
          fc.string({ unit: 'binary' }),
          mutatedString(
            fc.constantFrom('2020-08-14', '53.9,27.5,11', '-0044-03-15T06:30', 'all', '1'),
          ),
        ),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  mutatedString(state.map((s) => serializeUrlState(s, '', {}))),
);

function wellFormed(s: UrlState): boolean {
  const r = s.range;
  const rangeOk =
    r === null || r === 'all' || (Number.isFinite(r[0]) && Number.isFinite(r[1]) && r[0] < r[1]);
  const m = s.map;
  const mapOk =
    m === null || (Math.abs(m.lat) <= 90 && Math.abs(m.lon) <= 180 && m.zoom >= 0 && m.zoom <= 22);
  const storyOk = s.story === null || (s.story !== '' && s.story.trim() === s.story);
  return rangeOk && mapOk && storyOk;
}

describe('URL state (properties)', () => {
  it('any query gives a well-formed state and notices, never a throw', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { state: s, notices } = parseUrlState(q, {});
        return wellFormed(s) && notices.every((n) => typeof n === 'string' && n.length > 0);
      }),
    );
  });

  it('what a link gives, written again, reads back the same without a word', () => {
    fc.assert(
      fc.property(query, (q) => {
        const first = parseUrlState(q, {}).state;
        const again = parseUrlState(serializeUrlState(first, '', {}), {});
        expect(again.notices).toEqual([]);
        expect(again.state).toEqual(first);
      }),
    );
  });

  it('any state round-trips exactly, years -9999 to 9999 included', () => {
    fc.assert(
      fc.property(state, (s) => {
        const back = parseUrlState(serializeUrlState(s, '', {}), {});
        expect(back.notices).toEqual([]);
        expect(back.state).toEqual(s);
      }),
    );
  });

  it('the window of any EDTF date goes into a link and back', () => {
    fc.assert(
      fc.property(edtfPoint, (p) => {
        const d = edtf(p.text);
        const back = parseUrlState(
          serializeUrlState({ ...defaultUrlState(), range: [d.start, d.end] }, '', {}),
          {},
        );
        expect(back.notices).toEqual([]);
        expect(back.state.range).toEqual([d.start, d.end]);
      }),
    );
  });
});
