/** One benchmark result: `suite/size/metric`, e.g. `filters/10000/search.p95`. */
export interface Figure {
  key: string;
  value: number;
  unit: 'ms' | 'MB' | 'KB' | 'count';
}

/** The attachment name tests record figures under; the reporter collects them. */
export const FIGURES_ATTACHMENT = 'bench-figures';
/** The browser's version, attached by tests that open pages. */
export const BROWSER_ATTACHMENT = 'bench-browser';

/** What tests/bench/results.json holds. */
export interface Results {
  machine: Machine;
  /** Figure key → value, in the figure's unit. */
  figures: Record<string, { value: number; unit: Figure['unit'] }>;
}

export interface Machine {
  date: string;
  cores: number;
  cpu: string;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
  /** The 1-minute load average at the start and the end: other work on the machine slows every figure. */
  loadAverage: number[];
}

export interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
}

/** Nearest-rank quantiles (no interpolation: every figure is a time that happened). */
export function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s.at(-1) ?? NaN };
}

export const round = (x: number, digits = 1) => {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
};

/** `name.p50` and `name.p95` figures of a list of times. */
export function quantiles(prefix: string, name: string, xs: number[]): Figure[] {
  const s = stats(xs);
  return [
    { key: `${prefix}/${name}.p50`, value: round(s.median), unit: 'ms' },
    { key: `${prefix}/${name}.p95`, value: round(s.p95), unit: 'ms' },
  ];
}
