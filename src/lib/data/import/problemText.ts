import { formatCount } from '../../model/formatCount';
import type { ImportFormat, ImportProblem } from './types';

/** Where a problem is, in the file's terms: "Row 4 (line 5), date" or "Record 3, events[2].date". */
export function problemPlace(p: ImportProblem, format: ImportFormat | null): string {
  const parts: string[] = [];
  const json = format === 'eventmap-json' || format === 'timelinejs-json';
  if (p.row !== undefined) {
    const line = p.line !== undefined && p.line !== p.row ? ` (line ${p.line})` : '';
    parts.push(`${json ? 'Record' : 'Row'} ${p.row}${line}`);
  } else if (p.line !== undefined) parts.push(`Line ${p.line}`);
  if (p.column !== undefined) parts.push(p.column);
  return parts.join(', ');
}

/** What an import found, in one sentence. */
export function outcomeSummary(o: {
  file: string;
  total: number;
  dataset: { events: unknown[] } | null;
  problems: readonly ImportProblem[];
}): string {
  const loaded = o.dataset?.events.length ?? 0;
  const n = formatCount;
  if (o.total === 0 && loaded === 0) return `${o.file} cannot be opened`;
  if (loaded === 0) return `${o.file}: none of its ${n(o.total)} rows can be shown`;
  if (loaded === o.total) return `${o.file}: all ${n(o.total)} rows can be shown, with notes`;
  return `${o.file}: ${n(loaded)} of ${n(o.total)} rows can be shown`;
}
