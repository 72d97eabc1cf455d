import type { AppState } from './appState.svelte';
import type { ImportJob, ImportJobOptions, ImportProgress } from '../data/import/client';
import { startImportLazily } from '../data/import/startImportLazily';
import type { ImportSource } from '../data/import/protocol';
import {
  MAPPABLE_FIELDS,
  type ColumnMapping,
  type ImportOutcome,
  type MappingNeeded,
} from '../data/import/types';
import { headerKey, mappingProblem } from '../data/import/columnMapping';
import { rejectedFileName, rejectedRowsCsv } from '../data/import/rejectedRowsCsv';
import { CSV_MIME, downloadText } from '../data/download';
import type { Catalog } from '../model/catalog';
import type { Dataset } from '../model/types';
import { prepareCatalog } from './openDataset';

/** Where an import is: what the import views show. */
export type ImportView =
  | { step: 'idle' }
  | { step: 'running'; file: string; progress: ImportProgress | null }
  | { step: 'mapping'; needed: MappingNeeded; source: ImportSource; remembered: boolean }
  | { step: 'review'; outcome: ImportOutcome; source: ImportSource }
  | { step: 'failed'; file: string; message: string };

export interface ImportDeps {
  start: (source: ImportSource, options: ImportJobOptions) => ImportJob;
  /** Where mappings are remembered for the session; null when storage is refused. */
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  download: (text: string, filename: string, mime: string) => void;
  /** The catalog of an imported dataset: a big one's is built a slice a task. */
  prepare: (dataset: Dataset) => Catalog | Promise<Catalog>;
}

const MAPPING_KEY = 'eventmap:import-mapping:';

function sessionStore(): ImportDeps['storage'] {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Storage refused (privacy settings, sandboxed iframe): mappings are not remembered.
    return null;
  }
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A remembered mapping, checked: storage is shared with anything else on this origin. */
function readMapping(text: string | null, headers: readonly string[]): ColumnMapping | null {
  if (text === null) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObj(v) || !isObj(v.columns) || typeof v.dayFirst !== 'boolean') return null;
  const columns: ColumnMapping['columns'] = {};
  for (const field of MAPPABLE_FIELDS) {
    const i = v.columns[field];
    if (i === undefined) continue;
    if (typeof i !== 'number' || !Number.isInteger(i)) return null;
    columns[field] = i;
  }
  const mapping = { columns, dayFirst: v.dayFirst };
  return mappingProblem(mapping, headers) === null ? mapping : null;
}

function nameOf(source: ImportSource): string {
  return source.kind === 'file' ? source.file.name : source.name;
}

/**
 * The reader's import, from choosing a file to seeing its events: runs the
 * worker, asks for a column mapping when a CSV has its own headers (and
 * remembers it for the session), shows the problems of a file with broken
 * rows and loads its valid rows on request. One per app (importSessionFor).
 */
export class ImportSession {
  view = $state.raw<ImportView>({ step: 'idle' });
  private job: ImportJob | null = null;
  /** The dataset whose catalog is being built, to be shown unless another import or a cancel comes first. */
  private pending: Dataset | null = null;

  constructor(
    private readonly app: AppState,
    private readonly deps: ImportDeps,
  ) {}

  /** Opens a file or pasted text; a running import is cancelled first. */
  open(source: ImportSource, mapping?: ColumnMapping): void {
    this.job?.cancel();
    this.pending = null;
    const file = nameOf(source);
    this.view = { step: 'running', file, progress: null };
    const job = this.deps.start(source, {
      ...(mapping ? { mapping } : {}),
      onProgress: (progress) => {
        if (this.job === job) this.view = { step: 'running', file, progress };
      },
    });
    this.job = job;
    void job.result.then((r) => {
      if (this.job !== job) return;
      this.job = null;
      if (r.kind === 'cancelled') this.view = { step: 'idle' };
      else if (r.kind === 'failed') this.view = { step: 'failed', file, message: r.message };
      else if (r.step.kind === 'needs-mapping') {
        const needed = r.step.mapping;
        const remembered = readMapping(
          this.deps.storage?.getItem(MAPPING_KEY + headerKey(needed.headers)) ?? null,
          needed.headers,
        );
        this.view = {
          step: 'mapping',
          needed: {
            file: needed.file,
            delimiter: needed.delimiter,
            headers: needed.headers,
            sample: needed.sample,
            proposed: remembered ?? needed.proposed,
          },
          source,
          remembered: remembered !== null,
        };
      } else {
        const { outcome } = r.step;
        if (outcome.dataset && outcome.problems.length === 0) this.show(outcome, source);
        else this.view = { step: 'review', outcome, source };
      }
    });
  }

  /** Reads the file again with the mapping the reader chose, and remembers it for these headers. */
  useMapping(mapping: ColumnMapping): void {
    const v = this.view;
    if (v.step !== 'mapping') return;
    try {
      this.deps.storage?.setItem(
        MAPPING_KEY + headerKey(v.needed.headers),
        JSON.stringify(mapping),
      );
    } catch {
      // Storage full or refused: the mapping is simply not remembered.
    }
    this.open(v.source, mapping);
  }

  cancel(): void {
    const job = this.job;
    this.job = null;
    this.pending = null;
    job?.cancel();
    this.view = { step: 'idle' };
  }

  /** Shows the valid rows of the file under review. */
  loadValid(): void {
    const v = this.view;
    if (v.step === 'review' && v.outcome.dataset) this.show(v.outcome, v.source);
  }

  downloadRejected(): void {
    const v = this.view;
    if (v.step !== 'review' || v.outcome.rejected.rows.length === 0) return;
    this.deps.download(
      rejectedRowsCsv(v.outcome.rejected),
      rejectedFileName(v.outcome.file),
      CSV_MIME,
    );
  }

  dismiss(): void {
    if (this.view.step !== 'running') this.view = { step: 'idle' };
  }

  private show(outcome: ImportOutcome, source: ImportSource): void {
    const dataset = outcome.dataset;
    if (!dataset) return;
    const put = (catalog: Catalog) => {
      if (this.pending !== dataset) return;
      this.pending = null;
      this.app.showDataset(
        dataset,
        { kind: source.kind === 'file' ? 'file' : 'text', name: outcome.file },
        catalog,
      );
      this.view = { step: 'idle' };
    };
    this.pending = dataset;
    // Built at once, the catalog of 100,000 imported rows held the page for the whole of it;
    // the import stays in view until it is ready.
    const catalog = this.deps.prepare(dataset);
    if (catalog instanceof Promise) void catalog.then(put);
    else put(catalog);
  }
}

const sessions = new WeakMap<AppState, ImportSession>();

/** The app's import session; `deps` (tests) count only when it is first made. */
export function importSessionFor(app: AppState, deps?: Partial<ImportDeps>): ImportSession {
  let s = sessions.get(app);
  if (!s) {
    s = new ImportSession(app, {
      start: deps?.start ?? startImportLazily,
      storage: deps?.storage !== undefined ? deps.storage : sessionStore(),
      download: deps?.download ?? downloadText,
      prepare: deps?.prepare ?? prepareCatalog,
    });
    sessions.set(app, s);
  }
  return s;
}
