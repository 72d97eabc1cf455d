import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../model/catalog';
import { smallDataset } from '../model/testing/smallDataset';
import type { EventRecord } from '../model/types';
import { bulkSpan, overviewDomain } from './overviewDomain';
import { sortedAnchorTimes } from '../model/anchorTimes';

const D = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

function events(dates: string[]) {
  const d = smallDataset();
  d.events = dates.map((date, i) => ({ ...d.events[0]!, id: `e${i}`, date }) as EventRecord);
  return buildCatalog(d).events;
}

describe('overview domain', () => {
  it('leaves a lone early outlier out of the bulk', () => {
    const ev = events([
      '1994/..',
      '2020-08-01/2020-08-14',
      '2020-08-09',
      '2020-08-12',
      '2020-08-15',
    ]);
    expect(bulkSpan(sortedAnchorTimes(ev))).toEqual([D(2020, 8, 1), D(2020, 8, 15)]);
  });

  it('keeps evenly spread events whole', () => {
    const ev = events(['2020-01-01', '2020-04-01', '2020-07-01', '2020-10-01']);
    expect(bulkSpan(sortedAnchorTimes(ev))).toEqual([D(2020, 1, 1), D(2020, 10, 1)]);
  });

  it('spans the bulk and the window, or everything without a window', () => {
    const bulk: [number, number] = [D(2020, 8, 1), D(2020, 8, 15)];
    const extent: [number, number] = [D(1993, 1, 1), D(2021, 1, 1)];
    const d = overviewDomain(bulk, [D(2020, 8, 8), D(2020, 8, 20)], extent)!;
    expect(d[0]).toBeLessThan(D(2020, 8, 1));
    expect(d[1]).toBeGreaterThan(D(2020, 8, 20));
    expect(d[1] - d[0]).toBeLessThan(25 * 86_400_000);
    expect(overviewDomain(bulk, null, extent)).toEqual(extent);
  });
});
