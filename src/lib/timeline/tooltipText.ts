import { describePrecision, formatEdtf } from '../model/formatEdtf';
import type { Hit } from './hitTest';

/** What the tooltip says about what is under the pointer. */
export function tooltipText(h: Hit): { title: string; lines: string[] } {
  if (h.kind === 'bin') {
    const n = h.bin.events.length;
    return { title: `${n} ${n === 1 ? 'event' : 'events'}`, lines: ['Click to zoom in'] };
  }
  const e = h.mark.item.event;
  return {
    title: e.record.title,
    lines: [`${formatEdtf(e.date)} — ${e.type.label}`, describePrecision(e.date)],
  };
}
