import { describe, expect, it } from 'vitest';
import { outcomeSummary, problemPlace } from './problemText';

describe('problemPlace', () => {
  it('names row, line (when it differs) and column', () => {
    const p = { file: 'f', message: 'm', severity: 'error' as const };
    expect(problemPlace({ ...p, row: 4, line: 5, column: 'date' }, 'csv')).toBe(
      'Row 4 (line 5), date',
    );
    expect(problemPlace({ ...p, row: 4, line: 4, column: 'date' }, 'acled-csv')).toBe(
      'Row 4, date',
    );
    expect(problemPlace({ ...p, row: 3, column: 'events[2].date' }, 'eventmap-json')).toBe(
      'Record 3, events[2].date',
    );
    expect(problemPlace({ ...p, line: 7 }, 'csv')).toBe('Line 7');
    expect(problemPlace(p, null)).toBe('');
  });
});

describe('outcomeSummary', () => {
  const base = { file: 'events.csv', problems: [] };
  it('says how many rows can be shown', () => {
    expect(outcomeSummary({ ...base, total: 10, dataset: { events: [1, 2] } })).toBe(
      'events.csv: 2 of 10 rows can be shown',
    );
    expect(outcomeSummary({ ...base, total: 1204, dataset: { events: new Array(1204) } })).toBe(
      'events.csv: all 1,204 rows can be shown, with notes',
    );
    expect(outcomeSummary({ ...base, total: 3, dataset: null })).toBe(
      'events.csv: none of its 3 rows can be shown',
    );
    expect(outcomeSummary({ ...base, total: 0, dataset: null })).toBe(
      'events.csv cannot be opened',
    );
  });
});
