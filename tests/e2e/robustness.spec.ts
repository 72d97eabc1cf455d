import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

/** A dataset with one bad date per event: `n` problems. */
function brokenDataset(n: number): string {
  return JSON.stringify({
    meta: {
      title: 'Broken',
      description: 'Every date is wrong.',
      language: 'en',
      published: '2020-08-15',
      sources: [{ id: 's', publisher: 'P', title: 'T', published: '2020-08-15' }],
    },
    actors: [],
    places: [],
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      date: '2020-13-01',
      type: 'protest',
      title: 'x',
      summary: 'y',
      actors: [],
      place: null,
      figures: [],
      sources: [{ source: 's', quote: 'q' }],
    })),
  });
}

async function serve(page: Page, path: string, body: string | Buffer): Promise<void> {
  await page.route(`**/${path}`, (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
}

test('60,000 problems: the first 200 are listed with the total, the full list downloads as text', async ({
  page,
}) => {
  await serve(page, 'data/many-problems.json', brokenDataset(60_000));
  await openApp(page, 'data=data/many-problems.json');
  // For the report only (README "Limits"), never asserted: timings belong in `npm run bench`.
  const ready = await page.evaluate(() => performance.getEntriesByName('app:ready')[0]!.startTime);
  console.log(`60,000 problems: app:ready after ${Math.round(ready)} ms`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('has 60,000 problems');
  await expect(alert.getByRole('listitem')).toHaveCount(200);
  await expect(alert.getByRole('listitem').last()).toContainText('events[199].date');
  await expect(alert).toContainText('The first 200 of 60,000 problems are listed');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download all 60,000 problems (text)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('many-problems-problems.txt');
  const lines = readFileSync((await download.path())!, 'utf8')
    .trimEnd()
    .split('\n');
  expect(lines).toHaveLength(60_000);
  expect(lines[59_999]).toBe(
    'events[59999].date: "2020-13-01" is not a valid EDTF date: month 13 is not 01–12',
  );
});
