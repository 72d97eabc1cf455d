import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { WorkerMessage } from './protocol';
import { runImportRequest } from './workerJob';
import { MAX_FILE_BYTES } from './limits';

async function run(
  source: Parameters<typeof runImportRequest>[0]['source'],
  fetchFn?: typeof fetch,
) {
  const messages: WorkerMessage[] = [];
  await runImportRequest({ type: 'import', id: 7, source }, (m) => messages.push(m), fetchFn);
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
    const last = messages.at(-1)!;
    expect(last.type).toBe('result');
    expect(last.id).toBe(7);
    if (last.type === 'result' && last.step.kind === 'done') {
      expect(last.step.outcome.dataset?.events).toHaveLength(12);
    } else throw new Error('no outcome');
  });

  it('refuses a file over the size limit without reading it, naming the limit', async () => {
    const big = { name: 'huge.csv', size: MAX_FILE_BYTES + 1 } as File;
    Object.setPrototypeOf(big, File.prototype);
    const messages = await run({ kind: 'file', file: big });
    const last = messages.at(-1)!;
    expect(
      last.type === 'result' && last.step.kind === 'done' && last.step.outcome.problems,
    ).toEqual([
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
    const a = await run({ kind: 'file', file: new File([utf16], 'u16.csv') });
    const stepA = a.at(-1)!;
    expect(stepA.type === 'result' && stepA.step.kind).toBe('needs-mapping');
    if (stepA.type === 'result' && stepA.step.kind === 'needs-mapping') {
      expect(stepA.step.mapping.sample).toEqual([['2020-08-09', 'Минск']]);
    }
    const latin1 = new Uint8Array([
      ...Buffer.from('date,title,x\r\n2020-08-09,Caf'),
      0xe9,
      0x0d,
      0x0a,
    ]);
    const b = await run({ kind: 'text', name: 'p', text: new TextDecoder().decode(latin1) });
    const stepB = b.at(-1)!;
    expect(stepB.type === 'result' && stepB.step.kind).toBe('needs-mapping');
  });

  it('loads a URL (the app’s own datasets) and says when it cannot', async () => {
    const json = readFileSync('tests/fixtures/import/eventmap.json', 'utf8');
    const ok = await run(
      { kind: 'url', name: 'data/x.json', url: 'data/x.json' },
      (async () => new Response(json)) as typeof fetch,
    );
    const last = ok.at(-1)!;
    expect(
      last.type === 'result' &&
        last.step.kind === 'done' &&
        last.step.outcome.dataset?.events.length,
    ).toBe(5);
    const missing = await run(
      { kind: 'url', name: 'data/y.json', url: 'data/y.json' },
      (async () => new Response('', { status: 404 })) as typeof fetch,
    );
    const m = missing.at(-1)!;
    expect(
      m.type === 'result' && m.step.kind === 'done' && m.step.outcome.problems[0]?.message,
    ).toBe('could not be loaded: HTTP 404');
  });
});
