import {
  EVENTS_PER_TASK,
  isLoadMessage,
  type LoadMessage,
  type LoadRequest,
  type LoadStep,
} from './datasetWire';
import type { EventBounds } from './eventBounds';
import { decodeDataset, fetchDatasetBytes, readDataset, type LoadResult } from './loadDataset';
import type { Dataset } from '../model/types';
import { nextTask } from './nextTask';

/** Files from this size are read with the worker; smaller ones cost less than starting it. */
export const WORKER_FROM_BYTES = 2_000_000;
/**
 * A response declaring this share of WORKER_FROM_BYTES starts the worker
 * while its body arrives: JSON compresses about ten to one, so a gzipped
 * file this long is most likely a big one (and a worker started for nothing
 * is only stopped).
 */
const EARLY_WORKER_SHARE = 1 / 16;
export { EVENTS_PER_TASK };

/** Work on a dataset whose events arrive in chunks (LoadOptions.prepare). */
export interface Preparation<T> {
  /** More events are at the end of the dataset's events. */
  grew(): void;
  /** Every event is in: the result. */
  done(): Promise<T>;
}

/** What the page needs of a Worker; tests give a stand-in. */
export interface LoadWorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface LoadOptions<T> {
  fetchFn?: typeof fetch;
  /**
   * Work on the dataset done as its events arrive, while the worker still
   * checks it (the catalog, say), so it is not on the load's critical path;
   * its result comes with a valid dataset and is dropped with an invalid one.
   * Small files and pages without workers skip it; a throw counts as no result.
   */
  prepare?: (dataset: Dataset) => Preparation<T>;
  /** Where the load is; fraction of the step when known. */
  onStep?: (step: LoadStep, fraction: number | null) => void;
  /** Files from this many bytes go through the worker (WORKER_FROM_BYTES). */
  workerFromBytes?: number;
  /** The worker; the default is the bundled load worker, none where Worker is missing. */
  createWorker?: (() => LoadWorkerLike) | null;
}

function bundledWorker(): LoadWorkerLike {
  return new Worker(new URL('./loadWorker.ts', import.meta.url), {
    type: 'module',
    name: 'eventmap-load',
  });
}

type Inbox = (() => Promise<LoadMessage | { type: 'broken' }>) & {
  /** Whether a message of this type is waiting. */
  holds(type: LoadMessage['type']): boolean;
};

/** The worker's messages in order, one at a time; a broken worker ends them. */
function inbox(worker: LoadWorkerLike): Inbox {
  const queue: (LoadMessage | { type: 'broken' })[] = [];
  let wake: (() => void) | null = null;
  const put = (m: LoadMessage | { type: 'broken' }) => {
    queue.push(m);
    wake?.();
  };
  worker.onmessage = (e) => {
    if (isLoadMessage(e.data)) put(e.data);
  };
  worker.onerror = (e) => {
    e.preventDefault?.();
    put({ type: 'broken' });
  };
  const next = async () => {
    while (queue.length === 0) await new Promise<void>((r) => (wake = r));
    wake = null;
    return queue.shift()!;
  };
  return Object.assign(next, { holds: (type: string) => queue.some((m) => m.type === type) });
}

/** Parses elements [from, to] of `elements` (offset pairs) onto `events`; false if they are not JSON. */
function parseChunk(
  text: string,
  elements: Uint32Array,
  from: number,
  to: number,
  events: unknown[],
): boolean {
  try {
    const chunk = JSON.parse(`[${text.slice(elements[2 * from]!, elements[2 * to + 1]!)}]`);
    for (const e of chunk as unknown[]) events.push(e);
    return true;
  } catch {
    return false;
  }
}

/**
 * The events between `bounds` from the `events.length`th on, parsed a chunk
 * per task onto the end of `events`; false if a chunk is not JSON (the
 * worker's verdict then says where the file is broken).
 */
async function parseEvents(
  text: string,
  bounds: EventBounds,
  events: unknown[],
  progress: (fraction: number) => void,
): Promise<boolean> {
  const { elements } = bounds;
  const n = elements.length / 2;
  for (let i = events.length; i < n; i += EVENTS_PER_TASK) {
    await nextTask();
    const last = Math.min(n, i + EVENTS_PER_TASK) - 1;
    if (!parseChunk(text, elements, i, last, events)) return false;
    progress((last + 1) / n);
  }
  return true;
}

/**
 * Events parsed before their bounds are known, from the offsets the worker
 * sends as it finds them: the events of the array opened at `open`, in order.
 */
interface Early {
  open: number;
  events: unknown[];
}

/**
 * Loads the dataset at `url` with the same results and messages as
 * loadDataset, but a big file is checked in a worker while the page parses
 * its events a chunk per task (datasetWire.ts): the page stays responsive
 * while 100,000 events load. Small files, and pages without workers, read on
 * the page; a worker that breaks costs nothing but time.
 */
export async function loadDatasetOffThread<T = never>(
  url: string,
  options: LoadOptions<T> = {},
): Promise<LoadResult & { prepared?: T }> {
  const create =
    options.createWorker === undefined
      ? typeof Worker === 'undefined'
        ? null
        : bundledWorker
      : options.createWorker;
  const workerFrom = options.workerFromBytes ?? WORKER_FROM_BYTES;
  const start = (): LoadWorkerLike | null => {
    try {
      return create?.() ?? null;
    } catch {
      return null;
    }
  };
  let early: LoadWorkerLike | null = null;
  const got = await fetchDatasetBytes(url, options.fetchFn, (declared) => {
    // The worker's start-up overlaps the download instead of following it.
    if (declared >= workerFrom * EARLY_WORKER_SHARE) early = start();
  });
  const onStep = options.onStep ?? (() => {});
  const onPage = () => {
    early?.terminate();
    if (!('bytes' in got)) return got;
    return readDataset(got.bytes, url, async (step) => {
      onStep(step, null);
      await nextTask();
    });
  };
  if (!('bytes' in got) || got.bytes.byteLength < workerFrom) return onPage();
  const worker = early ?? start();
  if (!worker) return onPage();
  try {
    const next = inbox(worker);
    // A copy goes: the page reads the same bytes meanwhile.
    const request: LoadRequest = { type: 'load', url, bytes: got.bytes.slice().buffer };
    worker.postMessage(request, [request.bytes]);
    await nextTask();
    const decoded = decodeDataset(got.bytes, url);
    if (!('text' in decoded)) return decoded;
    const { text } = decoded;
    let parsed: Dataset | null = null;
    let preparing: Promise<T | undefined> | null = null;
    let early = null as Early | null;
    for (;;) {
      const m = await next();
      if (m.type === 'broken') return onPage();
      if (m.type === 'progress') onStep(m.step, null);
      else if (m.type === 'elements') {
        // Another array than the one read so far (a file with two "events"): start again.
        if (early?.open !== m.open) early = { open: m.open, events: [] };
        // Once all the offsets are in, the pieces still waiting are in them too: the page
        // starts on the whole dataset (and its catalog) with what it has read so far.
        if (early.events.length !== m.from || next.holds('bounds')) continue;
        await nextTask();
        const last = m.elements.length / 2 - 1;
        // A chunk that is not JSON: nothing read early is kept (the verdict will say why).
        if (!parseChunk(text, m.elements, 0, last, early.events)) early = { open: -1, events: [] };
        else onStep('receiving', m.elements[2 * last + 1]! / text.length);
      } else if (m.type === 'bounds') {
        if (!m.bounds) continue;
        const b = m.bounds;
        let head: Dataset;
        try {
          head = JSON.parse(text.slice(0, b.open + 1) + text.slice(b.close)) as Dataset;
        } catch {
          continue;
        }
        const ahead = early?.open === b.open ? early.events : [];
        early = null;
        const dataset: Dataset = { ...head, events: ahead as Dataset['events'] };
        let prep: Preparation<T> | null = null;
        const grew = () => {
          try {
            prep?.grew();
          } catch {
            prep = null;
          }
        };
        try {
          prep = options.prepare?.(dataset) ?? null;
        } catch {
          prep = null;
        }
        if (ahead.length > 0) grew();
        onStep('receiving', ahead.length / Math.max(1, b.elements.length / 2));
        const ok = await parseEvents(text, b, dataset.events, (f) => {
          onStep('receiving', f);
          grew();
        });
        if (!ok) continue;
        parsed = dataset;
        if (prep) preparing = prep.done().catch(() => undefined);
      } else if (!m.ok) {
        return { ok: false, url: m.url, problems: m.problems };
      } else {
        // Valid, but the page could not cut the events out: read it here instead.
        if (!parsed) return onPage();
        const prepared = preparing ? await preparing : undefined;
        return prepared === undefined
          ? { ok: true, url, dataset: parsed }
          : { ok: true, url, dataset: parsed, prepared };
      }
    }
  } finally {
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
  }
}
