import type { ImportJob, ImportJobOptions, ImportResult } from './client';
import type { ImportSource } from './protocol';

/**
 * `startImport`, with the import client (and its protocol) loaded on first
 * use: most readers never open a file, and the first screen's script stays
 * within its budget. A cancel before the client has loaded starts no worker.
 */
export function startImportLazily(source: ImportSource, options: ImportJobOptions): ImportJob {
  let job: ImportJob | null = null;
  let cancelled = false;
  const result = import('./client').then(
    ({ startImport }): Promise<ImportResult> | ImportResult => {
      if (cancelled) return { kind: 'cancelled' };
      job = startImport(source, options);
      return job.result;
    },
    (err: unknown): ImportResult => ({
      kind: 'failed',
      message: `the import could not load (${err instanceof Error ? err.message : String(err)})`,
    }),
  );
  return {
    result,
    cancel() {
      cancelled = true;
      job?.cancel();
    },
  };
}
