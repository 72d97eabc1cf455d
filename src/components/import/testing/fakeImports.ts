import type { ImportJob, ImportJobOptions, ImportResult } from '../../../lib/data/import/client';
import type { ImportSource } from '../../../lib/data/import/protocol';
import type { ImportDeps } from '../../../lib/state/importSession.svelte';
import type { Catalog } from '../../../lib/model/catalog';
import { prepareCatalog } from '../../../lib/state/openDataset';

export interface FakeJob {
  source: ImportSource;
  options: ImportJobOptions;
  cancelled: boolean;
  finish(r: ImportResult): Promise<void>;
}

/**
 * Import deps whose jobs the test drives by hand; storage and downloads
 * recorded. With `holdCatalogs`, each imported dataset's catalog waits in
 * `catalogs` until the test calls its `release`.
 */
export function fakeImports({ holdCatalogs = false } = {}) {
  const catalogs: { release(): void }[] = [];
  const jobs: FakeJob[] = [];
  const stored = new Map<string, string>();
  const downloads: { text: string; filename: string; mime: string }[] = [];
  const deps: ImportDeps = {
    start(source, options): ImportJob {
      let settle: (r: ImportResult) => void = () => {};
      const result = new Promise<ImportResult>((resolve) => (settle = resolve));
      const job: FakeJob = {
        source,
        options,
        cancelled: false,
        async finish(r) {
          settle(r);
          await result;
          // Let the session's then() and Svelte's update run.
          await new Promise((r) => setTimeout(r, 0));
        },
      };
      jobs.push(job);
      return {
        result,
        cancel() {
          job.cancelled = true;
          settle({ kind: 'cancelled' });
        },
      };
    },
    storage: {
      getItem: (k) => stored.get(k) ?? null,
      setItem: (k, v) => void stored.set(k, v),
    },
    download: (text, filename, mime) => void downloads.push({ text, filename, mime }),
    prepare(dataset) {
      if (!holdCatalogs) return prepareCatalog(dataset);
      return new Promise<Catalog>((resolve) => {
        catalogs.push({
          release: () => void Promise.resolve(prepareCatalog(dataset)).then(resolve),
        });
      });
    },
  };
  return { deps, jobs, stored, downloads, catalogs };
}
