import { describePrecision, formatEdtf } from '../model/formatEdtf';
import type { Hit } from './hitTest';
import { isDisputed } from '../model/otherReporting';

/** What the tooltip says about what is under the pointer. */
export function tooltipText(h: Hit): { title: string; lines: string[] } {
  if (h.kind === 'bin') {
    const n = h.bin.count;
    return { title: `${n} ${n === 1 ? 'event' : 'events'}`, lines: ['Click to zoom in'] };
  }
  const e = h.mark.item.event;
  const lines = [`${formatEdtf(e.date)} — ${e.type.label}`, describePrecision(e.date)];
  if (isDisputed(e.record)) lines.push('◆ Other reporting disagrees: see the details');
  return { title: e.record.title, lines };
}
