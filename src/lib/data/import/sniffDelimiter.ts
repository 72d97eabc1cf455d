import type { Delimiter } from '../parseCsv';

const CANDIDATES: Delimiter[] = [',', ';', '\t'];

/**
 * The delimiter of a CSV/TSV from its first line: whichever of comma,
 * semicolon and tab occurs most outside quotes (a spreadsheet in a language
 * that writes 1,5 for one and a half exports with semicolons). Comma on a tie.
 */
export function sniffDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c as Delimiter)) {
      counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
    }
  }
  let best: Delimiter = ',';
  for (const d of CANDIDATES) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}
