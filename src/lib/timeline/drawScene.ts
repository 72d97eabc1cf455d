import type { Scene, SceneMark } from './buildScene';
import { solidPart } from './markGeometry';
import { pointRadius } from './markSize';
import type { EventType } from '../model/eventTypes';
import { canPile, paintPiles, rgbOf, type Pile } from './faintPiles';

/** Alpha of a faint bar's tint and of its base line (see SceneMark.dense). */
const FAINT_TINT = 0.08;
const FAINT_BASE = 0.3;
const BASE_H = 2.5;

export interface DrawStyle {
  /** Ids drawn emphasised (hovered elsewhere). */
  hovered: ReadonlySet<string>;
  selectedId: string | null;
  text: string;
  background: string;
  /** The colour a type is drawn in, for the current colour scheme. */
  colour(type: EventType): string;
}

/** The part of the scene the canvas shows: the canvas is only as tall as what is on screen. */
export interface Band {
  top: number;
  height: number;
}

/**
 * Paints marks and bins of the rows inside `band` on a canvas already scaled
 * for the device pixel ratio; scene y is shifted up by band.top.
 */
export function drawScene(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  width: number,
  style: DrawStyle,
  band: Band = { top: 0, height: scene.height },
): void {
  ctx.clearRect(0, 0, width, band.height);
  const ROW = scene.rowHeight;
  const lo = band.top - ROW;
  const hi = band.top + band.height + ROW;
  ctx.save();
  ctx.translate(0, -band.top);
  // Plain faint bars first, as piles under everything else (see faintPiles).
  const piles = canPile() ? new Map<string, Map<number, Pile>>() : null;
  const rgbs = new Map<string, [number, number, number] | null>();
  const single: SceneMark[] = [];
  for (const m of scene.marks) {
    if (m.y < lo || m.y > hi) continue;
    if (!piles || !plainFaint(m, style)) {
      single.push(m);
      continue;
    }
    const colour = style.colour(m.item.event.type);
    let rgb = rgbs.get(colour);
    if (rgb === undefined) rgbs.set(colour, (rgb = rgbOf(colour)));
    if (!rgb) {
      single.push(m);
      continue;
    }
    let rows = piles.get(colour);
    if (!rows) piles.set(colour, (rows = new Map()));
    let pile = rows.get(m.y);
    if (!pile) rows.set(m.y, (pile = { y: m.y, rgb, spans: [] }));
    pile.spans.push(m.g.x0, m.g.x0 + Math.max(2, m.g.x1 - m.g.x0));
  }
  if (piles && piles.size > 0) {
    const barH = scene.barHeight;
    paintPiles(
      ctx,
      [...piles.values()].flatMap((rows) => [...rows.values()]),
      width,
      {
        barTop: -barH / 2,
        barH,
        baseH: BASE_H,
        tint: FAINT_TINT,
        base: FAINT_BASE,
      },
    );
  }
  for (const m of single) {
    drawMark(ctx, m, width, style, scene.barHeight);
    if (m.disputed) {
      const at = disputedBadgeAt(m, scene.barHeight);
      disputedBadge(ctx, at.x, at.y, style);
    }
  }
  ctx.setLineDash([]);
  const bins = scene.bins.filter((b) => b.y >= lo && b.y <= hi);
  const max = bins.reduce((a, b) => Math.max(a, b.count), 1);
  ctx.font = '10px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const b of bins) {
    const h = Math.max(3, (ROW - 4) * Math.sqrt(b.count / max));
    ctx.fillStyle = style.colour(b.first.type);
    ctx.globalAlpha = 0.8;
    ctx.fillRect(b.x0 + 1, b.y + ROW / 2 - 2 - h, b.x1 - b.x0 - 2, h);
    ctx.globalAlpha = 1;
  }
  // Counts above the bins, where there is room: canvas text, not DOM, since there may be hundreds.
  // A count wider than its bin is left out where it would run into the one before it.
  ctx.fillStyle = style.text;
  const clearFrom = new Map<number, number>();
  // Hundreds of bins share a few hundred counts: each measured once a draw.
  const halves = new Map<string, number>();
  for (const b of bins) {
    if (b.count <= 1 || b.x1 - b.x0 < 12) continue;
    const text = String(b.count);
    let half = halves.get(text);
    if (half === undefined) halves.set(text, (half = ctx.measureText(text).width / 2));
    const cx = (b.x0 + b.x1) / 2;
    if (cx - half < (clearFrom.get(b.y) ?? -Infinity)) continue;
    ctx.fillText(text, cx, b.y - ROW / 2 + 6);
    clearFrom.set(b.y, cx + half + 3);
  }
  ctx.restore();
}

/** A faint bar with nothing of its own to show (no fuzzy ends, badge, outline or arrow). */
function plainFaint(m: SceneMark, style: DrawStyle): boolean {
  const { g } = m;
  return (
    m.dense === true &&
    g.kind === 'bar' &&
    g.fuzzy.length === 0 &&
    !g.uncertain &&
    !g.openStart &&
    !g.openEnd &&
    !m.key &&
    !m.disputed &&
    (style.hovered.size === 0 || !style.hovered.has(m.item.event.id))
  );
}

function drawMark(
  ctx: CanvasRenderingContext2D,
  m: SceneMark,
  width: number,
  style: DrawStyle,
  barH: number,
): void {
  const { g } = m;
  const colour = style.colour(m.item.event.type);
  const hot = style.hovered.has(m.item.event.id);
  ctx.fillStyle = colour;
  ctx.strokeStyle = colour;
  ctx.setLineDash(g.uncertain ? [3, 2] : []);
  if (g.kind === 'bar') {
    const top = m.y - barH / 2;
    const faint = m.dense && !hot;
    // The whole period a tint with a strong base line; imprecise ends fainter still.
    for (const [a, b] of g.fuzzy) {
      ctx.globalAlpha = faint ? 0.05 : 0.1;
      ctx.fillRect(a, top, Math.max(2, b - a), barH);
      ctx.globalAlpha = faint ? 0.15 : 0.35;
      ctx.fillRect(a, top + barH - BASE_H, Math.max(2, b - a), BASE_H);
    }
    const solid: [number, number] | null = g.fuzzy.length > 0 ? solidPart(g) : [g.x0, g.x1];
    if (solid) {
      const w = Math.max(2, solid[1] - solid[0]);
      ctx.globalAlpha = faint ? FAINT_TINT : m.key ? 0.32 : 0.22;
      ctx.fillRect(solid[0], top, w, barH);
      ctx.globalAlpha = faint ? FAINT_BASE : 1;
      ctx.fillRect(solid[0], top + barH - BASE_H, w, BASE_H);
    }
    ctx.globalAlpha = 1;
    if (hot || g.uncertain || m.key) {
      ctx.lineWidth = hot || m.key ? 2 : 1.25;
      ctx.strokeRect(g.x0, top, Math.max(2, g.x1 - g.x0), barH);
    }
    if (g.openEnd) arrow(ctx, Math.min(g.x1, width) - 1, m.y, 1);
    if (g.openStart) arrow(ctx, Math.max(g.x0, 0) + 1, m.y, -1);
    return;
  }
  for (const [a, b] of g.fuzzy) {
    ctx.globalAlpha = 0.22;
    ctx.fillRect(a, m.y - 6, Math.max(2, b - a), 12);
  }
  ctx.globalAlpha = 1;
  const r = pointRadius(m.key) + (hot ? 1.5 : 0);
  ctx.beginPath();
  ctx.arc(g.x0, m.y, r, 0, Math.PI * 2);
  if (g.uncertain) {
    // A hedged date: a lighter fill inside a dashed ring, still as visible as any other mark.
    ctx.globalAlpha = 0.45;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 2;
    ctx.stroke();
  } else {
    ctx.fill();
  }
  if (m.key || hot) {
    ctx.setLineDash([]);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = style.text;
    ctx.beginPath();
    ctx.arc(g.x0, m.y, r + 2.5, 0, Math.PI * 2);
    ctx.stroke();
  }
}

/** Half the diagonal of the diamond that marks an event other reporting contradicts. */
export const BADGE_SIZE = 4;

/**
 * Where that diamond sits: on the upper right of a dot, on the upper left
 * corner of a bar (its title is written inside, after it), within the row.
 */
export function disputedBadgeAt(m: SceneMark, barH: number): { x: number; y: number } {
  const { g } = m;
  if (g.kind === 'bar') return { x: Math.max(g.x0, 0) + BADGE_SIZE + 1, y: m.y - barH / 2 + 1 };
  const r = pointRadius(m.key) * 0.75;
  return { x: g.x0 + r + 1, y: m.y - r - 1 };
}

/**
 * A small diamond in the text colour with a rim of the background, so it
 * reads on any mark and any lane colour; the legend explains it.
 */
export function disputedBadge(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  style: Pick<DrawStyle, 'text' | 'background'>,
): void {
  ctx.save();
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  ctx.beginPath();
  ctx.moveTo(x, y - BADGE_SIZE);
  ctx.lineTo(x + BADGE_SIZE, y);
  ctx.lineTo(x, y + BADGE_SIZE);
  ctx.lineTo(x - BADGE_SIZE, y);
  ctx.closePath();
  ctx.lineWidth = 2;
  ctx.strokeStyle = style.background;
  ctx.stroke();
  ctx.fillStyle = style.text;
  ctx.fill();
  ctx.restore();
}

function arrow(ctx: CanvasRenderingContext2D, x: number, y: number, dir: 1 | -1): void {
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x - dir * 8, y - 7);
  ctx.lineTo(x - dir * 8, y + 7);
  ctx.closePath();
  ctx.fill();
}
