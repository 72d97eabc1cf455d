// @vitest-environment node
/**
 * The benchmark's arithmetic and its comparison table (tests/bench): what the
 * lead reads to prove an optimisation must be computed right.
 */
import { describe, it, expect } from 'vitest';
import { stats, quantiles, type Results } from '../bench/figures';
import { comparison, summary } from '../bench/reporter';

const machine: Results['machine'] = {
  date: '2026-01-02T03:04:05.000Z',
  cores: 2,
  cpu: 'Test CPU',
  memoryGB: 8,
  os: 'linux',
  node: 'v20',
  chromium: '150',
  loadAverage: [0, 0],
};

describe('benchmark statistics', () => {
  it('takes nearest-rank quantiles: every figure is a time that happened', () => {
    const xs = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(stats(xs)).toEqual({ n: 20, median: 10, p95: 19, max: 20 });
    expect(stats([7])).toEqual({ n: 1, median: 7, p95: 7, max: 7 });
    expect(stats([3, 1, 2])).toMatchObject({ median: 2, p95: 3 });
  });

  it('names p50 and p95 figures after the suite, size and input', () => {
    expect(quantiles('filters/10000', 'search', [10, 20, 30])).toEqual([
      { key: 'filters/10000/search.p50', value: 20, unit: 'ms' },
      { key: 'filters/10000/search.p95', value: 30, unit: 'ms' },
    ]);
  });
});

describe('benchmark report', () => {
  const before: Results = {
    machine,
    figures: { 'load/10000/ready': { value: 1000, unit: 'ms' } },
  };

  it('shows each figure beside the committed one, with the difference and its share', () => {
    const text = comparison(
      [
        { key: 'load/10000/ready', value: 750, unit: 'ms' },
        { key: 'load/10000/heap', value: 21.5, unit: 'MB' },
      ],
      before,
    );
    const [head, ready, heap] = text.split('\n');
    expect(head).toMatch(/figure\s+now\s+before\s+Δ\s+Δ %/);
    expect(ready).toMatch(/load · 10,000 ev · ready .*750 ms\s+1,000 ms\s+-250 ms\s+-25%$/);
    expect(heap).toMatch(/JS heap .*21\.5 MB\s+—\s*$/);
  });

  it('writes README tables with the article first and sizes in order', () => {
    const md = summary({
      machine,
      figures: {
        'load/100000/ready': { value: 3874, unit: 'ms' },
        'load/article/ready': { value: 380, unit: 'ms' },
        'load/100/ready': { value: 390, unit: 'ms' },
        'load/problems-60000/ready': { value: 820, unit: 'ms' },
      },
    });
    expect(md).not.toMatch(/NaN|problems/);
    const rows = md.split('\n').filter((l) => /^\| (article|\d)/.test(l));
    expect(rows.map((r) => r.split('|')[1]!.trim())).toEqual(['article', '100', '100,000']);
    expect(rows[2]).toContain('3,874 ms');
    expect(md).toContain('2026-01-02, 2 cores (Test CPU), Chromium 150');
  });
});
