import { FIGURE_QUALIFIERS, type Figure, type FigureQualifier } from '../../model/types';

/** Qualifiers written without a number ("hundreds of people"), and the value each stands for. */
const WORDS_ONLY: Partial<Record<FigureQualifier, number>> = {
  'hundreds of': 100,
  'thousands of': 1000,
  several: 3,
};

// Longest first, so "at least" is not read as "at" + something.
const PREFIXES = FIGURE_QUALIFIERS.filter((q) => q !== 'exact').sort((a, b) => b.length - a.length);

/**
 * A figure read back from the words formatFigure writes: "at least 6,000
 * protesters detained", "2 killed", "hundreds of people released" (100, the
 * lower bound, as the format says; "several" stands for 3). Null when the
 * text is not such a figure.
 */
export function parseFigure(text: string): Figure | null {
  const t = text.trim();
  let qualifier: FigureQualifier = 'exact';
  let rest = t;
  for (const q of PREFIXES) {
    if (t.toLowerCase().startsWith(`${q} `)) {
      qualifier = q;
      rest = t.slice(q.length + 1).trim();
      break;
    }
  }
  const words = WORDS_ONLY[qualifier];
  if (words !== undefined) return rest === '' ? null : { value: words, unit: rest, qualifier };
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)? (.+)$/.exec(rest);
  if (!m) return null;
  const value = Number(`${m[1]!.replaceAll(',', '')}${m[2] ?? ''}`);
  return Number.isFinite(value) ? { value, unit: m[3]!.trim(), qualifier } : null;
}
