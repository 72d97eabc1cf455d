import type { Figure } from './types';
import { formatCount } from './formatCount';

/** "at least 6,000 protesters detained", "hundreds of people released", "32 mercenaries returned". */
export function formatFigure(f: Figure): string {
  const n = formatCount(f.value);
  switch (f.qualifier) {
    case 'exact':
      return `${n} ${f.unit}`;
    case 'hundreds of':
    case 'thousands of':
    case 'several':
      return `${f.qualifier} ${f.unit}`;
    default:
      return `${f.qualifier} ${n} ${f.unit}`;
  }
}
