import type { Delimiter } from '../parseCsv';
import { refused } from './finishImport';
import type { Issue } from './importLog';
import { columnIndex, readTable, shapeProblem } from './readTable';
import { buildTimelineJs, type TimelineJsSlide } from './timelineJs';
import type { ImportOutcome } from './types';

/**
 * TimelineJS's Google Sheets template saved as CSV: Year, Month, Day, Time,
 * End Year, End Month, End Day, End Time, Display Date, Headline, Text,
 * Media, Media Credit, Media Caption, Media Thumbnail, Type, Group,
 * Background. Type "title" marks the title slide, "era" an era.
 */
export function importTimelineJsCsv(
  text: string,
  file: string,
  delimiter: Delimiter,
  onProgress?: (fraction: number) => void,
): ImportOutcome {
  const table = readTable(text, delimiter, onProgress);
  if (!table.ok) return refused(file, 'timelinejs-csv', table.message, table.line);
  const { header, rows } = table;
  const index = columnIndex(header);
  const name = (key: string) => header[index.get(key) ?? -1] ?? key;
  const slides: TimelineJsSlide[] = rows.map((r) => {
    const cell = (key: string) => {
      const i = index.get(key);
      return i === undefined ? '' : (r.cells[i] ?? '');
    };
    const issues: Issue[] = [];
    if (r.malformed) issues.push({ message: r.malformed });
    const shape = shapeProblem(r.cells, header);
    if (shape) issues.push({ message: shape });
    const type = cell('type').trim().toLowerCase();
    const kind = type === 'title' ? 'title' : type === 'era' ? 'era' : 'event';
    const hasEnd = ['end year', 'end month', 'end day'].some((k) => cell(k).trim() !== '');
    return {
      kind,
      start:
        cell('year').trim() === '' && kind === 'title'
          ? null
          : { year: cell('year'), month: cell('month'), day: cell('day'), time: cell('time') },
      end: hasEnd
        ? {
            year: cell('end year'),
            month: cell('end month'),
            day: cell('end day'),
            time: cell('end time'),
          }
        : null,
      headline: cell('headline'),
      text: cell('text'),
      media: { url: cell('media'), credit: cell('media credit'), caption: cell('media caption') },
      group: cell('group'),
      displayDate: cell('display date'),
      uniqueId: '',
      at: { row: r.row, line: r.line, cells: r.cells },
      columns: {
        date: name('year'),
        end: name('end year'),
        title: name('headline'),
        summary: name('text'),
        type: name('group'),
        media: name('media'),
        id: name('headline'),
      },
      issues,
    };
  });
  if (slides.every((s) => s.kind === 'title'))
    return refused(file, 'timelinejs-csv', 'has no events');
  return buildTimelineJs(slides, file, 'timelinejs-csv', header);
}
