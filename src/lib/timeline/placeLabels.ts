import type { Scene, SceneMark } from './buildScene';
import { labelWidth, layoutLabels, type LabelCandidate, type LabelObstacle } from './layoutLabels';
import { pointRadius } from './markSize';

/** A label as drawn: text at a baseline, and a leader line when it sits away from its mark. */
export interface PlacedLabel {
  /** Unique per lane and event (an event may be drawn in several actor lanes). */
  id: string;
  eventId: string;
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  key: boolean;
  selected: boolean;
  /** Starts inside its own bar, whose tint is its background: no halo. */
  onBar: boolean;
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  /** Centre of the mark labelled (for tests and hit areas). */
  markX: number;
  markY: number;
}

/** Beyond this many candidates labels only go beside their marks: leaders are for sparse views. */
const LEADER_LIMIT = 80;
const LEADER_SLIDE = 240;

/** The text cut with "…" to at most `width` px: a key event's title on a narrow screen. */
function fitText(text: string, key: boolean, width: number): string {
  if (labelWidth(text, key) <= width) return text;
  let n = text.length;
  while (n > 1 && labelWidth(`${text.slice(0, n).trimEnd()}…`, key) > width) n--;
  return `${text.slice(0, n).trimEnd()}…`;
}

/**
 * Chooses where each mark's title goes: beside a point (right, else left), or
 * inside a period's bar; the selected and key events first and always; in a
 * sparse view, a label with no room beside its mark moves to another row of
 * its lane or along its row, joined by a leader. Nothing overlaps another
 * label; only key labels may, as a last resort, cover a mark.
 */
export function placeLabels(scene: Scene, width: number, selectedId: string | null): PlacedLabel[] {
  const marks = scene.marks.filter((m) => !m.dense || m.item.event.id === selectedId);
  const leaders = marks.length <= LEADER_LIMIT;
  const rowsOf = (m: SceneMark): number[] => {
    const box = scene.lanes[m.lane];
    if (!box) return [];
    const ys: number[] = [];
    for (let r = 0; r < box.lane.rows; r++) {
      const y = Math.round(box.top + scene.header + r * scene.rowHeight + scene.rowHeight / 2);
      if (y !== Math.round(m.y)) ys.push(y);
    }
    return ys.sort((a, b) => Math.abs(a - m.y) - Math.abs(b - m.y));
  };
  const byId = new Map<string, SceneMark>();
  const texts = new Map<string, string>();
  const cands: LabelCandidate[] = marks.map((m) => {
    const event = m.item.event;
    const id = `${m.lane}:${event.id}`;
    byId.set(id, m);
    const bar = m.g.kind === 'bar';
    const r = pointRadius(m.key);
    const selected = event.id === selectedId;
    // What must show is cut to fit beside its mark on a narrow plot rather than dropped.
    const room = Math.max(60, bar ? width - 10 : Math.max(m.g.x0 - r - 4, width - m.g.x0 - r - 4));
    const text = m.key || selected ? fitText(event.record.title, m.key, room) : event.record.title;
    texts.set(id, text);
    const w = labelWidth(text, m.key);
    return {
      id,
      x: bar ? Math.max(m.g.x0, 0) + 5 : m.g.x0 + r + 4,
      // Near the right edge a bar's title ends on the bar's end instead.
      altX: bar ? Math.min(m.g.x1, width) - 5 - w : m.g.x0 - r - 4 - w,
      row: Math.round(m.y),
      width: w,
      priority: (selected ? 1000 : 0) + (m.key ? 500 : 0) + (bar ? 0 : 10) - event.index / 1e6,
      // A point's title may move away with a leader; a bar's only along its own bar.
      altRows: !bar && (leaders || m.key || selected) ? rowsOf(m) : undefined,
      slide: bar ? 0 : leaders || m.key || selected ? LEADER_SLIDE : 0,
      slideTo: bar ? ([Math.max(m.g.x0, 0) + 5, Math.min(m.g.x1, width) - 20] as const) : undefined,
      must: m.key || selected,
    };
  });
  if (cands.length === 0) return [];
  // Labels must not cover other marks (or counts) in their row, nor a point its own mark; a
  // bar's title sits on its own bar. Only rows a label may take matter: zoomed out, thousands
  // of faint marks share rows with no label at all, and this runs on every frame of a zoom.
  const rows = new Set<number>();
  for (const c of cands) {
    rows.add(c.row);
    for (const r of c.altRows ?? []) rows.add(r);
  }
  const obstacles: LabelObstacle[] = [];
  for (const m of scene.marks) {
    const row = Math.round(m.y);
    if (!rows.has(row)) continue;
    const r = pointRadius(m.key) + 2;
    const bar = m.g.kind === 'bar';
    obstacles.push({
      row,
      x0: bar ? m.g.x0 : m.g.x0 - r,
      x1: bar ? m.g.x1 : m.g.x0 + r,
      owner: bar ? `${m.lane}:${m.item.event.id}` : undefined,
    });
  }
  for (const b of scene.bins) {
    const row = Math.round(b.y);
    if (rows.has(row)) obstacles.push({ row, x0: b.x0, x1: b.x1 });
  }
  const shown = layoutLabels(cands, width, obstacles);
  return cands.flatMap((c) => {
    const at = shown.get(c.id);
    const m = byId.get(c.id);
    if (!at || !m) return [];
    const event = m.item.event;
    const bar = m.g.kind === 'bar';
    const markX = bar ? (Math.max(m.g.x0, 0) + Math.min(m.g.x1, width)) / 2 : m.g.x0;
    const onBar = bar && !at.leader && at.x >= m.g.x0 && at.x < m.g.x1;
    return [
      {
        id: c.id,
        eventId: event.id,
        text: texts.get(c.id) ?? event.record.title,
        x: at.x,
        y: at.row + (bar && !at.leader ? scene.barHeight / 2 - 3 : 4),
        key: m.key,
        selected: event.id === selectedId,
        onBar,
        leader: at.leader ? leaderLine(m, at.x, at.row, c.width) : null,
        markX,
        markY: m.y,
      },
    ];
  });
}

/**
 * From the edge of the mark to the nearest point of the label, at the label's
 * middle: straight up or down when the label spans the mark, else to its near end.
 */
function leaderLine(
  m: SceneMark,
  x: number,
  row: number,
  width: number,
): { x1: number; y1: number; x2: number; y2: number } {
  const cx = m.g.kind === 'point' ? m.g.x0 : Math.max(m.g.x0, 0) + 4;
  const x2 = cx < x ? x - 2 : cx > x + width ? x + width + 2 : cx;
  const r = m.g.kind === 'point' ? pointRadius(m.key) : 0;
  const dx = x2 - cx;
  const dy = row - m.y;
  const len = Math.hypot(dx, dy) || 1;
  // Straight up or down, stop at the text's edge rather than run into it.
  const y2 = x2 === cx && dy !== 0 ? (dy < 0 ? row + 5 : row - 9) : row;
  return { x1: cx + (dx / len) * r, y1: m.y + (dy / len) * r, x2, y2 };
}
