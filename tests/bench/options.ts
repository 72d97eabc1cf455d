/**
 * What `npm run bench` runs, from the environment (README "Performance"):
 *
 *   BENCH_ONLY=load,timeline,filters,map,import,bytes   suites to run (default: all)
 *   BENCH_SIZES=article,100,10000                dataset sizes for every suite run
 *                                                (default: each suite's own list)
 *   BENCH_RUNS=1                                 fresh loads / rounds per figure (default 3)
 *   BENCH_CPU_SLOWDOWN=2                         the page's main thread slowed this many times
 *                                                (Chromium's CPU throttling): a stand-in for a
 *                                                slower or busier machine, to see a figure's headroom
 *
 * A run with none of these set is a full run: it rewrites the committed
 * tests/bench/results.json. Any other run writes bench-results/ only.
 */

export const SUITES = ['load', 'timeline', 'filters', 'map', 'import', 'bytes'] as const;
export type Suite = (typeof SUITES)[number];

/** A dataset: the bundled article, or that many synthetic events. */
export type Size = 'article' | number;

const DEFAULT_SIZES: Record<Exclude<Suite, 'bytes'>, Size[]> = {
  load: ['article', 100, 1_000, 10_000, 50_000, 100_000],
  timeline: [10_000, 50_000, 100_000],
  filters: [10_000, 50_000, 100_000],
  map: [10_000, 50_000],
  import: [10_000, 100_000],
};

function list(name: string): string[] | null {
  const raw = process.env[name]?.trim();
  return raw ? raw.split(/[\s,]+/).filter(Boolean) : null;
}

function parseOnly(): Suite[] {
  const only = list('BENCH_ONLY');
  if (!only) return [...SUITES];
  const bad = only.filter((s) => !(SUITES as readonly string[]).includes(s));
  if (bad.length > 0) {
    throw new Error(`BENCH_ONLY: unknown suite ${bad.join(', ')}; expected ${SUITES.join(', ')}`);
  }
  return only as Suite[];
}

function parseSizes(): Size[] | null {
  const sizes = list('BENCH_SIZES');
  if (!sizes) return null;
  return sizes.map((s) => {
    if (s === 'article') return 'article';
    const n = Number(s.replace(/_/g, '').replace(/k$/i, '000'));
    if (!Number.isInteger(n) || n < 1) {
      throw new Error(`BENCH_SIZES: "${s}" is not "article" or a whole number of events`);
    }
    return n;
  });
}

function parseRuns(): number {
  const raw = process.env.BENCH_RUNS?.trim();
  if (!raw) return 3;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_RUNS: "${raw}" is not a whole number`);
  return n;
}

function parseSlowdown(): number {
  const raw = process.env.BENCH_CPU_SLOWDOWN?.trim();
  if (!raw) return 1;
  const n = Number(raw);
  if (!(n >= 1)) throw new Error(`BENCH_CPU_SLOWDOWN: "${raw}" is not a number of 1 or more`);
  return n;
}

export const only = parseOnly();
export const RUNS = parseRuns();
export const CPU_SLOWDOWN = parseSlowdown();
const sizes = parseSizes();

/** Runs the full default set: the only kind of run whose results are committed. */
export const FULL_RUN =
  !process.env.BENCH_ONLY &&
  !process.env.BENCH_SIZES &&
  !process.env.BENCH_RUNS &&
  !process.env.BENCH_CPU_SLOWDOWN;

export function runs(suite: Suite): boolean {
  return only.includes(suite);
}

/** The sizes `suite` runs at: BENCH_SIZES if set (the article only where it applies), else its own. */
export function sizesFor(suite: Exclude<Suite, 'bytes'>): Size[] {
  if (!runs(suite)) return [];
  if (!sizes) return DEFAULT_SIZES[suite];
  return suite === 'load' ? sizes : sizes.filter((s) => s !== 'article');
}

export const sizeName = (s: Size) => (s === 'article' ? 'article' : String(s));
