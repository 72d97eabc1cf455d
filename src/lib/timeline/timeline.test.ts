import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../model/catalog';
import { smallDataset } from '../model/testing/smallDataset';
import { edtf } from '../model/edtf';
import { defaultWindow, fullExtent, zoomAbout } from '../model/window';
import { buildLanes } from './lanes';
import { EVENT_TYPES } from '../model/eventTypes';
import { layoutLabels } from './layoutLabels';
import { markGeometry, solidPart } from './markGeometry';
import { buildScene } from './buildScene';
import { axisTicks } from './axisTicks';
import { timeScale } from './timeScale';
import type { Dataset, EventRecord } from '../model/types';

const D = (s: string) =>
  Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));

function dataset(extra: Partial<EventRecord>[] = []): Dataset {
  const d = smallDataset();
  extra.forEach((e, i) =>
    d.events.push({ ...d.events[0]!, id: `x${i}`, title: `Extra ${i}`, ...e } as EventRecord),
  );
  return d;
}

describe('time windows', () => {
  it('frames the dense week, not the lone event decades earlier', () => {
    const cat = buildCatalog(dataset([{ date: '1994/..', type: 'politics' }]));
    const w = defaultWindow(cat.events)!;
    expect(w[0]).toBeGreaterThan(D('2020-08-07'));
    expect(w[0]).toBeLessThan(D('2020-08-09'));
    expect(w[1]).toBeGreaterThan(D('2020-08-15'));
    expect(w[1]).toBeLessThan(D('2020-08-17'));
    const all = fullExtent(cat.events)!;
    expect(all[0]).toBeLessThan(D('1994-01-01'));
    expect(all[1]).toBeGreaterThan(D('2020-08-15'));
  });

  it('lets an ongoing event reach the reporting date in the opening window', () => {
    const d = smallDataset();
    d.events = [
      { ...d.events[0]!, id: 'a', date: '1994/..' },
      { ...d.events[0]!, id: 'b', date: '../2001' },
    ];
    const cat = buildCatalog(d);
    const w = defaultWindow(cat.events, 0.8, cat.published!.end)!;
    expect(w[0]).toBeLessThan(D('1994-01-01'));
    expect(w[1]).toBeGreaterThan(D('2020-08-15'));
  });

  it('zooms about a point, keeping it where it was', () => {
    const w: [number, number] = [0, 1000 * 3_600_000];
    const t = 250 * 3_600_000;
    const z = zoomAbout(w, 2, t);
    expect(z[1] - z[0]).toBe(500 * 3_600_000);
    expect((t - z[0]) / (z[1] - z[0])).toBeCloseTo(0.25);
  });
});

describe('lanes', () => {
  it('groups by type in the fixed type order', () => {
    const lanes = buildLanes(buildCatalog(smallDataset()).events, 'type');
    expect(lanes.map((l) => l.label)).toEqual(['Election', 'Protest', 'Release']);
    expect(lanes[0]!.colour).toBe(EVENT_TYPES[0].colour);
  });

  it('puts declared types after the built-in ones, in the order their first events come', () => {
    const d = smallDataset();
    d.meta.types = [
      { id: 'riots', label: 'Riots' },
      { id: 'era', label: 'Era' },
    ];
    d.events[0]!.type = 'riots'; // 14 Aug
    d.events[1]!.type = 'era'; // 9 Aug: first in time
    const lanes = buildLanes(buildCatalog(d).events, 'type');
    expect(lanes.map((l) => l.label)).toEqual(['Protest', 'Era', 'Riots']);
  });

  it('puts an event with several actors in each of their lanes', () => {
    const lanes = buildLanes(buildCatalog(smallDataset()).events, 'actor');
    const byLabel = Object.fromEntries(lanes.map((l) => [l.label, l.items.map((i) => i.event.id)]));
    expect(byLabel).toEqual({
      Protesters: ['protests', 'release'],
      'Alexander Lukashenko': ['election'],
      'Riot police': ['protests'],
    });
    expect(lanes[0]!.label).toBe('Protesters');
  });

  it('stacks events at the same time on separate rows', () => {
    const cat = buildCatalog(dataset([{ date: '2020-08-14', type: 'release' }]));
    const release = buildLanes(cat.events, 'type').find((l) => l.key === 'release')!;
    expect(release.items.map((i) => i.row).sort()).toEqual([0, 1]);
    expect(release.rows).toBe(2);
  });
});

describe('mark geometry', () => {
  const x = (t: number) => (t - D('2020-08-01')) / 86_400_000; // 1 px a day from 1 Aug
  const edge: [number, number] = [0, 31];

  it('draws a single day as a point at its middle, with no fuzz', () => {
    const g = markGeometry(edtf('2020-08-14'), x, edge);
    expect(g).toMatchObject({ kind: 'point', x0: 13.5, fuzzy: [], uncertain: false });
  });

  it('draws a month-precision date as a point over a faded span of the whole month', () => {
    const g = markGeometry(edtf('2020-08'), x, edge);
    expect(g.kind).toBe('point');
    expect(g.fuzzy).toEqual([[0, 31]]);
    expect(g.x0).toBe(15.5);
  });

  it('widens an approximate day by a day on each side and marks uncertain ones', () => {
    expect(markGeometry(edtf('2020-08-14~'), x, edge).fuzzy).toEqual([[12, 15]]);
    expect(markGeometry(edtf('2020-08-14?'), x, edge).uncertain).toBe(true);
  });

  it('draws an interval as a bar over its inclusive days', () => {
    expect(markGeometry(edtf('2020-08-09/2020-08-15'), x, edge)).toMatchObject({
      kind: 'bar',
      x0: 8,
      x1: 15,
      fuzzy: [],
    });
  });

  it('fades the unknown year of a year-precision start, not the known part after it', () => {
    const x = (t: number) => (t - D('1994-01-01')) / (365 * 86_400_000); // ~1 px a year
    const g = markGeometry(edtf('1994/..'), x, [0, 30]);
    expect(g).toMatchObject({ kind: 'bar', x0: 0, x1: 40, openEnd: true });
    expect(g.fuzzy).toEqual([[0, 1]]);
    expect(solidPart(g)).toEqual([1, 40]);
  });

  it('widens an approximate end of an interval by a day outwards', () => {
    const g = markGeometry(edtf('2020-08-10~/2020-08-15'), x, edge);
    expect(g).toMatchObject({ kind: 'bar', x0: 9, x1: 15 });
    expect(g.fuzzy).toEqual([[8, 10]]);
    expect(solidPart(g)).toEqual([10, 15]);
    const end = markGeometry(edtf('2020-08-10/2020-08-15~'), x, edge);
    expect(end.fuzzy).toEqual([[14, 16]]);
    expect(solidPart(end)).toEqual([9, 14]);
  });

  it('fades each month-precision end over its month, solid only between', () => {
    const x = (t: number) => (t - D('2020-06-01')) / 86_400_000; // 1 px a day from 1 Jun
    const g = markGeometry(edtf('2020-06/2020-08'), x, [0, 100]);
    expect(g).toMatchObject({ kind: 'bar', x0: 0, x1: 92 });
    expect(g.fuzzy).toEqual([
      [0, 30],
      [61, 92],
    ]);
    expect(solidPart(g)).toEqual([30, 61]);
  });

  it('keeps a year-long span just beyond the edge, and marks an uncertain interval', () => {
    const g = markGeometry(edtf('2020/2020-08-15?'), x, edge);
    expect(g.fuzzy).toEqual([[-10, 41]]);
    expect(g.uncertain).toBe(true);
    expect(solidPart(g)).toBeNull();
  });

  it('lets an open interval reach past the edge of the view', () => {
    const g = markGeometry(edtf('1994/..'), x, edge);
    expect(g).toMatchObject({ kind: 'bar', openEnd: true, x1: 41 });
    expect(g.x0).toBe(-10);
    expect(g.fuzzy).toEqual([[-10, -10]]);
    const until = markGeometry(edtf('../2020-08-09'), x, edge);
    expect(until).toMatchObject({ openStart: true, x0: -10, x1: 9, fuzzy: [] });
  });
});

describe('label collision', () => {
  it('drops labels that would overlap instead of overprinting', () => {
    const shown = layoutLabels(
      [
        { id: 'a', x: 10, row: 1, width: 100, priority: 1 },
        { id: 'b', x: 60, row: 1, width: 100, priority: 0 },
        { id: 'c', x: 60, row: 2, width: 100, priority: 0 },
        { id: 'd', x: 400, row: 1, width: 100, priority: 0 },
      ],
      1000,
    );
    expect([...shown.keys()].sort()).toEqual(['a', 'c', 'd']);
  });

  it('prefers the higher priority label and tries the alternative side', () => {
    const shown = layoutLabels(
      [
        { id: 'low', x: 10, row: 1, width: 100, priority: 0 },
        { id: 'high', x: 60, row: 1, width: 100, priority: 5, altX: 0 },
        { id: 'edge', x: 950, altX: 700, row: 2, width: 100, priority: 0 },
      ],
      1000,
    );
    expect(shown.has('low')).toBe(false);
    expect(shown.get('high')?.x).toBe(60);
    expect(shown.get('edge')?.x).toBe(700);
  });

  it('does not cover another mark in its row: moves to the other side or is dropped', () => {
    const shown = layoutLabels(
      [
        // A point at 100 whose label would run over a point at 160 and fits on its left.
        { id: 'p', x: 109, altX: 91 - 80, row: 1, width: 80, priority: 1 },
        // A point at 160 hemmed in by the point at 100 and a bar from 180.
        { id: 'q', x: 169, altX: 151 - 80, row: 1, width: 80, priority: 0 },
        // The bar's label starts on its own bar but would run into a point at 260.
        { id: 'bar', x: 182, row: 1, width: 100, priority: 0 },
      ],
      1000,
      [
        { row: 1, x0: 93, x1: 107, owner: 'p' },
        { row: 1, x0: 153, x1: 167, owner: 'q' },
        { row: 1, x0: 180, x1: 240, owner: 'bar' },
        { row: 1, x0: 253, x1: 267 },
      ],
    );
    expect(shown.get('p')?.x).toBe(11);
    expect(shown.has('q')).toBe(false);
    expect(shown.has('bar')).toBe(false);
  });

  it('lets a bar label sit over its own bar, and ignores marks in other rows', () => {
    const shown = layoutLabels(
      [
        { id: 'bar', x: 12, row: 1, width: 100, priority: 0 },
        { id: 'p', x: 509, altX: 411, row: 1, width: 80, priority: 0 },
      ],
      1000,
      [
        { row: 1, x0: 10, x1: 300, owner: 'bar' },
        { row: 1, x0: 493, x1: 507, owner: 'p' },
        // Marks right under both labels, one row further down.
        { row: 2, x0: 0, x1: 1000 },
        { row: 2, x0: 520, x1: 534, owner: 'x' },
      ],
    );
    expect(shown.get('bar')?.x).toBe(12);
    expect(shown.get('p')?.x).toBe(509);
  });

  it('checks many marks in a row against obstacles quickly and correctly', () => {
    // 3000 points 20 px apart in one row, each labelled 30 px wide: none fits beside them.
    const n = 3000;
    const cands = Array.from({ length: n }, (_, i) => ({
      id: `m${i}`,
      x: i * 20 + 9,
      altX: i * 20 - 9 - 30,
      row: 0,
      width: 30,
      priority: 0,
    }));
    const marks = cands.map((c, i) => ({ row: 0, x0: i * 20 - 7, x1: i * 20 + 7, owner: c.id }));
    // Speed is measured by `npm run bench`, not asserted here.
    const shown = layoutLabels(cands, n * 20 + 100, marks);
    expect(shown.size).toBe(1); // only the last one, on its free right-hand side
    expect(shown.get(`m${n - 1}`)?.x).toBe((n - 1) * 20 + 9);
  });
});

describe('scene and aggregation', () => {
  function many(n: number): Dataset {
    return dataset(
      Array.from({ length: n }, (_, i) => ({
        date: `2020-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        type: 'protest',
      })),
    );
  }

  it('draws marks one by one when they fit', () => {
    const cat = buildCatalog(smallDataset());
    const lanes = buildLanes(cat.events, 'type');
    const scene = buildScene(lanes, timeScale([D('2020-08-08'), D('2020-08-17')], 900));
    expect(scene.marks.map((m) => m.item.event.id).sort()).toEqual([
      'election',
      'protests',
      'release',
    ]);
    expect(scene.bins).toEqual([]);
  });

  it('aggregates a lane into counts when too dense, and keeps every event counted', () => {
    const cat = buildCatalog(many(2000));
    const lanes = buildLanes(cat.events, 'type');
    const scene = buildScene(lanes, timeScale([D('2020-01-01'), D('2021-01-01')], 600));
    const protest = scene.lanes.find((l) => l.lane.key === 'protest')!;
    expect(protest.aggregated).toBe(true);
    const counted = scene.bins
      .filter((b) => b.lane === scene.lanes.indexOf(protest))
      .reduce((s, b) => s + b.events.length, 0);
    // The small dataset's week of protests is a bar; the 2000 single days are binned.
    expect(counted).toBe(2000);
    expect(scene.marks.some((m) => m.item.event.id === 'protests')).toBe(true);
    // Periods in a lane that dense are drawn faint and unlabelled.
    expect(scene.marks.find((m) => m.item.event.id === 'protests')!.dense).toBe(true);
  });

  it('resolves to single marks when zoomed in', () => {
    const cat = buildCatalog(many(2000));
    const lanes = buildLanes(cat.events, 'type');
    const scene = buildScene(lanes, timeScale([D('2020-01-01'), D('2020-01-03')], 600));
    expect(scene.lanes.every((l) => !l.aggregated)).toBe(true);
    expect(scene.marks.length).toBeGreaterThan(0);
  });
});

describe('axis ticks', () => {
  it('labels years, months, days or hours by zoom level', () => {
    expect(axisTicks(timeScale([D('1994-01-01'), D('2021-01-01')], 1000)).unit).toBe('year');
    expect(axisTicks(timeScale([D('2020-01-01'), D('2021-01-01')], 1000)).unit).toBe('month');
    const days = axisTicks(timeScale([D('2020-08-08'), D('2020-08-17')], 1000));
    expect(days.unit).toBe('day');
    expect(days.ticks[0]!.label).toBe('8 Aug');
    expect(axisTicks(timeScale([D('2020-08-14'), D('2020-08-15')], 1000)).unit).toBe('hour');
    // Years before 1 are years BC (astronomical 0 is 1 BC, -400 is 401 BC).
    const bc = axisTicks(timeScale([Date.UTC(-600, 0, 1), Date.UTC(200, 0, 1)], 1000));
    expect(bc.ticks.map((t) => t.label)).toContain('401 BC');
    expect(bc.ticks.map((t) => t.label)).toContain('0200');
  });
});

describe('lane index', () => {
  it('finds exactly the items overlapping a window, short and long alike', async () => {
    const { itemsIn } = await import('./lanes');
    const d = smallDataset();
    d.events = [];
    const base = smallDataset().events[0]!;
    for (let i = 0; i < 300; i++) {
      const day = 1 + (i % 28);
      const month = 1 + (i % 12);
      const date =
        i % 10 === 0
          ? `2020-${String(month).padStart(2, '0')}`
          : i % 17 === 0
            ? '2019/..'
            : i % 13 === 0
              ? `2020-01-01/2020-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
              : `2020-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      d.events.push({ ...base, id: `e${i}`, date, type: 'protest' });
    }
    const lane = buildLanes(buildCatalog(d).events, 'type')[0]!;
    for (const [a, b] of [
      ['2020-03-01', '2020-03-10'],
      ['2019-06-01', '2019-07-01'],
      ['2020-01-01', '2021-01-01'],
      ['2020-12-30', '2021-03-01'],
    ] as const) {
      const t0 = D(a);
      const t1 = D(b);
      const found: string[] = [];
      itemsIn(lane, t0, t1, (it) => found.push(it.event.id));
      const expected = lane.items
        .filter((it) => it.event.date.end > t0 && it.event.date.start < t1)
        .map((it) => it.event.id);
      expect(found.sort()).toEqual(expected.sort());
    }
  });
});

describe('tick precision', () => {
  it('never ticks finer than the data’s days at the opening zoom', () => {
    // Nine days over 1,800 px would get 12-hour ticks from d3 alone.
    const w: [number, number] = [D('2020-08-08'), D('2020-08-17')];
    expect(axisTicks(timeScale(w, 1800)).unit).toBe('hour');
    const days = axisTicks(timeScale(w, 1800), undefined, 'day');
    expect(days.unit).toBe('day');
    expect(days.ticks.every((t) => t.t % 86_400_000 === 0)).toBe(true);
  });

  it('allows finer ticks once the reader zooms past the data’s precision', () => {
    const w: [number, number] = [D('2020-08-14'), D('2020-08-15')];
    expect(axisTicks(timeScale(w, 1000), undefined, 'day').unit).toBe('hour');
  });

  it('keeps month-precision data to months', () => {
    const w: [number, number] = [D('2020-01-01'), D('2020-07-01')];
    const ticks = axisTicks(timeScale(w, 1200), undefined, 'month');
    expect(ticks.unit).toBe('month');
  });
});
