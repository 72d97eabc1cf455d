import { nextTask } from './nextTask';
import { validateDataset, type Problem } from '../model/validateDataset';
import type { Dataset } from '../model/types';
import { decodeUtf8 } from './decodeUtf8';
import type { LoadStep } from './datasetWire';

export type LoadResult =
  { ok: true; dataset: Dataset; url: string } | { ok: false; url: string; problems: Problem[] };

/** The bundled dataset, relative to the page so the build works under any path. */
export const DEFAULT_DATASET = 'data/belarus-2020-08.json';

/**
 * The origins a build allows `?data=` to load from besides its own
 * (`VITE_DATA_ALLOWED_ORIGINS`, comma-separated, e.g.
 * `https://data.example.org,https://newsroom.example`). Anything that is not
 * an http(s) origin is left out.
 */
export function parseAllowedOrigins(text: string | undefined): string[] {
  const out: string[] = [];
  for (const part of (text ?? '').split(',')) {
    const t = part.trim();
    if (t === '') continue;
    try {
      const u = new URL(t);
      if ((u.protocol === 'http:' || u.protocol === 'https:') && !out.includes(u.origin)) {
        out.push(u.origin);
      }
    } catch {
      // not an origin: ignored
    }
  }
  return out;
}

const BUILD_ALLOWED_ORIGINS = parseAllowedOrigins(import.meta.env.VITE_DATA_ALLOWED_ORIGINS);

export type ResolvedDataset =
  | {
      ok: true;
      url: string;
      /** Set when the data comes from another origin (one the build allows): show it. */
      origin?: string;
    }
  | { ok: false; message: string };

/**
 * Resolves the `?data=` parameter. Same-origin paths load; another origin
 * only when the build lists it in VITE_DATA_ALLOWED_ORIGINS, because a link
 * that makes this site show a stranger's "news" is a disinformation risk.
 */
export function resolveDatasetUrl(
  param: string | null,
  base: string,
  allowedOrigins: readonly string[] = BUILD_ALLOWED_ORIGINS,
): ResolvedDataset {
  if (param === null || param.trim() === '')
    return { ok: true, url: new URL(DEFAULT_DATASET, base).href };
  let url: URL;
  try {
    url = new URL(param, base);
  } catch {
    return { ok: false, message: `data=${JSON.stringify(param)} is not a valid path` };
  }
  const own = new URL(base).origin;
  if (url.origin === own) return { ok: true, url: url.href };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      message: `data=${JSON.stringify(param)} is not a web address; only files from this site can be loaded this way`,
    };
  }
  if (allowedOrigins.includes(url.origin)) return { ok: true, url: url.href, origin: url.origin };
  const also = allowedOrigins.length > 0 ? ` and from ${allowedOrigins.join(', ')}` : '';
  return {
    ok: false,
    message: `data=${JSON.stringify(param)} is on another site (${url.origin}); this site loads data only from itself${also}`,
  };
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** Parses JSON text and validates it, reporting where a syntax error is. */
export function parseDatasetText(text: string, name: string): LoadResult {
  const json = parseJson(text, name);
  return 'problems' in json ? json : checked(json.value, name);
}

function parseJson(
  text: string,
  name: string,
): { value: unknown } | Extract<LoadResult, { ok: false }> {
  try {
    return { value: JSON.parse(text) as unknown };
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
}

function checked(json: unknown, name: string): LoadResult {
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

/** Characters from which a load yields between its steps (about 3,000 events). */
const BIG_TEXT = 1_000_000;

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;

const why = (err: unknown) => (err instanceof Error ? err.message : String(err));

const failure = (url: string, message: string): Extract<LoadResult, { ok: false }> => ({
  ok: false,
  url,
  problems: [{ path: url, message }],
});

const tooBig = (url: string, bytes: number) =>
  failure(
    url,
    `is ${megabytes(bytes)}; the app reads dataset files up to ${megabytes(MAX_DATASET_BYTES)} (split it into several files)`,
  );

/** A dataset file's bytes, or why they cannot be had (never a throw). */
export async function fetchDatasetBytes(
  url: string,
  fetchFn: typeof fetch = fetch,
  /** Told the length the response declares (compressed, if it is), before its body is read. */
  onDeclared?: (bytes: number) => void,
): Promise<{ bytes: Uint8Array } | Extract<LoadResult, { ok: false }>> {
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch (err) {
    return failure(url, `could not be fetched: ${why(err)}`);
  }
  if (!res.ok) return failure(url, `could not be loaded: HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length'));
  if (declared > MAX_DATASET_BYTES) return tooBig(url, declared);
  if (declared > 0) onDeclared?.(declared);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (err) {
    return failure(url, `could not be read: ${why(err)}`);
  }
  if (bytes.byteLength > MAX_DATASET_BYTES) return tooBig(url, bytes.byteLength);
  return { bytes };
}

/** A dataset file's bytes as text, or why they are not text. */
export function decodeDataset(
  bytes: Uint8Array,
  url: string,
): { text: string } | Extract<LoadResult, { ok: false }> {
  const text = decodeUtf8(bytes);
  if (typeof text === 'string') return { text };
  return failure(
    url,
    `is not UTF-8 text (line ${text.badLine} is in another encoding): save it as UTF-8 and reload`,
  );
}

/**
 * Parses and validates a dataset file's text. `pause` runs before each step
 * of a big file: on the page, a new task (the page answers in between); in a
 * worker, a progress report.
 */
export async function checkDatasetText(
  text: string,
  url: string,
  pause: (next: Exclude<LoadStep, 'receiving'>) => Promise<void> = async () => {},
): Promise<LoadResult> {
  const big = text.length > BIG_TEXT;
  if (big) await pause('parsing');
  const json = parseJson(text, url);
  if ('problems' in json) return json;
  if (big) await pause('checking');
  return checked(json.value, url);
}

/** Decodes, parses and validates a dataset file's bytes (see checkDatasetText). */
export async function readDataset(
  bytes: Uint8Array,
  url: string,
  pause?: (next: Exclude<LoadStep, 'receiving'>) => Promise<void>,
): Promise<LoadResult> {
  const got = decodeDataset(bytes, url);
  return 'text' in got ? checkDatasetText(got.text, url, pause) : got;
}

/** Fetches, decodes and validates a dataset on the page; every failure is a problem, never a throw. */
export async function loadDataset(url: string, fetchFn: typeof fetch = fetch): Promise<LoadResult> {
  const got = await fetchDatasetBytes(url, fetchFn);
  // Each step of a big file is a task of its own: 100,000 events do not freeze the page
  // for the sum of them. A small file loads in one go (a task costs a few milliseconds).
  return 'bytes' in got ? readDataset(got.bytes, url, nextTask) : got;
}
