import { parseDelimited, type Delimiter } from '../parseCsv';
import { proposeMapping } from './columnMapping';
import { detectFormat } from './detectFormat';
import { refused } from './finishImport';
import { importAcledCsv } from './importAcledCsv';
import { importEventmapCsv } from './importEventmapCsv';
import { importEventmapJson } from './importEventmapJson';
import { importMappedCsv } from './importMappedCsv';
import { importTimelineJsCsv } from './importTimelineJsCsv';
import { importTimelineJsJson } from './importTimelineJsJson';
import type { ColumnMapping, ImportStep, MappingNeeded } from './types';

export interface ImportOptions {
  /** The file's name, used in every problem and in the dataset's title. */
  file: string;
  /** For a CSV with its own headers; without one such a file asks for a mapping. */
  mapping?: ColumnMapping;
  /** Share of the text read so far (0–1), while rows are read. */
  onProgress?: (fraction: number) => void;
}

const SAMPLE_ROWS = 5;

/** Headers and the first rows of a delimited text, for the mapping step. */
function mappingNeeded(text: string, file: string, delimiter: Delimiter): MappingNeeded {
  const records: string[][] = [];
  parseDelimited(text, {
    delimiter,
    onRecord: (r) => {
      if (!(r.fields.length === 1 && r.fields[0]!.trim() === '')) records.push(r.fields);
      return records.length <= SAMPLE_ROWS;
    },
  });
  const [headers = [], ...sample] = records;
  const trimmed = headers.map((h) => h.trim());
  return { file, delimiter, headers: trimmed, sample, proposed: proposeMapping(trimmed, sample) };
}

/**
 * Reads a file's text in whichever format it is in (detectFormat.ts) and
 * validates what it makes of it: the one entry point of the import layer,
 * used by the worker. Never throws for any input.
 */
export function importText(text: string, options: ImportOptions): ImportStep {
  const { file, onProgress } = options;
  const detected = detectFormat(text);
  if (!detected.ok) {
    return { kind: 'done', outcome: refused(file, null, detected.message) };
  }
  switch (detected.format) {
    case 'eventmap-json':
      return { kind: 'done', outcome: importEventmapJson(detected.json, file) };
    case 'timelinejs-json':
      return { kind: 'done', outcome: importTimelineJsJson(detected.json, file) };
    case 'eventmap-csv':
      return {
        kind: 'done',
        outcome: importEventmapCsv(text, file, detected.delimiter, onProgress),
      };
    case 'timelinejs-csv':
      return {
        kind: 'done',
        outcome: importTimelineJsCsv(text, file, detected.delimiter, onProgress),
      };
    case 'acled-csv':
      return { kind: 'done', outcome: importAcledCsv(text, file, detected.delimiter, onProgress) };
    case 'csv':
      if (!options.mapping) {
        return { kind: 'needs-mapping', mapping: mappingNeeded(text, file, detected.delimiter) };
      }
      return {
        kind: 'done',
        outcome: importMappedCsv(text, file, detected.delimiter, options.mapping, onProgress),
      };
  }
}
