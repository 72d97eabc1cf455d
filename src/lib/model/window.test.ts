import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog';
import { smallDataset } from './testing/smallDataset';
import {
  clampWindow,
  defaultWindow,
  MIN_SPAN,
  storyWindow,
  windowLimits,
  zoomAbout,
  type Window,
} from './window';

const DAY = 86_400_000;
const D = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('window limits', () => {
  const extent: Window = [D(2020, 8, 1), D(2020, 8, 31)];
  const limits = windowLimits(extent);

  it('stops zooming out at twice the extent, however often − is pressed', () => {
    let w: Window = [D(2020, 8, 9), D(2020, 8, 16)];
    for (let i = 0; i < 200; i++) w = clampWindow(zoomAbout(w, 0.5), limits);
    expect(w[1] - w[0]).toBeCloseTo(2 * (extent[1] - extent[0]));
    expect(new Date(w[0]).getUTCFullYear()).toBe(2020);
    expect(Number.isFinite(w[0]) && Number.isFinite(w[1])).toBe(true);
  });

  it('stops zooming in at the minimum span', () => {
    let w: Window = [D(2020, 8, 9), D(2020, 8, 16)];
    for (let i = 0; i < 200; i++) w = clampWindow(zoomAbout(w, 2), limits);
    expect(w[1] - w[0]).toBe(MIN_SPAN);
  });

  it('keeps a window from panning away from the data for good', () => {
    const far = clampWindow([D(1900, 1, 1), D(1900, 1, 8)], limits);
    expect(far[1] - far[0]).toBe(7 * DAY);
    expect(far[0]).toBeGreaterThanOrEqual(limits.lo);
    const late = clampWindow([D(2999, 1, 1), D(2999, 1, 8)], limits);
    expect(late[1]).toBeLessThanOrEqual(limits.hi);
  });

  it('turns nonsense into a reachable window instead of passing it on', () => {
    for (const bad of [
      [NaN, 1],
      [0, Infinity],
      [5, 5],
      [9, 1],
    ] as Window[]) {
      const w = clampWindow(bad, limits);
      expect(Number.isFinite(w[0]) && Number.isFinite(w[1]) && w[1] > w[0]).toBe(true);
    }
  });
});

describe('story framing', () => {
  const d = smallDataset();
  d.events.push({ ...d.events[0]!, id: 'rule', date: '1994/..', type: 'politics' });
  d.events.push({ ...d.events[0]!, id: 'lone', date: '2019-03-02', type: 'politics' });
  const catalog = buildCatalog(d);
  const opening = defaultWindow(catalog.events, 0.8, catalog.published?.end)!;
  const frame = (id: string) =>
    storyWindow(catalog.byId.get(id)!, opening, catalog.published?.end)!;

  it('holds the opening window still for the week’s events', () => {
    expect(frame('election')).toEqual(opening);
  });

  it('shows an outlier with the week it leads to, never an empty week of its own', () => {
    const rule = frame('rule');
    expect(rule[0]).toBeLessThan(D(1994, 1, 1));
    expect(rule[1]).toBeGreaterThanOrEqual(opening[1]);
    const lone = frame('lone');
    expect(lone[0]).toBeLessThan(D(2019, 3, 2));
    expect(lone[1]).toBeGreaterThanOrEqual(opening[1]);
  });
});
