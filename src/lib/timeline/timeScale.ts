import type { Window } from '../model/window';

/** Window → pixels for one frame: built once and shared by every layer that draws it. */
export interface TimeScale {
  readonly view: Window;
  readonly width: number;
  /** Floating ms → px. */
  x(t: number): number;
  /** Px → floating ms. */
  invert(px: number): number;
}

export function timeScale(view: Window, width: number): TimeScale {
  const [v0, v1] = view;
  const k = width / (v1 - v0);
  return {
    view,
    width,
    x: (t) => (t - v0) * k,
    invert: (px) => v0 + px / k,
  };
}
