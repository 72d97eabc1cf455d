import { describe, expect, it } from 'vitest';
import { densityPath } from './densityPath';

/** The rectangles a path of `M x y h w v h h -w z` pieces draws. */
function rects(d: string) {
  return [...d.matchAll(/M([\d.-]+) ([\d.-]+)h([\d.-]+)v([\d.-]+)h([\d.-]+)z/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    w: Number(m[3]),
    h: Number(m[4]),
  }));
}

describe('densityPath', () => {
  it('draws one bar per non-empty bin, the fullest one the full height', () => {
    const r = rects(densityPath([4, 0, 1], 30, 36));
    expect(r).toEqual([
      { x: 0, y: 4, w: 9, h: 32 },
      { x: 20, y: 20, w: 9, h: 16 },
    ]);
  });

  it('keeps a lone event visible beside thousands, and draws nothing without room', () => {
    const r = rects(densityPath([10_000, 1], 20, 36));
    expect(r[1]!.h).toBeGreaterThanOrEqual(2);
    expect(densityPath([], 20, 36)).toBe('');
    expect(densityPath([3], 0, 36)).toBe('');
  });
});
