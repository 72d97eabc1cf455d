/**
 * Faint bars (periods in a lane too dense to read one by one) piled up per row
 * and colour, and painted as how many of them cover each pixel column: two
 * image strips a pile instead of four rectangles a bar. Zoomed out on 100,000
 * events that is thousands of bars on every frame of a zoom. The result is the
 * same as drawing them one by one, since n layers of one colour at alpha a are
 * one layer at alpha 1 - (1 - a)^n.
 */

/** How many of the spans (x0, x1 pairs, in px) cover each of `width` pixel columns. */
export function coverage(spans: readonly number[], width: number): Uint16Array {
  const diff = new Int32Array(width + 1);
  for (let i = 0; i + 1 < spans.length; i += 2) {
    const from = Math.max(0, Math.round(spans[i]!));
    const to = Math.min(width, Math.round(spans[i + 1]!));
    if (to <= from) continue;
    diff[from]!++;
    diff[to]!--;
  }
  const out = new Uint16Array(width);
  let n = 0;
  for (let x = 0; x < width; x++) out[x] = n += diff[x]!;
  return out;
}

/** The alpha of n layers of one colour at alpha `a`, as one layer. */
export const layered = (a: number, n: number): number => 1 - Math.pow(1 - a, n);

/** [r, g, b] of a "#rgb" or "#rrggbb" colour; null for any other form. */
export function rgbOf(colour: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour);
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

export interface Pile {
  /** Row centre in px. */
  y: number;
  rgb: [number, number, number];
  /** x0, x1 pairs. */
  spans: number[];
}

export interface PileStyle {
  /** Top of the bars relative to the row centre, and their height. */
  barTop: number;
  barH: number;
  /** Height of the strong line along each bar's base. */
  baseH: number;
  /** Alpha of one bar's tint and of its base line. */
  tint: number;
  base: number;
}

type Strip = { canvas: OffscreenCanvas; ctx: OffscreenCanvasRenderingContext2D };
let strip: Strip | null | undefined;

/** A scratch canvas the strips are drawn from; null where there is none (jsdom). */
function scratch(width: number, height: number): Strip | null {
  if (strip === undefined) {
    const canvas = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 2);
    const ctx = canvas?.getContext('2d') ?? null;
    strip = canvas && ctx ? { canvas, ctx } : null;
  }
  if (strip && strip.canvas.width < width) strip.canvas.width = width;
  if (strip && strip.canvas.height < height) strip.canvas.height = height;
  return strip;
}

/** Whether piles can be painted here; where not, the bars are drawn one by one. */
export const canPile = (): boolean => scratch(1, 2) !== null;

/**
 * Paints each pile: its tint over the bars' height, then its base line over
 * theirs. All piles' strips go into one image (two rows a pile), put once.
 */
export function paintPiles(
  ctx: CanvasRenderingContext2D,
  piles: readonly Pile[],
  width: number,
  style: PileStyle,
): void {
  const w = Math.max(1, Math.ceil(width));
  const h = piles.length * 2;
  const s = h > 0 ? scratch(w, h) : null;
  if (!s) return;
  const img = s.ctx.createImageData(w, h);
  const px = img.data;
  piles.forEach((pile, p) => {
    const counts = coverage(pile.spans, w);
    const [r, g, b] = pile.rgb;
    const tintRow = 2 * p * w * 4;
    const baseRow = (2 * p + 1) * w * 4;
    for (let x = 0; x < w; x++) {
      const n = counts[x]!;
      if (n === 0) continue;
      const o = tintRow + x * 4;
      const o2 = baseRow + x * 4;
      px[o] = px[o2] = r;
      px[o + 1] = px[o2 + 1] = g;
      px[o + 2] = px[o2 + 2] = b;
      px[o + 3] = Math.round(255 * layered(style.tint, n));
      px[o2 + 3] = Math.round(255 * layered(style.base, n));
    }
  });
  s.ctx.putImageData(img, 0, 0);
  const smoothing = ctx.imageSmoothingEnabled;
  ctx.imageSmoothingEnabled = false;
  piles.forEach((pile, p) => {
    const top = pile.y + style.barTop;
    ctx.drawImage(s.canvas, 0, 2 * p, w, 1, 0, top, w, style.barH);
    ctx.drawImage(s.canvas, 0, 2 * p + 1, w, 1, 0, top + style.barH - style.baseH, w, style.baseH);
  });
  ctx.imageSmoothingEnabled = smoothing;
}
