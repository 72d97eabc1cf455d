import type { Dataset } from '../../model/types';
import { finishImport, refused } from './finishImport';
import { freshDataset } from './freshDataset';
import { countRefusal } from './limits';
import type { ImportOutcome, RowOrigin } from './types';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * This app's own JSON (as exported, or written by hand): validated as the
 * bundled data is; events with problems are left out and listed by path, so
 * the valid ones can still be shown.
 */
export function importEventmapJson(json: unknown, file: string): ImportOutcome {
  const events = isObj(json) && Array.isArray(json.events) ? json.events : [];
  const tooMany = countRefusal(events.length, 'events');
  if (tooMany) return refused(file, 'eventmap-json', tooMany);
  const origins: RowOrigin[] = events.map((e, i) => ({
    row: i + 1,
    path: `events[${i}]`,
    columns: {},
    cells: [JSON.stringify(e) ?? String(e)],
  }));
  const outcome = finishImport({
    file,
    format: 'eventmap-json',
    total: events.length,
    // Not yet a Dataset: validateDataset, inside finishImport, finds out.
    dataset: json as Dataset,
    origins,
    header: ['record'],
    rejected: [],
    problems: [],
  });
  return outcome.dataset ? { ...outcome, dataset: freshDataset(outcome.dataset) } : outcome;
}
