import { describe, expect, it } from 'vitest';
import {
  decodeStep,
  encodeStep,
  EVENTS_PER_PART,
  isImportRequest,
  isWorkerMessage,
  overallFraction,
  progressGate,
  progressLabel,
  transferOf,
} from './protocol';
import type { ImportOutcome } from './types';
import { syntheticDataset } from '../../../../tests/support/synthetic';

describe('import protocol', () => {
  it('accepts well-formed requests only', () => {
    const file = new File(['a'], 'a.csv');
    expect(isImportRequest({ type: 'import', id: 1, source: { kind: 'file', file } })).toBe(true);
    expect(
      isImportRequest({ type: 'import', id: 2, source: { kind: 'text', name: 'p', text: 'x' } }),
    ).toBe(true);
    expect(
      isImportRequest({
        type: 'import',
        id: 3,
        source: { kind: 'url', name: 'd', url: 'data/x.json' },
        mapping: { columns: { date: 0 }, dayFirst: true },
      }),
    ).toBe(true);
    for (const bad of [
      null,
      'import',
      { type: 'import', source: { kind: 'text', name: 'p', text: 'x' } },
      { type: 'import', id: 1, source: { kind: 'file', file: 'a.csv' } },
      { type: 'import', id: 1, source: { kind: 'text', name: 'p' } },
      { type: 'import', id: 1, source: { kind: 'text', name: 'p', text: 'x' }, mapping: 3 },
      { type: 'cancel', id: 1 },
    ]) {
      expect(isImportRequest(bad)).toBe(false);
    }
  });

  it('accepts well-formed worker messages only', () => {
    expect(isWorkerMessage({ type: 'progress', id: 1, phase: 'parsing', fraction: 0.5 })).toBe(
      true,
    );
    expect(isWorkerMessage({ type: 'progress', id: 1, phase: 'reading', fraction: null })).toBe(
      true,
    );
    expect(isWorkerMessage({ type: 'failure', id: 1, message: 'x' })).toBe(true);
    expect(
      isWorkerMessage({ type: 'result', id: 1, step: { kind: 'needs-mapping', mapping: {} } }),
    ).toBe(true);
    expect(isWorkerMessage({ type: 'result', id: 1, step: { kind: 'done', outcome: '{}' } })).toBe(
      true,
    );
    for (const bad of [
      { type: 'progress', id: 1, phase: 'guessing', fraction: 0.5 },
      { type: 'progress', id: 1, phase: 'parsing', fraction: 1.5 },
      { type: 'progress', phase: 'parsing', fraction: 0.5 },
      { type: 'result', id: 1, step: { kind: 'maybe' } },
      { type: 'result', id: 1, step: { kind: 'done', outcome: {} } },
      { type: 'failure', id: 1 },
      { type: 'hello', id: 1 },
    ]) {
      expect(isWorkerMessage(bad)).toBe(false);
    }
  });

  it('turns a phase’s progress into the whole import’s, always moving forward', () => {
    const steps = [
      { phase: 'reading', fraction: 0 },
      { phase: 'reading', fraction: 1 },
      { phase: 'parsing', fraction: 0 },
      { phase: 'parsing', fraction: 0.5 },
      { phase: 'parsing', fraction: 1 },
      { phase: 'checking', fraction: null },
      { phase: 'checking', fraction: 1 },
    ] as const;
    const overall = steps.map((s) => overallFraction(s)!);
    expect(overall[0]).toBe(0);
    expect(overall.at(-1)).toBe(1);
    for (let i = 1; i < overall.length; i++)
      expect(overall[i]).toBeGreaterThanOrEqual(overall[i - 1]!);
    expect(overallFraction({ phase: 'reading', fraction: null })).toBeNull();
  });

  it('labels progress for people', () => {
    expect(progressLabel({ phase: 'parsing', fraction: 0.456 }, 'events.csv')).toBe(
      'Reading rows of events.csv… 45%',
    );
    expect(progressLabel({ phase: 'checking', fraction: null }, 'events.csv')).toBe(
      'Checking events.csv…',
    );
  });

  it('lets through a report per step of progress and each new phase', () => {
    const gate = progressGate(0.1);
    const passed = [0, 0.05, 0.1, 0.15, 0.21, 0.32, 1].filter((f) => gate('parsing', f));
    expect(passed).toEqual([0, 0.1, 0.21, 0.32, 1]);
    expect(gate('checking', null)).toBe(true);
    expect(gate('checking', null)).toBe(false);
  });

  it('sends an outcome as JSON and takes it back; anything else is no step', async () => {
    const outcome = {
      file: 'a.csv',
      format: 'csv' as const,
      total: 0,
      dataset: null,
      problems: [],
      rejected: { header: [], rows: [] },
    };
    const wire = encodeStep({ kind: 'done', outcome });
    expect(typeof (wire as { outcome: unknown }).outcome).toBe('string');
    expect(await decodeStep(wire)).toEqual({ kind: 'done', outcome });
    expect(await decodeStep({ kind: 'done', outcome: 'not json' })).toBeNull();
    expect(await decodeStep({ kind: 'done', outcome: '[1]' })).toBeNull();
  });

  it('sends a big dataset’s events in parts, read one a task, and takes back every event in order', async () => {
    const dataset = syntheticDataset(EVENTS_PER_PART * 2 + 5);
    const outcome: ImportOutcome = {
      file: 'big.csv',
      format: 'csv',
      total: dataset.events.length,
      dataset,
      problems: [],
      rejected: { header: [], rows: [] },
    };
    const wire = encodeStep({ kind: 'done', outcome });
    expect(wire.kind === 'done' && wire.events).toHaveLength(3);
    expect(isWorkerMessage({ type: 'result', id: 1, step: wire })).toBe(true);
    let tasks = 0;
    const step = await decodeStep(wire, async () => void tasks++);
    expect(tasks).toBe(3);
    expect(step).toEqual({ kind: 'done', outcome });

    // A part that is not a list of events, or parts without a dataset: nothing to show.
    const head = (wire as { outcome: string }).outcome;
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(
      await decodeStep({ kind: 'done', outcome: head, events: [bytes('{"a":1}')] }),
    ).toBeNull();
    const empty = JSON.stringify({ ...outcome, dataset: null });
    expect(await decodeStep({ kind: 'done', outcome: empty, events: [bytes('[]')] })).toBeNull();
    expect(
      isWorkerMessage({
        type: 'result',
        id: 1,
        step: { kind: 'done', outcome: head, events: ['[]'] },
      }),
    ).toBe(false);
    // The parts are moved to the page, not copied.
    expect(transferOf({ type: 'result', id: 1, step: wire })).toHaveLength(3);
    expect(transferOf({ type: 'progress', id: 1, phase: 'parsing', fraction: 0.5 })).toEqual([]);
  });
});
