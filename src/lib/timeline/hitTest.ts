import { quadtree, type Quadtree } from 'd3-quadtree';
import type { Scene, SceneBin, SceneMark } from './buildScene';

export type Hit = { kind: 'mark'; mark: SceneMark } | { kind: 'bin'; bin: SceneBin };

export interface HitIndex {
  find(px: number, py: number): Hit | null;
}

const POINT_RADIUS = 9;

/**
 * Finds what is under the pointer: the nearest point mark (a quadtree of
 * centres), else a bar or bin whose box contains it.
 */
export function buildHitIndex(scene: Scene): HitIndex {
  const points: Quadtree<SceneMark> = quadtree<SceneMark>()
    .x((m) => m.g.x0)
    .y((m) => m.y)
    .addAll(scene.marks.filter((m) => m.g.kind === 'point'));
  const bars = scene.marks.filter((m) => m.g.kind === 'bar');
  const half = scene.rowHeight / 2;
  return {
    find(px, py) {
      const p = points.find(px, py, POINT_RADIUS);
      if (p) return { kind: 'mark', mark: p };
      const bin = scene.bins.find((b) => px >= b.x0 && px < b.x1 && Math.abs(py - b.y) <= half);
      if (bin) return { kind: 'bin', bin };
      // Later (narrower, drawn on top) bars win.
      for (let i = bars.length - 1; i >= 0; i--) {
        const m = bars[i]!;
        if (px >= m.g.x0 - 3 && px <= m.g.x1 + 3 && Math.abs(py - m.y) <= half - 3)
          return { kind: 'mark', mark: m };
      }
      return null;
    },
  };
}
