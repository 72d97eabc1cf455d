import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from './loadDataset';
import { loadDatasetOffThread, type LoadWorkerLike } from './loadOffThread';
import { isLoadRequest, type LoadStep } from './datasetWire';
import { runLoad } from './loadJob';
import { syntheticDataset } from '../../../tests/support/synthetic';
import { brokenDataset } from '../../../tests/support/brokenDataset';

const serve = (text: string) => (async () => new Response(text)) as typeof fetch;

/** A worker in this thread: runs the load worker's job and delivers its messages as tasks. */
function fakeWorker(options: { breakAfter?: number } = {}) {
  const created: LoadWorkerLike[] = [];
  const create = () => {
    let sent = 0;
    const w: LoadWorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: vi.fn(),
      postMessage(message) {
        if (!isLoadRequest(message)) return;
        void runLoad(message, (m) => {
          const n = sent++;
          setTimeout(() => {
            if (options.breakAfter !== undefined && n >= options.breakAfter) {
              if (n === options.breakAfter)
                w.onerror?.(new ErrorEvent('error', { message: 'boom' }));
              return;
            }
            w.onmessage?.(new MessageEvent('message', { data: m }));
          }, 0);
        });
      },
    };
    created.push(w);
    return w;
  };
  return { create, created };
}

describe('loading a big dataset with the worker', () => {
  const dataset = syntheticDataset(3000, 3);
  const text = JSON.stringify(dataset);

  it('gives the dataset loadDataset gives, its events in time order, with the prepared result', async () => {
    const worker = fakeWorker();
    const steps: LoadStep[] = [];
    const fractions: number[] = [];
    // Counts events as they arrive: the whole dataset by the end.
    const seen: number[] = [];
    const prepare = vi.fn((d: { events: unknown[] }) => ({
      grew: () => seen.push(d.events.length),
      done: async () => d.events.length,
    }));
    const r = await loadDatasetOffThread('data/big.json', {
      fetchFn: serve(text),
      createWorker: worker.create,
      workerFromBytes: 1000,
      onStep: (s, f) => {
        steps.push(s);
        if (f !== null) fractions.push(f);
      },
      prepare,
    });
    const plain = await loadDataset('data/big.json', serve(text));
    expect(worker.created).toHaveLength(1);
    expect(worker.created[0]!.terminate).toHaveBeenCalled();
    expect(r.ok && plain.ok).toBe(true);
    if (!r.ok || !plain.ok) return;
    expect(r.dataset).toEqual(plain.dataset);
    expect(r.prepared).toBe(3000);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(3000);
    expect(steps).toContain('receiving');
    expect(fractions.at(-1)).toBe(1);
  });

  it('reports the same problems as loading on the page, and drops what was prepared', async () => {
    const bad = brokenDataset(50);
    const r = await loadDatasetOffThread('data/bad.json', {
      fetchFn: serve(bad),
      createWorker: fakeWorker().create,
      workerFromBytes: 1000,
      prepare: () => ({ grew: () => {}, done: async () => 'prepared' }),
    });
    const plain = await loadDataset('data/bad.json', serve(bad));
    expect(r.ok).toBe(false);
    expect(r).toEqual(plain);
    expect('prepared' in r).toBe(false);
  });

  it('says where a file is not JSON', async () => {
    const broken = `${text.slice(0, 5000)} oops ${text.slice(5000)}`;
    const r = await loadDatasetOffThread('data/x.json', {
      fetchFn: serve(broken),
      createWorker: fakeWorker().create,
      workerFromBytes: 1000,
    });
    expect(r).toEqual(await loadDataset('data/x.json', serve(broken)));
    expect(!r.ok && r.problems[0]!.message).toMatch(/not valid JSON at line 1, column/);
    // A raw tab in a top-level key: found where the worker looks for the events.
    const badKey = text.replace('"meta"', '"me\tta"');
    const k = await loadDatasetOffThread('data/x.json', {
      fetchFn: serve(badKey),
      createWorker: fakeWorker().create,
      workerFromBytes: 1000,
    });
    expect(k).toEqual(await loadDataset('data/x.json', serve(badKey)));
    expect(!k.ok && k.problems[0]!.message).toMatch(/not valid JSON at line 1, column 5/);
  });

  it('starts on the events as the worker finds them, and starts again if another list counts', async () => {
    const load = (body: string) =>
      loadDatasetOffThread('data/x.json', {
        fetchFn: serve(body),
        createWorker: fakeWorker().create,
        workerFromBytes: 1000,
      });
    // A first "events" list long enough to be sent in pieces, then the one JSON.parse keeps.
    const decoy = JSON.stringify(Array.from({ length: 4500 }, (_, i) => ({ id: `decoy-${i}` })));
    for (const events of [3000, 1500]) {
      const kept = events === 3000 ? text : JSON.stringify(syntheticDataset(events, 4));
      const twice = `{"events": ${decoy}, ${kept.slice(1)}`;
      const r = await load(twice);
      expect(r).toEqual(await loadDataset('data/x.json', serve(twice)));
      expect(r.ok && r.dataset.events).toHaveLength(events);
    }
    // A broken event among the first sent: the verdict says where, as on the page.
    const at = text.indexOf('"id":', text.indexOf('"events"') + 1000);
    const broken = `${text.slice(0, at)}}{${text.slice(at)}`;
    const b = await load(broken);
    expect(b.ok).toBe(false);
    expect(b).toEqual(await loadDataset('data/x.json', serve(broken)));
  });

  it('loads on the page when the worker breaks', async () => {
    const worker = fakeWorker({ breakAfter: 1 });
    const r = await loadDatasetOffThread('data/big.json', {
      fetchFn: serve(text),
      createWorker: worker.create,
      workerFromBytes: 1000,
    });
    expect(worker.created).toHaveLength(1);
    expect(r.ok && r.dataset.events).toHaveLength(3000);
  });

  /** A response declaring `declared` bytes, which calls `read` when its body is read. */
  const slowBody = (body: string, declared: number, read: () => void) =>
    (async () => {
      const bytes = new TextEncoder().encode(body);
      return {
        ok: true,
        status: 200,
        headers: new Headers({ 'content-length': String(declared) }),
        arrayBuffer: async () => {
          read();
          return bytes.buffer;
        },
      } as unknown as Response;
    }) as typeof fetch;

  it('starts the worker as soon as a big file is announced, before its body is read', async () => {
    const worker = fakeWorker();
    let workersWhenRead = -1;
    // Gzipped, the file declares a tenth of its size: still enough to start early.
    const r = await loadDatasetOffThread('data/big.json', {
      fetchFn: slowBody(text, text.length / 10, () => (workersWhenRead = worker.created.length)),
      createWorker: worker.create,
      workerFromBytes: 1000,
    });
    expect(workersWhenRead).toBe(1);
    expect(worker.created).toHaveLength(1);
    expect(r.ok && r.dataset.events).toHaveLength(3000);
  });

  it('stops a worker started early for a file that turns out small, and reads it on the page', async () => {
    const worker = fakeWorker();
    const r = await loadDatasetOffThread('data/small.json', {
      fetchFn: slowBody(text, text.length, () => {}),
      createWorker: worker.create,
      workerFromBytes: text.length * 4,
    });
    expect(worker.created).toHaveLength(1);
    expect(worker.created[0]!.terminate).toHaveBeenCalled();
    expect(r.ok && r.dataset.events).toHaveLength(3000);
  });

  it('reads a small file on the page, without a worker', async () => {
    const worker = fakeWorker();
    const r = await loadDatasetOffThread('data/small.json', {
      fetchFn: serve(text),
      createWorker: worker.create,
    });
    expect(worker.created).toHaveLength(0);
    expect(r.ok && r.dataset.events).toHaveLength(3000);
  });
});
