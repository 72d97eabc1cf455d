import { importText } from './importText';
import { refused } from './finishImport';
import { MAX_FILE_BYTES, sizeRefusal } from './limits';
import {
  encodeStep,
  progressGate,
  type ImportPhase,
  type ImportRequest,
  type WorkerMessage,
} from './protocol';
import type { ImportStep } from './types';

const CHUNK = 4 * 1024 * 1024;

type Post = (m: WorkerMessage) => void;

/** The file's bytes as text, chunk by chunk so the page can show progress. UTF-16 if it says so. */
async function readFile(file: File, progress: (fraction: number) => void): Promise<string> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const encoding =
    head[0] === 0xff && head[1] === 0xfe
      ? 'utf-16le'
      : head[0] === 0xfe && head[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  const decoder = new TextDecoder(encoding);
  let text = '';
  for (let at = 0; at < file.size; at += CHUNK) {
    const bytes = await file.slice(at, at + CHUNK).arrayBuffer();
    text += decoder.decode(bytes, { stream: true });
    progress(Math.min(1, (at + CHUNK) / file.size));
  }
  return text + decoder.decode();
}

/** The text behind a source, or why it cannot be had. */
async function sourceText(
  req: ImportRequest,
  progress: (fraction: number | null) => void,
  fetchFn: typeof fetch,
): Promise<{ text: string } | { refusal: string }> {
  const { source } = req;
  if (source.kind === 'text') {
    // Pasted text: its length in UTF-16 units is at least its length in bytes' worth of characters.
    const refusal = sizeRefusal(source.text.length);
    return refusal ? { refusal } : { text: source.text };
  }
  if (source.kind === 'file') {
    const refusal = sizeRefusal(source.file.size);
    if (refusal) return { refusal };
    return { text: await readFile(source.file, progress) };
  }
  let res: Response;
  try {
    res = await fetchFn(source.url);
  } catch (err) {
    return { refusal: `could not be fetched: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!res.ok) return { refusal: `could not be loaded: HTTP ${res.status}` };
  const length = Number(res.headers.get('content-length'));
  if (Number.isFinite(length) && length > MAX_FILE_BYTES) return { refusal: sizeRefusal(length)! };
  progress(null);
  const text = await res.text();
  const refusal = sizeRefusal(text.length);
  return refusal ? { refusal } : { text };
}

/**
 * One import, start to end, reporting progress through `post`: what the
 * worker runs for each request (worker.ts), kept apart from the worker's
 * global scope so it can be tested directly.
 */
export async function runImportRequest(
  req: ImportRequest,
  post: Post,
  fetchFn: typeof fetch = fetch,
): Promise<void> {
  const { id } = req;
  const name = req.source.kind === 'file' ? req.source.file.name : req.source.name;
  const gate = progressGate();
  const progress = (phase: ImportPhase) => (fraction: number | null) => {
    if (gate(phase, fraction)) post({ type: 'progress', id, phase, fraction });
  };
  try {
    progress('reading')(0);
    const got = await sourceText(req, progress('reading'), fetchFn);
    if ('refusal' in got) {
      const outcome = refused(name, null, got.refusal);
      post({ type: 'result', id, step: encodeStep({ kind: 'done', outcome }) });
      return;
    }
    const parsing = progress('parsing');
    parsing(0);
    let checking = false;
    const step: ImportStep = importText(got.text, {
      file: name,
      ...(req.mapping ? { mapping: req.mapping } : {}),
      onProgress: (fraction) => {
        if (checking) return;
        parsing(fraction);
        // The rows are read; validation follows in the same call.
        if (fraction >= 1 && !checking) {
          checking = true;
          progress('checking')(null);
        }
      },
    });
    if (step.kind === 'done' && got.text.includes('\uFFFD')) {
      step.outcome.problems.unshift({
        file: name,
        message:
          'has characters that are not UTF-8 (shown as �): save it as “CSV UTF-8” and open it again',
        severity: 'warning',
      });
    }
    post({ type: 'result', id, step: encodeStep(step) });
  } catch (err) {
    post({ type: 'failure', id, message: err instanceof Error ? err.message : String(err) });
  }
}
