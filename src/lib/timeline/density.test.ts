import { describe, expect, it } from 'vitest';
import { density, outside } from './density';

const sorted = (xs: number[]) => new Float64Array(xs).sort();

describe('overview density', () => {
  const times = sorted([0, 1, 1, 2.5, 3, 9.99, 10, 11, -1]);

  it('counts each time in its slice of the window, the end excluded', () => {
    expect(density(times, [0, 10], 4)).toEqual([3, 2, 0, 1]);
    expect(density(times, [0, 10], 4).reduce((a, b) => a + b)).toBe(
      times.length - outside(times, [0, 10]).before - 2,
    );
  });

  it('matches a count by slice index on random times', () => {
    const xs = Array.from({ length: 500 }, (_, i) => ((i * 7919) % 1000) / 3);
    const w: [number, number] = [50, 280];
    const n = 23;
    const naive = new Array<number>(n).fill(0);
    for (const t of xs) {
      const i = Math.floor(((t - w[0]) / (w[1] - w[0])) * n);
      if (i >= 0 && i < n) naive[i]! += 1;
    }
    expect(density(sorted(xs), w, n)).toEqual(naive);
  });

  it('counts the times before and after the window; its ends are inside', () => {
    expect(outside(times, [1, 10])).toEqual({ before: 2, after: 1 });
    expect(outside(new Float64Array(), [0, 1])).toEqual({ before: 0, after: 0 });
  });

  it('is empty for an empty window', () => {
    expect(density(times, [5, 5], 3)).toEqual([0, 0, 0]);
  });
});
