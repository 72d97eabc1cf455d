import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { recordFigures, test } from './fixtures';
import { round, type Figure } from './figures';
import { runs } from './options';

interface SizeReport {
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
}

/**
 * The JS and CSS the first view loads (what dist/index.html names and those
 * scripts import statically), raw and gzip, from the same script as
 * `npm run size`. Recorded, never failed on: the budget is `npm run size`'s job.
 */
if (runs('bytes')) {
  test('bytes: initial JS and CSS', async () => {
    const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
    const out = execFileSync(
      process.execPath,
      [root('scripts/size-budget.mjs'), root('dist'), '--json'],
      { encoding: 'utf8' },
    );
    const r = JSON.parse(out) as SizeReport;
    const kb = (bytes: number) => round(bytes / 1000, 2);
    const figures: Figure[] = [];
    for (const kind of ['js', 'css'] as const) {
      figures.push({ key: `bytes/initial/${kind}.raw`, value: kb(r[kind].raw), unit: 'KB' });
      figures.push({ key: `bytes/initial/${kind}.gzip`, value: kb(r[kind].gzip), unit: 'KB' });
    }
    console.log(figures.map((f) => `${f.key} ${f.value} KB`).join('; '));
    await recordFigures(figures);
  });
}
