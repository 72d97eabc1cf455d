import { describe, expect, it, vi } from 'vitest';
import { memoOn } from './memoOn';

describe('memoOn', () => {
  it('computes once per key object and arguments, by identity', () => {
    const compute = vi.fn((list: number[], k: number) => list.map((x) => x * k));
    const memo = memoOn(compute);
    const a = [1, 2];
    const first = memo(a, 2);
    expect(memo(a, 2)).toBe(first);
    expect(memo([1, 2], 2)).not.toBe(first);
    expect(memo(a, 3)).toEqual([3, 6]);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('forgets the oldest results of a key beyond its size', () => {
    const compute = vi.fn((o: object, n: number) => ({ o, n }));
    const memo = memoOn(compute, 2);
    const key = {};
    const one = memo(key, 1);
    memo(key, 2);
    memo(key, 3);
    expect(memo(key, 1)).not.toBe(one);
  });
});

describe('memoOn peek', () => {
  it('gives a cached result without computing one', () => {
    const compute = vi.fn((list: number[], k: number) => list.map((x) => x * k));
    const memo = memoOn(compute);
    const a = [1];
    expect(memo.peek(a, 2)).toBeUndefined();
    expect(compute).not.toHaveBeenCalled();
    const r = memo(a, 2);
    expect(memo.peek(a, 2)).toBe(r);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
