/**
 * The overview's density bars as one SVG path (one element, not one per
 * bin: a filter change then rewrites one attribute). Bin i spans
 * `width / bins.length` px, less a 1 px gap; its height grows with the square
 * root of its count, so a few events stay visible beside many; an empty bin
 * draws nothing.
 */
export function densityPath(bins: readonly number[], width: number, height: number): string {
  if (bins.length === 0 || width <= 0) return '';
  const max = bins.reduce((a, b) => Math.max(a, b), 1);
  const w = width / bins.length;
  const bar = Math.max(1, w - 1);
  let d = '';
  bins.forEach((n, i) => {
    if (n <= 0) return;
    const h = Math.max(2, (height - 4) * Math.sqrt(n / max));
    d += `M${round(i * w)} ${round(height - h)}h${round(bar)}v${round(h)}h${round(-bar)}z`;
  });
  return d;
}

const round = (v: number) => Math.round(v * 100) / 100;
