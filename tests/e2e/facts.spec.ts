import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, listIds, openApp } from './fixtures';
import { parseCsv } from '../../src/lib/data/parseCsv';

const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });

test('the security forces between 12 and 14 August: the pledge and the apology, and the link keeps the group', async ({
  page,
}) => {
  await openApp(page);
  const groups = page.getByRole('group', { name: 'Actor groups' });
  const security = groups.getByRole('checkbox', { name: /Security forces/ });
  await security.check();
  await page.getByLabel('From', { exact: true }).fill('2020-08-12');
  await page.getByLabel('To', { exact: true }).fill('2020-08-14');
  await expect(page).toHaveURL(/to=2020-08-14/);
  const ids = await listIds(page);
  expect(ids).toEqual(
    expect.arrayContaining(['officers-pledge-not-to-attack', 'interior-minister-apology']),
  );
  await expect(page).toHaveURL(/groups=security-forces/);
  // The count beside the group is what ticking it gives: the events shown.
  await expect(security.locator('..').locator('.n')).toHaveText(String(ids.length));

  // Lanes by group, kept in the link too.
  await page.getByRole('radio', { name: 'By group' }).check();
  await expect(page).toHaveURL(/lanes=group/);
  await expect(page.locator('.lane-label').first()).toHaveText('Security forces');
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
  await expect(
    page
      .getByRole('group', { name: 'Actor groups' })
      .getByRole('checkbox', { name: /Security forces/ }),
  ).toBeChecked();
  expect(await listIds(page)).toEqual(ids);
});

test('search finds Okrestina as Akrestsina, in the list and on the map', async ({ page }) => {
  await openApp(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill('Akrestsina');
  await expect(page.getByTestId('event-count')).toHaveText('1 of 23 events');
  expect(await listIds(page)).toEqual(['okrestina-releases']);
  await expect(page.locator('.leaflet-marker-icon[data-place-id="okrestina"]')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await expect(page.getByTestId('event-count')).not.toHaveText('1 of 23 events');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Окрестина');
  await expect(page.getByTestId('event-count')).toHaveText('1 of 23 events');
  expect(await listIds(page)).toEqual(['okrestina-releases']);
});

test('the apology shows other reporting, its corrected date, and the timeline explains the mark', async ({
  page,
}) => {
  await openApp(page, 'event=interior-minister-apology');
  const pane = details(page);
  await expect(pane.getByRole('heading', { level: 2 })).toHaveText('Interior minister apologises');
  await expect(pane).toContainText('13 Aug 2020');
  await expect(pane).toContainText('Date from other reporting, not the source');
  const other = pane.getByRole('region', { name: 'Other reporting' });
  await expect(other).toContainText('Disagrees on date, account');
  await expect(other).toContainText('TASS, 2020-08-14');
  await expect(other.getByRole('link', { name: 'TASS' })).toHaveAttribute(
    'href',
    'https://tass.com/world/1189481',
  );
  // The list, the timeline's text alternative, says it too; the legend explains the diamond.
  await expect(page.locator('.days [data-event-id="interior-minister-apology"]')).toContainText(
    'other reporting disagrees',
  );
  await expect(page.getByRole('list', { name: 'Timeline symbols' })).toContainText(
    'Other reporting disagrees with the source',
  );
});

test('the legend stays readable on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  const legend = page.getByRole('list', { name: 'Timeline symbols' });
  await expect(legend).toBeVisible();
  const box = (await legend.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('CSV export gives coordinates only for buildings, with the new columns', async ({ page }) => {
  await openApp(page, 'dates=all');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV' }).click(),
  ]);
  const parsed = parseCsv(readFileSync((await download.path())!, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const [header, ...rows] = parsed.rows;
  const col = (name: string) => header!.indexOf(name);
  for (const name of ['place_precision', 'date_note', 'other_reporting', 'permalink']) {
    expect(col(name), name).toBeGreaterThan(0);
  }
  const withCoordinates = rows.filter((r) => r[col('lat')] !== '').map((r) => r[0]);
  expect(withCoordinates.sort()).toEqual(['okrestina-releases', 'riot-police-lower-shields']);
  const arrest = rows.find((r) => r[0] === 'russian-mercenaries-arrested')!;
  expect(arrest[col('date')]).toBe('2020-07-29');
  expect(arrest[col('place_precision')]).toBe('country');
  expect(arrest[col('other_reporting')]).toContain('Meduza, 2020-07-29, disagrees on date');
  const permalink = new URL(arrest[col('permalink')]!);
  expect(permalink.searchParams.get('event')).toBe('russian-mercenaries-arrested');
  expect(permalink.origin).toBe(new URL(page.url()).origin);
});

test('the site does not serve the article it was built from', async ({ page, request }) => {
  await openApp(page);
  const article = readFileSync('data/sources/bi-2020-08-15.txt', 'utf8');
  const line = article.split('\n').find((l) => l.includes('Several military and police officers'))!;
  for (const path of ['data/sources/bi-2020-08-15.txt', 'data/sources/bi-2020-08-15.json']) {
    const r = await request.get(path);
    expect(r.ok() && (await r.text()).includes(line.trim()), path).toBe(false);
  }
});
