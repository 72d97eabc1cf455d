import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, arch, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { format, resolveConfig } from 'prettier';
import {
  BROWSER_ATTACHMENT,
  FIGURES_ATTACHMENT,
  round,
  type Figure,
  type Machine,
  type Results,
} from './figures';
import { CPU_SLOWDOWN, FULL_RUN, RUNS, only } from './options';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Committed: the baseline every run is compared with. */
const RESULTS = 'tests/bench/results.json';
/** Not committed: the last run, whatever it covered, and its README tables. */
const LATEST = 'bench-results/latest.json';
const SUMMARY = 'bench-results/summary.md';

const SUITE_ORDER = ['load', 'timeline', 'filters', 'map', 'bytes'];

const METRICS: Record<string, string> = {
  ready: 'ready (app:ready, painted)',
  longestTask: 'longest main-thread task before ready',
  heap: 'JS heap after load (after GC)',
  wheel: 'wheel-zoom step',
  drag: 'drag step',
  search: 'search: key → paint',
  type: 'tick a type: click → paint',
  actor: 'tick an actor: click → paint',
  windowKey: 'date window, Shift+arrow: key → paint',
  windowMove: 'date window drag: move → paint',
  windowDrop: 'date window drag: release → paint',
  'zoom.settle': 'wheel zoom: input → settled',
  'zoom.frame': 'wheel zoom: longest frame per step',
  'pan.settle': 'drag pan: input → settled',
  'pan.frame': 'drag pan: longest frame per step',
  'js.raw': 'initial JS, raw',
  'js.gzip': 'initial JS, gzip (budget 110)',
  'css.raw': 'initial CSS, raw',
  'css.gzip': 'initial CSS, gzip (budget 15)',
};

function label(key: string): string {
  const [suite, size, metric = ''] = key.split('/');
  const m = /^(.*?)(\.et)?(\.p50|\.p95)?$/.exec(metric)!;
  const name = METRICS[m[1]!] ?? m[1]!;
  const how = `${m[3] ? ` ${m[3].slice(1)}` : ''}${m[2] ? ' (Event Timing)' : ''}`;
  const n = Number(size);
  // Sizes are a count of events, "article", or a named case ("problems-60000").
  const count = Number.isFinite(n) ? n.toLocaleString('en') : null;
  const where =
    suite === 'bytes'
      ? ''
      : ` · ${count === null ? size : suite === 'map' ? `${count} placed` : `${count} ev`}`;
  return `${suite}${where} · ${name}${how}`;
}

function machine(browser: string, load: number[]): Machine {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    cores: cpu.length,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    memoryGB: round(totalmem() / 1e9, 1),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    chromium: browser,
    loadAverage: [round(load[0] ?? NaN, 2), round(loadavg()[0]!, 2)],
  };
}

/** The committed baseline: from git's HEAD if possible, else the file as it is. */
function previous(): Results | null {
  try {
    const text = execFileSync('git', ['show', `HEAD:${RESULTS}`], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return JSON.parse(text) as Results;
  } catch {
    const path = `${ROOT}${RESULTS}`;
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Results) : null;
  }
}

const fmt = (v: number | undefined, unit: string) =>
  v === undefined || Number.isNaN(v)
    ? '—'
    : `${v.toLocaleString('en', { maximumFractionDigits: unit === 'KB' ? 2 : 1 })} ${unit}`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '),
    )
    .join('\n');
}

/** The figures beside the committed ones: now, before, difference and its share. */
export function comparison(figures: Figure[], before: Results | null): string {
  const rows = [['figure', 'now', 'before', 'Δ', 'Δ %']];
  for (const f of figures) {
    const b = before?.figures[f.key];
    const d = b ? f.value - b.value : undefined;
    const pct = b && b.value !== 0 && d !== undefined ? (100 * d) / b.value : undefined;
    rows.push([
      label(f.key),
      fmt(f.value, f.unit),
      fmt(b?.value, f.unit),
      d === undefined ? '' : `${d > 0 ? '+' : ''}${fmt(round(d, 2), f.unit)}`,
      pct === undefined ? '' : `${pct > 0 ? '+' : ''}${pct.toFixed(0)}%`,
    ]);
  }
  return table(rows);
}

const sizeOrder = (s: string) => (s === 'article' ? -1 : Number(s));

/** Markdown tables of the figures, one per suite, as in README "Performance". */
export function summary(r: Results & { machine: Machine }): string {
  const get = (k: string) => r.figures[k]?.value;
  const n = (v: number | undefined, digits = 0) =>
    v === undefined ? '—' : v.toLocaleString('en', { maximumFractionDigits: digits });
  const pair = (k: string) => `${n(get(`${k}.p50`))} / ${n(get(`${k}.p95`))}`;
  const sizes = (suite: string) =>
    [
      ...new Set(
        Object.keys(r.figures)
          .filter((k) => k.startsWith(`${suite}/`))
          .map((k) => k.split('/')[1]!)
          // Named cases ("problems-60000") are not rows of the size tables.
          .filter((s) => s === 'article' || Number.isFinite(Number(s))),
      ),
    ].sort((a, b) => sizeOrder(a) - sizeOrder(b));
  const events = (s: string) => (s === 'article' ? 'article' : Number(s).toLocaleString('en'));
  const md = (head: string[], rows: string[][]) =>
    [
      `| ${head.join(' | ')} |`,
      `| ${head.map((_, i) => (i === 0 ? ':--' : '--:')).join(' | ')} |`,
      ...rows.map((row) => `| ${row.join(' | ')} |`),
    ].join('\n');
  const out: string[] = [];
  const m = r.machine;
  out.push(
    `${m.date.slice(0, 10)}, ${m.cores} cores (${m.cpu}), Chromium ${m.chromium} headless, Node ${m.node}; ms unless marked, p50 / p95.`,
  );
  if (sizes('load').length) {
    out.push(
      md(
        ['events', 'ready (painted), median', 'longest task before ready', 'JS heap after load'],
        sizes('load').map((s) => [
          events(s),
          `${n(get(`load/${s}/ready`))} ms`,
          `${n(get(`load/${s}/longestTask`))} ms`,
          `${n(get(`load/${s}/heap`), 1)} MB`,
        ]),
      ),
    );
  }
  if (sizes('timeline').length) {
    out.push(
      md(
        ['events', 'wheel-zoom step', 'drag step', 'wheel-zoom frame', 'drag frame'],
        sizes('timeline').map((s) => [
          events(s),
          pair(`timeline/${s}/wheel`),
          pair(`timeline/${s}/drag`),
          pair(`timeline/${s}/wheelFrame`),
          pair(`timeline/${s}/dragFrame`),
        ]),
      ),
    );
  }
  if (sizes('filters').length) {
    // Event Timing has no entries for a pointermove, nor for what trails an input (results).
    const timedByBrowser = (c: string) => c !== 'windowMove' && c !== 'searchResults';
    const cols = [
      'search',
      'searchResults',
      'type',
      'actor',
      'windowKey',
      'windowDrop',
      'windowMove',
    ];
    const head = [
      'events',
      'search key',
      'search key → results',
      'tick type',
      'tick actor',
      'window Shift+→/←',
      'window drag release',
      'window drag move',
    ];
    out.push(
      md(
        head,
        sizes('filters').map((s) => [events(s), ...cols.map((c) => pair(`filters/${s}/${c}`))]),
      ),
    );
    out.push(
      'Event Timing API, same inputs (entries under 16 ms count as 16):\n\n' +
        md(
          head.filter((_, i) => i === 0 || timedByBrowser(cols[i - 1]!)),
          sizes('filters').map((s) => [
            events(s),
            ...cols.filter(timedByBrowser).map((c) => pair(`filters/${s}/${c}.et`)),
          ]),
        ),
    );
  }
  if (sizes('map').length) {
    out.push(
      md(
        [
          'placed events',
          'zoom: settled',
          'zoom: longest frame',
          'pan: settled',
          'pan: longest frame',
        ],
        sizes('map').map((s) => [
          events(s),
          pair(`map/${s}/zoom.settle`),
          pair(`map/${s}/zoom.frame`),
          pair(`map/${s}/pan.settle`),
          pair(`map/${s}/pan.frame`),
        ]),
      ),
    );
  }
  if (get('bytes/initial/js.gzip') !== undefined) {
    out.push(
      md(
        ['initial load', 'raw', 'gzip', 'budget (gzip)'],
        [
          [
            'JS',
            `${n(get('bytes/initial/js.raw'), 1)} KB`,
            `${n(get('bytes/initial/js.gzip'), 1)} KB`,
            '110 KB',
          ],
          [
            'CSS',
            `${n(get('bytes/initial/css.raw'), 1)} KB`,
            `${n(get('bytes/initial/css.gzip'), 1)} KB`,
            '15 KB',
          ],
        ],
      ),
    );
  }
  return out.join('\n\n') + '\n';
}

/**
 * Collects the figures the benchmarks attach, prints them beside the
 * committed results, and saves them: every run to bench-results/, a full
 * run that passed also to tests/bench/results.json (to commit as the new
 * baseline).
 */
export default class BenchReporter implements Reporter {
  private figures: Figure[] = [];
  private browser = 'unknown';
  private load = loadavg();

  onTestEnd(_test: TestCase, result: TestResult): void {
    for (const a of result.attachments) {
      if (!a.body) continue;
      if (a.name === FIGURES_ATTACHMENT)
        this.figures.push(...(JSON.parse(a.body.toString()) as Figure[]));
      if (a.name === BROWSER_ATTACHMENT) this.browser = a.body.toString();
    }
  }

  async onEnd(result: FullResult): Promise<void> {
    if (this.figures.length === 0) return;
    const order = (f: Figure) => SUITE_ORDER.indexOf(f.key.split('/')[0]!);
    const figures = this.figures
      .map((f, i) => ({ f, i }))
      .sort((a, b) => order(a.f) - order(b.f) || a.i - b.i)
      .map(({ f }) => f);
    const results: Results = {
      machine: machine(this.browser, this.load),
      figures: Object.fromEntries(figures.map((f) => [f.key, { value: f.value, unit: f.unit }])),
    };
    const before = previous();
    const was = before
      ? ` (committed: ${before.machine.date.slice(0, 10)}, ${before.machine.cores} cores, Chromium ${before.machine.chromium})`
      : ' (nothing committed yet)';
    const slowed = CPU_SLOWDOWN > 1 ? `, main thread slowed ${CPU_SLOWDOWN}×` : '';
    console.log(`\nBenchmark figures, medians of ${RUNS} fresh loads or rounds${slowed}${was}:\n`);
    console.log(comparison(figures, before));

    mkdirSync(`${ROOT}bench-results`, { recursive: true });
    const run = {
      ...results,
      run: { only, runs: RUNS, cpuSlowdown: CPU_SLOWDOWN, full: FULL_RUN, status: result.status },
    };
    writeFileSync(`${ROOT}${LATEST}`, `${JSON.stringify(run, null, 2)}\n`);
    writeFileSync(`${ROOT}${SUMMARY}`, summary(results));
    if (FULL_RUN && result.status === 'passed') {
      // Formatted as `npm run lint` wants it, so the new baseline commits as it is.
      const path = `${ROOT}${RESULTS}`;
      const options = (await resolveConfig(path)) ?? {};
      writeFileSync(path, await format(JSON.stringify(results), { ...options, filepath: path }));
      console.log(`\nWrote ${RESULTS} (commit it as the new baseline) and ${SUMMARY}.`);
    } else {
      const why =
        result.status !== 'passed'
          ? 'a benchmark failed'
          : 'BENCH_ONLY, BENCH_SIZES, BENCH_RUNS or BENCH_CPU_SLOWDOWN is set';
      console.log(`\nWrote ${LATEST} and ${SUMMARY}; ${RESULTS} is left as it is (${why}).`);
    }
  }

  printsToStdio(): boolean {
    return true;
  }
}
