import { test } from './fixtures';
import { problemsQuery } from './datasets';
import { round, stats } from './figures';
import { RUNS, runs } from './options';

/**
 * The error page of a dataset with 60,000 problems: time to `app:ready`
 * (it shows the first 200 and offers the whole list as a download).
 */
test('load: error page with 60,000 problems', async ({ bench }) => {
  test.skip(!runs('load'), 'load suite not selected');
  const ready: number[] = [];
  for (let run = 0; run < RUNS; run++)
    ready.push((await bench.open(problemsQuery(60_000))).readyMs);
  console.log(`error page, 60,000 problems: ready ${ready.map((x) => round(x)).join(', ')} ms`);
  await bench.record([
    { key: 'load/problems-60000/ready', value: round(stats(ready).median), unit: 'ms' },
  ]);
});
