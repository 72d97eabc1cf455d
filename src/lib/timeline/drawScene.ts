import type { Scene } from './buildScene';
import { ROW_HEIGHT } from './buildScene';
import { solidPart } from './markGeometry';

export interface DrawStyle {
  /** Ids drawn emphasised (hovered elsewhere) or dimmed around (selected). */
  hovered: ReadonlySet<string>;
  selectedId: string | null;
  text: string;
  background: string;
}

const BAR_H = 8;

/** Paints marks and bins on a canvas already scaled for the device pixel ratio. */
export function drawScene(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  width: number,
  style: DrawStyle,
): void {
  ctx.clearRect(0, 0, width, scene.height);
  for (const m of scene.marks) {
    const { g } = m;
    const colour = m.item.event.type.colour;
    const hot = style.hovered.has(m.item.event.id);
    if (g.fuzzy.length > 0) {
      ctx.globalAlpha = 0.22;
      ctx.fillStyle = colour;
      for (const [a, b] of g.fuzzy) {
        ctx.fillRect(a, m.y - BAR_H / 2 - 2, Math.max(2, b - a), BAR_H + 4);
      }
      ctx.globalAlpha = 1;
    }
    ctx.fillStyle = colour;
    ctx.strokeStyle = colour;
    ctx.lineWidth = hot ? 3 : 1.5;
    ctx.setLineDash(g.uncertain ? [3, 2] : []);
    if (g.kind === 'bar') {
      const w = Math.max(2, g.x1 - g.x0);
      // Solid where the period surely is; its imprecise ends are only the faded spans.
      const solid: [number, number] | null = g.fuzzy.length > 0 ? solidPart(g) : [g.x0, g.x1];
      if (solid) {
        ctx.globalAlpha = m.dense && !hot ? 0.3 : 0.85;
        ctx.fillRect(solid[0], m.y - BAR_H / 2, Math.max(2, solid[1] - solid[0]), BAR_H);
        ctx.globalAlpha = 1;
      }
      if (hot || g.uncertain) ctx.strokeRect(g.x0, m.y - BAR_H / 2, w, BAR_H);
      if (g.openEnd) arrow(ctx, Math.min(g.x1, width) - 1, m.y, 1);
      if (g.openStart) arrow(ctx, Math.max(g.x0, 0) + 1, m.y, -1);
    } else {
      ctx.beginPath();
      ctx.arc(g.x0, m.y, hot ? 7 : 5.5, 0, Math.PI * 2);
      if (g.uncertain) {
        ctx.fillStyle = style.background;
        ctx.fill();
        ctx.stroke();
      } else {
        ctx.fill();
        if (hot) ctx.stroke();
      }
    }
  }
  ctx.setLineDash([]);
  const max = scene.bins.reduce((a, b) => Math.max(a, b.events.length), 1);
  ctx.font = '10px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const b of scene.bins) {
    const h = Math.max(3, (ROW_HEIGHT - 4) * Math.sqrt(b.events.length / max));
    ctx.fillStyle = b.colour;
    ctx.globalAlpha = 0.8;
    ctx.fillRect(b.x0 + 1, b.y + ROW_HEIGHT / 2 - 2 - h, b.x1 - b.x0 - 2, h);
    ctx.globalAlpha = 1;
  }
  // Counts above the bins, where there is room: canvas text, not DOM, since there may be hundreds.
  ctx.fillStyle = style.text;
  for (const b of scene.bins) {
    if (b.events.length > 1 && b.x1 - b.x0 >= 12) {
      ctx.fillText(String(b.events.length), (b.x0 + b.x1) / 2, b.y - ROW_HEIGHT / 2 + 6);
    }
  }
}

function arrow(ctx: CanvasRenderingContext2D, x: number, y: number, dir: 1 | -1): void {
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x - dir * 8, y - 7);
  ctx.lineTo(x - dir * 8, y + 7);
  ctx.closePath();
  ctx.fill();
}
