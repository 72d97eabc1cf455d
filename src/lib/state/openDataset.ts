import { loadDatasetOffThread, type Preparation } from '../data/loadOffThread';
import type { LoadStep } from '../data/datasetWire';
import { nextTask } from '../data/nextTask';
import { buildCatalog, CatalogBuilder, type Catalog } from '../model/catalog';
import type { Dataset } from '../model/types';
import { filterIndexOf } from '../model/filterIndex';
import { openingWindowOf, type AppState } from './appState.svelte';

/**
 * Loads the dataset at `url` into the app (a big one checked in a worker),
 * or shows why it cannot be. Resolves true once the dataset is shown.
 */
export async function openDataset(
  app: AppState,
  url: string,
  onStep?: (step: LoadStep, fraction: number | null) => void,
): Promise<boolean> {
  const r = await loadDatasetOffThread(url, {
    ...(onStep ? { onStep } : {}),
    prepare: catalogAsEventsArrive,
  });
  if (!r.ok) {
    app.fail(r.url, r.problems);
    return false;
  }
  app.setDataset(r.dataset, r.prepared ?? (await prepareCatalog(r.dataset)));
  return true;
}

/** Events resolved per task while building a big catalog: some tens of milliseconds. */
const CATALOG_EVENTS_PER_TASK = 25_000;

/** With the load worker: each chunk of events is resolved as it arrives, the rest at the end. */
function catalogAsEventsArrive(dataset: Dataset): Preparation<Catalog> {
  const builder = new CatalogBuilder(dataset);
  return { grew: () => builder.add(Infinity), done: () => finishInSteps(builder) };
}

/** Up to this many events, a catalog is built at once: a few milliseconds. */
const CATALOG_AT_ONCE = 2_000;

/**
 * A dataset already in the page (a small file, no worker, an imported file):
 * a small one's catalog at once, a big one's in steps (catalogInSteps).
 */
export function prepareCatalog(dataset: Dataset): Catalog | Promise<Catalog> {
  return dataset.events.length <= CATALOG_AT_ONCE ? buildCatalog(dataset) : catalogInSteps(dataset);
}

/** A big catalog 25,000 events a task. */
async function catalogInSteps(dataset: Dataset): Promise<Catalog> {
  const builder = new CatalogBuilder(dataset);
  while (!builder.done) {
    await nextTask();
    builder.add(CATALOG_EVENTS_PER_TASK);
  }
  return finishInSteps(builder);
}

/**
 * A big catalog's order, its filter index and its opening window, each in a
 * task of its own: the page answers in between.
 */
async function finishInSteps(builder: CatalogBuilder): Promise<Catalog> {
  await nextTask();
  const catalog = builder.finish();
  await nextTask();
  filterIndexOf(catalog.events);
  await nextTask();
  openingWindowOf(catalog);
  await nextTask();
  return catalog;
}
