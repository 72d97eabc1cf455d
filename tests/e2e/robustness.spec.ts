import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { brokenDataset } from '../support/brokenDataset';

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
  // How long this takes is measured by `npm run bench` (tests/bench/map.bench.ts).
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

test('a tile template from a link is ignored with a notice, never fetched, and not carried into new links', async ({
  page,
  guard,
}) => {
  const evil = 'http://anyhost.test/{z}/{x}/{y}.png';
  await openApp(page, `event=human-chains&tiles=${encodeURIComponent(evil)}&tilesAttribution=x`);
  await expect(page.getByRole('list', { name: 'Notices' })).toContainText(
    `Ignored link parameter tiles="${evil}": this site loads map tiles only from its own providers, not from http://anyhost.test`,
  );
  await page.locator('.days [data-event-id="okrestina-releases"]').click();
  await expect(page).toHaveURL(/event=okrestina-releases/);
  expect(page.url()).not.toContain('tiles');
  expect(guard.blocked.filter((u) => u.includes('anyhost'))).toEqual([]);

  await openApp(page, `embed=1&event=human-chains&tiles=${encodeURIComponent(evil)}`);
  const full = page.getByRole('link', { name: 'Open full view ↗' });
  await expect(full).toHaveAttribute('href', /event=human-chains/);
  expect(await full.getAttribute('href')).not.toContain('tiles');
  expect(page.url()).not.toContain('tiles');
});
