import { loadDatasetOffThread } from '../data/loadOffThread';
import type { LoadStep } from '../data/datasetWire';
import { nextTask } from '../data/nextTask';
import { buildCatalog, type Catalog } from '../model/catalog';
import { recordsInTimeOrder } from '../model/chronological';
import type { Dataset } from '../model/types';
import { filterIndexOf } from '../model/filterIndex';
import type { AppState } from './appState.svelte';

/**
 * Loads the dataset at `url` into the app (a big one checked in a worker),
 * or shows why it cannot be. Resolves true once the dataset is shown.
 */
export async function openDataset(
  app: AppState,
  url: string,
  onStep?: (step: LoadStep, fraction: number | null) => void,
): Promise<boolean> {
  const r = await loadDatasetOffThread(url, { ...(onStep ? { onStep } : {}), prepare });
  if (!r.ok) {
    app.fail(r.url, r.problems);
    return false;
  }
  app.setDataset(r.dataset, r.prepared ?? (await prepare(r.dataset)));
  return true;
}

/**
 * A big dataset's events ordered, its catalog and its filter index, each in a
 * task of its own: the page answers in between. With the load worker this
 * runs while the worker still checks the file.
 */
async function prepare(dataset: Dataset): Promise<Catalog> {
  const big = dataset.events.length > 2_000;
  if (!big) return buildCatalog(dataset);
  await nextTask();
  dataset.events = recordsInTimeOrder(dataset.events);
  await nextTask();
  const catalog = buildCatalog(dataset);
  await nextTask();
  filterIndexOf(catalog.events);
  await nextTask();
  return catalog;
}
