import { describe, expect, it } from 'vitest';
import { RecentResults } from './recentResults';

const ix = (...n: number[]) => Uint32Array.from(n);

describe('RecentResults', () => {
  it('gives back the same array for the same indexes, and a new one for others', () => {
    const recent = new RecentResults<string>(2);
    const all = recent.get(ix(0, 1, 2), () => ['a', 'b', 'c']);
    const some = recent.get(ix(1), () => ['b']);
    expect(recent.get(ix(0, 1, 2), () => ['new'])).toBe(all);
    expect(recent.get(ix(1), () => ['new'])).toBe(some);
    expect(recent.get(ix(0, 2), () => ['a', 'c'])).toEqual(['a', 'c']);
  });

  it('forgets the least recently used beyond its size', () => {
    const recent = new RecentResults<number>(2);
    const first = recent.get(ix(1), () => [1]);
    recent.get(ix(2), () => [2]);
    recent.get(ix(3), () => [3]);
    expect(recent.get(ix(1), () => [1])).not.toBe(first);
  });
});
