import { validateDataset, type Problem } from '../model/validateDataset';
import type { Dataset } from '../model/types';
import { decodeUtf8 } from './decodeUtf8';

export type LoadResult =
  { ok: true; dataset: Dataset; url: string } | { ok: false; url: string; problems: Problem[] };

/** The bundled dataset, relative to the page so the build works under any path. */
export const DEFAULT_DATASET = 'data/belarus-2020-08.json';

/**
 * Resolves the `?data=` parameter. Only same-origin paths are allowed: a
 * dataset from another origin needs its own safeguards (size, CORS, trust).
 */
export function resolveDatasetUrl(
  param: string | null,
  base: string,
): { ok: true; url: string } | { ok: false; message: string } {
  if (param === null || param.trim() === '')
    return { ok: true, url: new URL(DEFAULT_DATASET, base).href };
  let url: URL;
  try {
    url = new URL(param, base);
  } catch {
    return { ok: false, message: `data=${JSON.stringify(param)} is not a valid path` };
  }
  if (url.origin !== new URL(base).origin) {
    return {
      ok: false,
      message: `data=${JSON.stringify(param)} is on another site; only files from this site can be loaded this way`,
    };
  }
  return { ok: true, url: url.href };
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** Parses JSON text and validates it, reporting where a syntax error is. */
export function parseDatasetText(text: string, name: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    const where = pos ? ` at ${lineCol(text, Number(pos[1]))}` : '';
    return {
      ok: false,
      url: name,
      problems: [{ path: name, message: `is not valid JSON${where}: ${message}` }],
    };
  }
  const r = validateDataset(json);
  return r.ok
    ? { ok: true, dataset: r.dataset, url: name }
    : { ok: false, url: name, problems: r.problems };
}

/**
 * The largest dataset file the app reads: well under the longest string a
 * browser can hold (about 512 MB in Chrome), and what a phone can parse. About
 * 150,000 events with quotes.
 */
export const MAX_DATASET_BYTES = 256 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;

/** Fetches, decodes and validates a dataset; every failure is a problem, never a throw. */
export async function loadDataset(url: string, fetchFn: typeof fetch = fetch): Promise<LoadResult> {
  const fail = (message: string): LoadResult => ({
    ok: false,
    url,
    problems: [{ path: url, message }],
  });
  const why = (err: unknown) => (err instanceof Error ? err.message : String(err));
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch (err) {
    return fail(`could not be fetched: ${why(err)}`);
  }
  if (!res.ok) return fail(`could not be loaded: HTTP ${res.status}`);
  const tooBig = (bytes: number) =>
    fail(
      `is ${megabytes(bytes)}; the app reads dataset files up to ${megabytes(MAX_DATASET_BYTES)} (split it into several files)`,
    );
  const declared = Number(res.headers.get('content-length'));
  if (declared > MAX_DATASET_BYTES) return tooBig(declared);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (err) {
    return fail(`could not be read: ${why(err)}`);
  }
  if (bytes.byteLength > MAX_DATASET_BYTES) return tooBig(bytes.byteLength);
  const text = decodeUtf8(bytes);
  if (typeof text !== 'string') {
    return fail(
      `is not UTF-8 text (line ${text.badLine} is in another encoding): save it as UTF-8 and reload`,
    );
  }
  return parseDatasetText(text, url);
}
