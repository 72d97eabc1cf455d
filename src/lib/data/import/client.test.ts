import { describe, expect, it } from 'vitest';
import { startImport, type WorkerLike } from './client';
import { encodeStep, EVENTS_PER_PART, type ImportRequest, type WorkerMessage } from './protocol';
import { syntheticDataset } from '../../../../tests/support/synthetic';

/** A worker stand-in: records what the page posts and lets the test answer. */
class FakeWorker implements WorkerLike {
  posted: ImportRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: unknown) {
    this.posted.push(m as ImportRequest);
  }
  terminate() {
    this.terminated = true;
  }
  send(m: WorkerMessage | unknown) {
    this.onmessage?.({ data: m } as MessageEvent);
  }
}

const outcome = {
  file: 'a.csv',
  format: 'csv' as const,
  total: 0,
  dataset: null,
  problems: [],
  rejected: { header: [], rows: [] },
};

describe('startImport', () => {
  it('sends the request, forwards progress and settles with the result', async () => {
    const w = new FakeWorker();
    const progress: string[] = [];
    const job = startImport(
      { kind: 'text', name: 'a.csv', text: 'x' },
      { createWorker: () => w, onProgress: (p) => progress.push(`${p.label} ${p.overall}`) },
    );
    const id = w.posted[0]!.id;
    expect(w.posted[0]).toMatchObject({ type: 'import', source: { kind: 'text', name: 'a.csv' } });
    w.send({ type: 'progress', id, phase: 'parsing', fraction: 0.5 });
    w.send({ type: 'progress', id: id + 100, phase: 'parsing', fraction: 0.9 }); // another job's
    w.send({ type: 'progress', id, phase: 'nonsense' }); // malformed
    w.send({ type: 'result', id, step: { kind: 'done', outcome: JSON.stringify(outcome) } });
    expect(await job.result).toEqual({ kind: 'step', step: { kind: 'done', outcome } });
    expect(progress).toEqual(['Reading rows of a.csv… 50% 0.525']);
    expect(w.terminated).toBe(true);
  });

  it('cancels at once by ending the worker, and ignores what comes after', async () => {
    const w = new FakeWorker();
    const job = startImport({ kind: 'text', name: 'a.csv', text: 'x' }, { createWorker: () => w });
    job.cancel();
    expect(w.terminated).toBe(true);
    w.send({
      type: 'result',
      id: w.posted[0]!.id,
      step: { kind: 'done', outcome: JSON.stringify(outcome) },
    });
    expect(await job.result).toEqual({ kind: 'cancelled' });
  });

  it('a cancel while a big result is read in parts wins: the result says cancelled', async () => {
    const w = new FakeWorker();
    const job = startImport(
      { kind: 'text', name: 'big.csv', text: 'x' },
      { createWorker: () => w },
    );
    const dataset = syntheticDataset(EVENTS_PER_PART * 2);
    const step = encodeStep({
      kind: 'done',
      outcome: { ...outcome, total: dataset.events.length, dataset },
    });
    w.send({ type: 'result', id: w.posted[0]!.id, step });
    job.cancel();
    expect(await job.result).toEqual({ kind: 'cancelled' });
  });

  it('reports a failed worker', async () => {
    const w = new FakeWorker();
    const job = startImport({ kind: 'text', name: 'a.csv', text: 'x' }, { createWorker: () => w });
    w.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
    expect(await job.result).toEqual({ kind: 'failed', message: 'out of memory' });
    const w2 = new FakeWorker();
    const job2 = startImport(
      { kind: 'text', name: 'a.csv', text: 'x' },
      { createWorker: () => w2 },
    );
    w2.send({ type: 'failure', id: w2.posted[0]!.id, message: 'bug' });
    expect(await job2.result).toEqual({ kind: 'failed', message: 'bug' });
  });
});
