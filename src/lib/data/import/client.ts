import {
  decodeStep,
  isWorkerMessage,
  overallFraction,
  progressLabel,
  type ImportPhase,
  type ImportRequest,
  type ImportSource,
} from './protocol';
import type { ColumnMapping, ImportStep } from './types';

/** What the page needs of a Worker; tests give a stand-in. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface ImportProgress {
  phase: ImportPhase;
  /** Share of the phase done, or null when it cannot tell. */
  fraction: number | null;
  /** Share of the whole import done, for a progress bar; null while it cannot be told. */
  overall: number | null;
  /** "Reading rows of events.csv… 45%". */
  label: string;
}

export type ImportResult =
  { kind: 'step'; step: ImportStep } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

export interface ImportJob {
  /** Settles once: with the step, or cancelled, or failed. Never rejects. */
  result: Promise<ImportResult>;
  /** Stops the import at once (the worker is ended); the result says cancelled. */
  cancel(): void;
}

export interface ImportJobOptions {
  mapping?: ColumnMapping;
  onProgress?: (p: ImportProgress) => void;
  /** Where the worker comes from; the default is the bundled import worker. */
  createWorker?: () => WorkerLike;
}

function bundledWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'eventmap-import',
  });
}

let nextId = 1;

function nameOf(source: ImportSource): string {
  return source.kind === 'file' ? source.file.name : source.name;
}

/**
 * Runs one import in its own worker: parse and validation happen off the
 * page's thread, progress comes back as it goes, and `cancel` ends the
 * worker. The same client can load the app's own datasets (`kind: 'url'`).
 */
export function startImport(source: ImportSource, options: ImportJobOptions = {}): ImportJob {
  const id = nextId++;
  const worker = (options.createWorker ?? bundledWorker)();
  let settle: (r: ImportResult) => void = () => {};
  let done = false;
  const result = new Promise<ImportResult>((resolve) => (settle = resolve));
  const finish = (r: ImportResult) => {
    if (done) return;
    done = true;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    settle(r);
  };
  const file = nameOf(source);
  worker.onmessage = (e) => {
    const m: unknown = e.data;
    if (!isWorkerMessage(m) || m.id !== id) return;
    if (m.type === 'progress') {
      options.onProgress?.({
        phase: m.phase,
        fraction: m.fraction,
        overall: overallFraction(m),
        label: progressLabel(m, file),
      });
    } else if (m.type === 'result') {
      // For the benchmark (README "Performance"): the worker is done, the page's own work starts.
      performance.mark('app:import-read');
      // Read in steps, a cancel meanwhile comes first: finish() takes the first result only.
      void decodeStep(m.step).then((step) =>
        finish(
          step
            ? { kind: 'step', step }
            : { kind: 'failed', message: 'the import sent back nothing readable' },
        ),
      );
    } else finish({ kind: 'failed', message: m.message });
  };
  worker.onerror = (e) => {
    e.preventDefault?.();
    finish({ kind: 'failed', message: e.message || 'the import stopped unexpectedly' });
  };
  const request: ImportRequest = { type: 'import', id, source };
  if (options.mapping) request.mapping = options.mapping;
  try {
    worker.postMessage(request);
  } catch (err) {
    finish({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
  return { result, cancel: () => finish({ kind: 'cancelled' }) };
}
