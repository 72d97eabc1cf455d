import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeStep, type WorkerMessage } from './protocol';
import type { ColumnMapping, ImportOutcome } from './types';
import { runImportRequest } from './workerJob';
import { MAX_FILE_BYTES } from './limits';

/** The outcome the last message carries. */
async function outcomeOf(messages: WorkerMessage[]): Promise<ImportOutcome> {
  const last = messages.at(-1)!;
  if (last.type !== 'result') throw new Error(`ended with ${last.type}`);
  const step = await decodeStep(last.step);
  if (step?.kind !== 'done') throw new Error('no outcome');
  return step.outcome;
}

async function run(
  source: Parameters<typeof runImportRequest>[0]['source'],
  fetchFn?: typeof fetch,
  mapping?: ColumnMapping,
) {
  const messages: WorkerMessage[] = [];
  await runImportRequest(
    { type: 'import', id: 7, source, ...(mapping ? { mapping } : {}) },
    (m) => messages.push(m),
    fetchFn,
  );
  return messages;
}

describe('runImportRequest', () => {
  it('reports progress through the phases, then the result', async () => {
    const text = readFileSync('tests/fixtures/import/acled.csv');
    const messages = await run({ kind: 'file', file: new File([text], 'acled.csv') });
    const phases = messages.filter((m) => m.type === 'progress').map((m) => m.phase);
    expect(phases[0]).toBe('reading');
    expect(phases).toContain('parsing');
    expect(phases.at(-1)).toBe('checking');
    expect(messages.at(-1)!.id).toBe(7);
    expect((await outcomeOf(messages)).dataset?.events).toHaveLength(12);
  });

  it('refuses a file over the size limit without reading it, naming the limit', async () => {
    const big = { name: 'huge.csv', size: MAX_FILE_BYTES + 1 } as File;
    Object.setPrototypeOf(big, File.prototype);
    const messages = await run({ kind: 'file', file: big });
    expect((await outcomeOf(messages)).problems).toEqual([
      {
        file: 'huge.csv',
        message: 'is 100.0 MB; files up to 100 MB can be opened',
        severity: 'error',
      },
    ]);
  });

  it('reads UTF-16 files and warns about text that is not UTF-8', async () => {
    const csv = 'date,title\r\n2020-08-09,Минск\r\n';
    const utf16 = new Uint8Array(2 + csv.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < csv.length; i++) {
      utf16[2 + i * 2] = csv.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = csv.charCodeAt(i) >> 8;
    }
    const mapping = { columns: { date: 0, title: 1 }, dayFirst: true };
    const a = await run({ kind: 'file', file: new File([utf16], 'u16.csv') }, undefined, mapping);
    expect((await outcomeOf(a)).dataset?.events.map((e) => e.title)).toEqual(['Минск']);
    expect((await outcomeOf(a)).problems).toEqual([]);
    const latin1 = new Uint8Array([
      ...Buffer.from('date,title\r\n2020-08-09,Caf'),
      0xe9,
      0x0d,
      0x0a,
    ]);
    const b = await run({ kind: 'file', file: new File([latin1], 'l1.csv') }, undefined, mapping);
    expect((await outcomeOf(b)).problems).toEqual([
      {
        file: 'l1.csv',
        message:
          'has characters that are not UTF-8 (shown as �): save it as “CSV UTF-8” and open it again',
        severity: 'warning',
      },
    ]);
    expect((await outcomeOf(b)).dataset?.events[0]?.title).toBe('Caf\uFFFD');
  });

  it('loads a URL (the app’s own datasets) and says when it cannot', async () => {
    const json = readFileSync('tests/fixtures/import/eventmap.json', 'utf8');
    const ok = await run(
      { kind: 'url', name: 'data/x.json', url: 'data/x.json' },
      (async () => new Response(json)) as typeof fetch,
    );
    expect((await outcomeOf(ok)).dataset?.events).toHaveLength(5);
    const missing = await run(
      { kind: 'url', name: 'data/y.json', url: 'data/y.json' },
      (async () => new Response('', { status: 404 })) as typeof fetch,
    );
    expect((await outcomeOf(missing)).problems[0]?.message).toBe('could not be loaded: HTTP 404');
  });
});
