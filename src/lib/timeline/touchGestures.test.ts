import { describe, expect, it } from 'vitest';
import { panWindow, pinchWindow } from './touchGestures';

describe('touch gestures', () => {
  const start: [number, number] = [0, 1000];

  it('keeps the times under both fingers under them as they spread', () => {
    // Fingers at 200 and 400 px of a 1000 px plot (t = 200, 400) move to 100 and 500.
    const w = pinchWindow(start, 1000, [200, 400], [100, 500])!;
    const at = (px: number) => w[0] + (px / 1000) * (w[1] - w[0]);
    expect(at(100)).toBeCloseTo(200);
    expect(at(500)).toBeCloseTo(400);
    expect(w[1] - w[0]).toBeCloseTo(500);
  });

  it('pans with two fingers moving together', () => {
    const w = pinchWindow(start, 1000, [200, 400], [300, 500])!;
    expect(w[0]).toBeCloseTo(-100);
    expect(w[1]).toBeCloseTo(900);
  });

  it('refuses a degenerate pinch (fingers together or crossed)', () => {
    expect(pinchWindow(start, 1000, [200, 200], [100, 500])).toBeNull();
    expect(pinchWindow(start, 1000, [200, 400], [500, 100])).toBeNull();
  });

  it('pans by the drag’s share of the width', () => {
    expect(panWindow(start, 500, 50)).toEqual([-100, 900]);
  });
});
