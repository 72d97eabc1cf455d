import type { Problem } from '../model/validateDataset';
import type { EventBounds } from './eventBounds';

/**
 * The messages between the page and the load worker (loadOffThread.ts). The
 * page and the worker both have the file: the worker finds where each event
 * is in the text and sends those offsets as it finds them, then parses and
 * validates the whole file a chunk of events at a time; meanwhile the page
 * parses the events a chunk per task from the offsets and prepares them
 * (orders them, builds the catalog). Nothing
 * big crosses back (a structured clone of 100,000 events costs the page more
 * than parsing them), and each core does half the work.
 */
export type LoadStep = 'parsing' | 'checking' | 'receiving';

/** Events the page parses per task (a few milliseconds' work); the worker sends offsets in as many. */
export const EVENTS_PER_TASK = 2000;

export interface LoadRequest {
  type: 'load';
  url: string;
  bytes: ArrayBuffer;
}

export type LoadMessage =
  | { type: 'progress'; step: LoadStep }
  /** Where some events are, sent as they are found (see FoundEvents): the page starts on them. */
  | { type: 'elements'; open: number; from: number; elements: Uint32Array }
  /** Where the events are in the text; null when they cannot be found (the verdict says why). */
  | { type: 'bounds'; bounds: EventBounds | null }
  | { type: 'verdict'; ok: true }
  | { type: 'verdict'; ok: false; url: string; problems: Problem[] };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function isLoadRequest(v: unknown): v is LoadRequest {
  return (
    isObj(v) && v.type === 'load' && typeof v.url === 'string' && v.bytes instanceof ArrayBuffer
  );
}

export function isLoadMessage(v: unknown): v is LoadMessage {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'progress':
      return v.step === 'parsing' || v.step === 'checking' || v.step === 'receiving';
    case 'elements':
      return (
        typeof v.open === 'number' &&
        typeof v.from === 'number' &&
        v.elements instanceof Uint32Array
      );
    case 'bounds': {
      const b = v.bounds;
      return (
        b === null ||
        (isObj(b) &&
          typeof b.open === 'number' &&
          typeof b.close === 'number' &&
          b.elements instanceof Uint32Array)
      );
    }
    case 'verdict':
      return (
        v.ok === true || (v.ok === false && typeof v.url === 'string' && Array.isArray(v.problems))
      );
    default:
      return false;
  }
}
