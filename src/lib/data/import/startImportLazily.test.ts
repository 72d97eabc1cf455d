import { describe, expect, it } from 'vitest';
import { startImportLazily } from './startImportLazily';
import type { WorkerLike } from './client';

/** A worker stand-in that answers the first request with an empty outcome. */
function answeringWorker(made: WorkerLike[]) {
  return (): WorkerLike => {
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(m: unknown) {
        const { id } = m as { id: number };
        const outcome = { file: 'a.csv', format: 'csv', total: 0, dataset: null, problems: [] };
        queueMicrotask(() =>
          w.onmessage?.({
            data: {
              type: 'result',
              id,
              step: {
                kind: 'done',
                outcome: JSON.stringify({ ...outcome, rejected: { header: [], rows: [] } }),
              },
            },
          } as MessageEvent),
        );
      },
      terminate() {},
    };
    made.push(w);
    return w;
  };
}

const source = { kind: 'text', name: 'a.csv', text: 'x' } as const;

describe('startImportLazily', () => {
  it('loads the import client, then runs the import as startImport does', async () => {
    const made: WorkerLike[] = [];
    const job = startImportLazily(source, { createWorker: answeringWorker(made) });
    const r = await job.result;
    expect(r).toMatchObject({ kind: 'step', step: { kind: 'done', outcome: { file: 'a.csv' } } });
    expect(made).toHaveLength(1);
  });

  it('cancelled before the client has loaded, it starts no worker and says cancelled', async () => {
    const made: WorkerLike[] = [];
    const job = startImportLazily(source, { createWorker: answeringWorker(made) });
    job.cancel();
    expect(await job.result).toEqual({ kind: 'cancelled' });
    expect(made).toHaveLength(0);
  });
});
