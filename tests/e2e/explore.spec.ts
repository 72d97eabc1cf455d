import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, listIds, openApp } from './fixtures';
import { parseCsv } from '../../src/lib/data/parseCsv';

const count = (page: Page) => page.getByTestId('event-count');
const detailTitle = (page: Page) =>
  page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 });

async function setDates(page: Page, from: string, to: string) {
  await page.getByLabel('From', { exact: true }).fill(from);
  await page.getByLabel('To', { exact: true }).fill(to);
}

test('actor + type + date filters: list, count and timeline agree', async ({ page }) => {
  await openApp(page);
  const types = page.getByRole('group', { name: 'Event types' });
  await types.getByRole('checkbox', { name: /Release/ }).check();
  await types.getByRole('checkbox', { name: /Statement/ }).check();
  await page
    .getByRole('group', { name: 'Actors' })
    .getByRole('checkbox', { name: /Detained protesters/ })
    .check();
  await setDates(page, '2020-08-14', '2020-08-15');
  // The minister's apology is on 13 Aug (corrected from other reporting), outside these days.
  await expect(count(page)).toHaveText('2 of 23 events');
  expect((await listIds(page)).sort()).toEqual(['hundreds-released', 'okrestina-releases']);
  // The timeline shows the same window...
  const [a, b] = ((await page.locator('.plot').getAttribute('data-view')) ?? '')
    .split(',')
    .map(Number);
  expect(a).toBe(Date.UTC(2020, 7, 14));
  expect(b).toBe(Date.UTC(2020, 7, 16));
  // The map shows the one that has a building to stand on, and lists the country-wide one.
  await expect(page.locator('.leaflet-marker-icon:visible')).toHaveCount(1);
  await expect(page.locator('.leaflet-marker-icon[data-place-id="okrestina"]')).toHaveCount(1);
  await expect(
    page.getByRole('region', { name: 'Map of event places' }).locator('summary'),
  ).toHaveText('Not on this map: 1 event');
  // ...and only lanes of the chosen types, with only matching events labelled.
  await expect(page.locator('.lane-label')).toHaveText(['Release', 'Statement']);
  const marked = await page
    .locator('.mark-label')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
  for (const id of marked)
    expect([
      'hundreds-released',
      'interior-minister-apology',
      'okrestina-releases',
      'russian-mercenaries-returned',
    ]).toContain(id);
});

test('a copied link reopens the same view in a new page', async ({ page, context }) => {
  await openApp(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill('okrestina');
  await page.getByRole('radio', { name: 'By actor' }).check();
  await page.locator('.days [data-event-id="okrestina-releases"]').click();
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.getByRole('columnheader', { name: /Title/ }).getByRole('button').click();
  await expect(page).toHaveURL(/event=okrestina-releases/);
  await expect(page).toHaveURL(/sort=title/);
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await other.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
  await expect(other.getByRole('searchbox', { name: 'Search' })).toHaveValue('okrestina');
  await expect(count(other)).toHaveText((await count(page).textContent()) ?? '');
  await expect(detailTitle(other)).toHaveText('Detainees leave Okrestina prison');
  await expect(other.getByRole('radio', { name: 'By actor' })).toBeChecked();
  await expect(other.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(other.getByRole('columnheader', { name: /Title/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  expect(await other.locator('.plot').getAttribute('data-view')).toBe(
    await page.locator('.plot').getAttribute('data-view'),
  );
  await other.close();
});

test('back and forward step through selections and filter changes', async ({ page }) => {
  await openApp(page);
  await page.locator('.days [data-event-id="human-chains"]').click();
  await expect(detailTitle(page)).toHaveText(/Human chains/);
  await page.locator('.days [data-event-id="okrestina-releases"]').click();
  await expect(detailTitle(page)).toHaveText(/Okrestina/);
  await page
    .getByRole('group', { name: 'Event types' })
    .getByRole('checkbox', { name: /Release/ })
    .check();
  await expect(count(page)).toHaveText('3 of 23 events');
  // The address takes a step a frame after it is shown (urlSync.svelte.ts); a reader sees it
  // there before going back, and so does the test.
  await expect(page).toHaveURL(/[?&]types=/);
  await page.goBack();
  await expect(count(page)).toHaveText('22 of 23 events');
  await expect(detailTitle(page)).toHaveText(/Okrestina/);
  await page.goBack();
  await expect(detailTitle(page)).toHaveText(/Human chains/);
  await page.goForward();
  await expect(detailTitle(page)).toHaveText(/Okrestina/);
  await page.goForward();
  await expect(count(page)).toHaveText('3 of 23 events');
});

test('malformed link parameters are ignored with a notice, not a crash', async ({ page }) => {
  await openApp(page, 'event=nope&lanes=sideways&types=protest,riot&from=2020-99-01');
  const notices = page.getByRole('list', { name: 'Notices' });
  await expect(notices).toContainText('lanes="sideways"');
  await expect(notices).toContainText('from="2020-99-01"');
  await expect(notices).toContainText('unknown event type "riot"');
  await expect(notices).toContainText('"nope" is not in this dataset');
  // The valid part of the link still applies: the two protest events.
  await expect(count(page)).toHaveText('2 of 23 events');
});

test('CSV export downloads the shown events and parses back to the same rows', async ({ page }) => {
  await openApp(page);
  await page
    .getByRole('group', { name: 'Event types' })
    .getByRole('checkbox', { name: /Release/ })
    .check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const [header, ...rows] = parsed.rows;
  expect(header!.slice(0, 5)).toEqual(['id', 'date', 'start', 'end', 'precision']);
  expect(rows.map((r) => r[0])).toEqual(await listIds(page));
  const okrestina = rows.find((r) => r[0] === 'okrestina-releases')!;
  expect(okrestina[header!.indexOf('place')]).toBe('Okrestina detention centre, Minsk');
  expect(okrestina[header!.indexOf('quotes')]).toContain('Okrestina prison');
});

test('JSON export is a dataset that loads back with the same events', async ({ page }) => {
  await openApp(page);
  const count = page.getByTestId('event-count');
  const all = (await count.textContent()) ?? '';
  await page.getByRole('searchbox', { name: 'Search' }).fill('mercenaries');
  // The search runs once the letters are painted: wait for the list it gives.
  await expect(count).not.toHaveText(all);
  const ids = await listIds(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'JSON' }).click(),
  ]);
  const body = readFileSync((await download.path())!, 'utf8');
  await page.route('**/data/exported.json', (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
  await openApp(page, 'data=data/exported.json&dates=all');
  expect(await listIds(page)).toEqual(ids);
});

test('story mode walks through the events with the keyboard', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /Play the story/ }).click();
  const story = page.getByRole('region', { name: 'Story mode' });
  const heading = story.getByRole('heading', { level: 2 });
  // A title card first, then the editor's order, which opens on the key event.
  await expect(story).toContainText('Introduction · 23 steps');
  await expect(heading).toHaveText(/^Belarus, August 2020/);
  await page.keyboard.press('ArrowRight');
  await expect(story).toContainText('Step 1 of 23');
  await expect(heading).toHaveText('Riot police lower their shields at the election committee');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(story).toContainText('Step 3 of 23');
  await expect(heading).toHaveText('Lukashenko claims victory');
  await expect(page).toHaveURL(/story=lukashenko-claims-victory/);
  await page.keyboard.press('ArrowLeft');
  await expect(story).toContainText('Step 2 of 23');
  await expect(page).toHaveURL(/story=presidential-election/);
  await page.keyboard.press('Escape');
  await expect(story).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Play the story/ })).toBeFocused();
});

test('the map view is part of the link, and "show on map" goes to a place', async ({ page }) => {
  await openApp(page, 'map=53.88,27.49,14&event=okrestina-releases');
  // The map loads just after the first screen is painted.
  await page.waitForFunction(() => '__eventMap' in window);
  const zoom = () =>
    page.evaluate(() =>
      (
        window as unknown as { __eventMap: { map: { getZoom(): number } } }
      ).__eventMap.map.getZoom(),
    );
  expect(await zoom()).toBe(14);
  await page
    .getByRole('complementary', { name: 'Event details' })
    .getByRole('button', { name: 'Okrestina detention centre, Minsk' })
    .click();
  await expect.poll(zoom).toBe(15);
  await expect(page).toHaveURL(/map=53\.88\d*,27\.49\d*,15/);
});

test('two filter changes in one frame keep a history entry each', async ({ page }) => {
  await openApp(page);
  const before = await page.evaluate(() => history.length);
  // Both ticks land before the address is written, which waits for the frame to paint.
  const types = page.getByRole('group', { name: 'Event types' });
  const ticks = [
    await types.getByRole('checkbox', { name: /Release/ }).elementHandle(),
    await types.getByRole('checkbox', { name: /Statement/ }).elementHandle(),
  ];
  // Two tasks, so the app sees two changes (one task would batch them into one).
  await page.evaluate(
    (boxes) =>
      new Promise<void>((done) => {
        setTimeout(() => (boxes[0] as HTMLInputElement).click());
        setTimeout(() => {
          (boxes[1] as HTMLInputElement).click();
          done();
        });
      }),
    ticks,
  );
  await expect(page).toHaveURL(/types=release,statement/);
  expect(await page.evaluate(() => history.length)).toBe(before + 2);
  const both = await count(page).textContent();
  await page.goBack();
  await expect(count(page)).not.toHaveText(both!);
  await expect(count(page)).toHaveText('3 of 23 events');
  await page.goBack();
  await expect(count(page)).toHaveText('22 of 23 events');
});

test('typing a date digit by digit changes the window once, when the date is complete', async ({
  page,
}) => {
  await openApp(page);
  const before = await page.evaluate(() => history.length);
  const to = page.getByLabel('To', { exact: true });
  await to.focus(); // keyboard focus starts on the first segment (month in en-US)
  // Chromium's date field takes month, day and year in the locale's order (en-US here).
  await to.pressSequentially('08132020', { delay: 30 });
  await page.keyboard.press('Tab');
  await expect(to).toHaveValue('2020-08-13');
  await expect(page).toHaveURL(/to=2020-08-13/);
  expect(await page.locator('.plot').getAttribute('data-view')).toMatch(
    new RegExp(`,${Date.UTC(2020, 7, 14)}$`),
  );
  // No detour through "all dates" or year 8 on the way, and one history entry at most per change.
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(before + 2);
  await expect(page).not.toHaveURL(/dates=all/);
});
