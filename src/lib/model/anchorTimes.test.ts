import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog';
import { smallDataset } from './testing/smallDataset';
import { anchorTime, sortedAnchorTimes } from './anchorTimes';

describe('anchor times', () => {
  const d = smallDataset();
  d.events[0]!.date = '../2020-08-01';
  d.events[1]!.date = '2020-08-20/..';
  const events = buildCatalog(d).events;

  it('takes the start, or the end when the start is open', () => {
    const open = events.find((e) => e.record.date === '../2020-08-01')!;
    expect(anchorTime(open)).toBe(Date.UTC(2020, 7, 2));
    const later = events.find((e) => e.record.date === '2020-08-20/..')!;
    expect(anchorTime(later)).toBe(Date.UTC(2020, 7, 20));
  });

  it('sorts them ascending, one per event with a finite anchor', () => {
    const t = [...sortedAnchorTimes(events)];
    expect(t).toHaveLength(events.length);
    expect(t).toEqual([...t].sort((a, b) => a - b));
    expect(t[0]).toBe(Date.UTC(2020, 7, 2));
  });
});
