import type { ColumnMapping, ImportOutcome, ImportStep, MappingNeeded } from './types';
import type { EventRecord } from '../../model/types';
import { nextTask } from '../nextTask';

/**
 * The messages between the page and the import worker. Pure data, checked on
 * arrival: whatever posts to the worker or the page is not trusted to post
 * well-formed messages.
 *
 * Cancelling is not a message: the worker parses synchronously and would
 * read a "cancel" only when it is done. The page ends the worker instead
 * (client.ts), which stops it at once and frees its memory.
 */

/** What to import: a file the reader chose, text they pasted, or a URL (the app's own datasets). */
export type ImportSource =
  | { kind: 'file'; file: File }
  | { kind: 'text'; name: string; text: string }
  | { kind: 'url'; name: string; url: string };

export interface ImportRequest {
  type: 'import';
  id: number;
  source: ImportSource;
  mapping?: ColumnMapping;
}

/** reading: the file's bytes; parsing: its rows; checking: validation of what was read. */
export type ImportPhase = 'reading' | 'parsing' | 'checking';
export const PHASES: readonly ImportPhase[] = ['reading', 'parsing', 'checking'];

export interface ProgressMessage {
  type: 'progress';
  id: number;
  phase: ImportPhase;
  /** Share of the phase done (0–1), or null when the phase cannot tell. */
  fraction: number | null;
}

/**
 * A step as it crosses to the page. An outcome travels as JSON text: the
 * page's thread then spends about half as long taking in 100,000 events
 * (measured in Chromium: ~0.5 s for JSON.parse against ~1 s to take the same
 * objects from a structured clone), and that time is the page frozen. A big
 * dataset's events travel apart, `EVENTS_PER_PART` a part of UTF-8 JSON
 * bytes, moved rather than copied (`transferOf`) and each read in a task of
 * its own: as one text, 100,000 events held the page for ~0.2 s, half of it
 * copying the text in before any of our code ran.
 */
export type WireStep =
  | { kind: 'needs-mapping'; mapping: MappingNeeded }
  | { kind: 'done'; outcome: string; events?: Uint8Array[] };

export const EVENTS_PER_PART = 10_000;

export interface ResultMessage {
  type: 'result';
  id: number;
  step: WireStep;
}

/** Something broke in the worker itself (a bug, or memory): the import cannot go on. */
export interface FailureMessage {
  type: 'failure';
  id: number;
  message: string;
}

export type WorkerMessage = ProgressMessage | ResultMessage | FailureMessage;

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function isImportRequest(v: unknown): v is ImportRequest {
  if (!isObj(v) || v.type !== 'import' || typeof v.id !== 'number' || !isObj(v.source)) {
    return false;
  }
  const s = v.source;
  const sourceOk =
    (s.kind === 'file' && typeof File !== 'undefined' && s.file instanceof File) ||
    (s.kind === 'text' && typeof s.name === 'string' && typeof s.text === 'string') ||
    (s.kind === 'url' && typeof s.name === 'string' && typeof s.url === 'string');
  return sourceOk && (v.mapping === undefined || isObj(v.mapping));
}

export function isWorkerMessage(v: unknown): v is WorkerMessage {
  if (!isObj(v) || typeof v.id !== 'number') return false;
  switch (v.type) {
    case 'progress':
      return (
        PHASES.includes(v.phase as ImportPhase) &&
        (v.fraction === null ||
          (typeof v.fraction === 'number' && v.fraction >= 0 && v.fraction <= 1))
      );
    case 'result':
      return (
        isObj(v.step) &&
        ((v.step.kind === 'done' &&
          typeof v.step.outcome === 'string' &&
          (v.step.events === undefined ||
            (Array.isArray(v.step.events) &&
              v.step.events.every((part) => ArrayBuffer.isView(part))))) ||
          (v.step.kind === 'needs-mapping' && isObj(v.step.mapping)))
      );
    case 'failure':
      return typeof v.message === 'string';
    default:
      return false;
  }
}

/** How much of the whole import each phase is, roughly: reading is quick, parsing the bulk. */
// In percent, so that one phase's end is exactly the next one's start.
const WEIGHT: Record<ImportPhase, [start: number, share: number]> = {
  reading: [0, 20],
  parsing: [20, 65],
  checking: [85, 15],
};

/** The share of the whole import done (0–1) for a progress bar; null when it cannot be told. */
export function overallFraction(p: Pick<ProgressMessage, 'phase' | 'fraction'>): number | null {
  const [start, share] = WEIGHT[p.phase];
  if (p.fraction === null) return p.phase === 'reading' ? null : start / 100;
  return (start + share * p.fraction) / 100;
}

const LABEL: Record<ImportPhase, string> = {
  reading: 'Reading',
  parsing: 'Reading rows of',
  checking: 'Checking',
};

/** "Reading rows of events.csv… 45%". */
export function progressLabel(
  p: Pick<ProgressMessage, 'phase' | 'fraction'>,
  file: string,
): string {
  const pct = p.fraction === null ? '' : ` ${Math.floor(p.fraction * 100)}%`;
  return `${LABEL[p.phase]} ${file}…${pct}`;
}

/**
 * Lets through a progress report only when it moved by `step` or the phase
 * changed, so a 100 MB file sends a hundred messages, not a million.
 */
export function progressGate(
  step = 0.01,
): (phase: ImportPhase, fraction: number | null) => boolean {
  let lastPhase: ImportPhase | null = null;
  let last = -1;
  return (phase, fraction) => {
    if (phase !== lastPhase) {
      lastPhase = phase;
      last = fraction ?? -1;
      return true;
    }
    if (fraction === null || fraction - last < step) return false;
    last = fraction;
    return true;
  };
}

export function encodeStep(step: ImportStep): WireStep {
  if (step.kind === 'needs-mapping') return { kind: 'needs-mapping', mapping: step.mapping };
  const { outcome } = step;
  const events = outcome.dataset?.events ?? [];
  if (!outcome.dataset || events.length <= EVENTS_PER_PART) {
    return { kind: 'done', outcome: JSON.stringify(outcome) };
  }
  const utf8 = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (let i = 0; i < events.length; i += EVENTS_PER_PART) {
    parts.push(utf8.encode(JSON.stringify(events.slice(i, i + EVENTS_PER_PART))));
  }
  const head = { ...outcome, dataset: { ...outcome.dataset, events: [] } };
  return { kind: 'done', outcome: JSON.stringify(head), events: parts };
}

/** What a message can move to the page instead of copying: its events' parts. */
export function transferOf(m: WorkerMessage): ArrayBuffer[] {
  if (m.type !== 'result' || m.step.kind !== 'done') return [];
  return (m.step.events ?? []).map((part) => part.buffer as ArrayBuffer);
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The step from the worker, its events' parts read one a task (`next`); null
 * if what arrived is not one (it then cannot be shown).
 */
export async function decodeStep(
  wire: WireStep,
  next: () => Promise<void> = nextTask,
): Promise<ImportStep | null> {
  if (wire.kind === 'needs-mapping') return { kind: 'needs-mapping', mapping: wire.mapping };
  const outcome = parse(wire.outcome) as ImportOutcome | undefined;
  if (!isObj(outcome) || !Array.isArray(outcome.problems)) return null;
  if (wire.events === undefined) return { kind: 'done', outcome };
  const events: unknown = outcome.dataset?.events;
  if (!Array.isArray(events)) return null;
  const utf8 = new TextDecoder();
  for (const bytes of wire.events) {
    await next();
    const part = parse(utf8.decode(bytes));
    if (!Array.isArray(part)) return null;
    for (const e of part as EventRecord[]) events.push(e);
  }
  return { kind: 'done', outcome };
}
