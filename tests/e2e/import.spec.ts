import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { acledRows } from '../support/acledRows';

const FIXTURES = 'tests/fixtures/import';
const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}`);

const count = (page: Page) => page.getByTestId('event-count');
const banner = (page: Page) => page.getByRole('status').filter({ hasText: 'Showing your' });
const marker = (page: Page, placeId: string) =>
  page.locator(`.leaflet-marker-icon[data-place-id="${placeId}"]`);

/** Drops a file on the page as a reader's drag and drop does. */
async function dropFile(page: Page, name: string, content: Buffer | string, type = 'text/plain') {
  const text = typeof content === 'string' ? content : content.toString('utf8');
  const dataTransfer = await page.evaluateHandle(
    ({ text, name, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type }));
      return dt;
    },
    { text, name, type },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop the file to see its events')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

/** Opens a file through "Open a file…" and the browser's file chooser. */
async function openFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file…' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

test('a dropped file’s events are on the timeline, the map and the list', async ({ page }) => {
  await openApp(page);
  await dropFile(page, 'eventmap.json', fixture('eventmap.json'), 'application/json');
  await expect(banner(page)).toHaveText(
    'Showing your file eventmap.json: 5 events — back to the bundled dataset',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Sample dataset in this app's format",
  );
  await page.getByRole('button', { name: /Fit all/ }).click();
  await expect(count(page)).toHaveText('5 of 5 events');
  // Lanes: its types, with the one it declares (Era).
  await expect(page.locator('.lane-label')).toHaveText(['Protest', 'Violence', 'Politics', 'Era']);
  await expect(marker(page, 'minsk')).toHaveCount(1);
  // Rome is far from Minsk: listed beside the map with a way to go there.
  const map = page.getByRole('region', { name: 'Map of event places' });
  await map.getByText(/^Not on this map/).click();
  await expect(map).toContainText('Curia of Pompey');
  // A date before year 0 is shown as such.
  await page.locator('button[data-event-id="ides"]').first().click();
  const detail = page.getByRole('complementary', { name: 'Event details' });
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Caesar is killed');
  await expect(detail).toContainText('15 Mar 44 BC');
  // The way back reloads the page's own data.
  await page.getByRole('link', { name: 'back to the bundled dataset' }).click();
  await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
  await expect(count(page)).toContainText('of 23 events');
});

test('a CSV with its own columns asks which is which, then shows its events', async ({ page }) => {
  await openApp(page);
  await openFile(page, 'generic-tab.tsv', fixture('generic-tab.tsv'), 'text/tab-separated-values');
  await expect(
    page.getByRole('heading', { name: 'Which column is which in generic-tab.tsv?' }),
  ).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Date (or start date)' })).toHaveValue('0');
  await page.getByRole('button', { name: 'Read the file with these columns' }).click();
  await expect(banner(page)).toHaveText(
    'Showing your file generic-tab.tsv: 3 events — back to the bundled dataset',
  );
  await page.getByRole('button', { name: /Fit all/ }).click();
  await expect(count(page)).toHaveText('3 of 3 events');
  await expect(marker(page, 'minsk')).toHaveCount(1);
  // Rome is far from the rest: listed beside the map rather than squeezing it.
  const map = page.getByRole('region', { name: 'Map of event places' });
  await map.getByText('Not on this map: 1 event').click();
  await expect(map).toContainText('Rome');
});

test('a file with broken rows lists each problem; its valid rows load and the rejected ones download', async ({
  page,
}) => {
  await openApp(page);
  await openFile(page, 'acled-broken.csv', fixture('acled-broken.csv'));
  const heading = page.getByRole('heading', { name: 'acled-broken.csv: 2 of 8 rows can be shown' });
  await expect(heading).toBeFocused();
  await expect(
    page.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem'),
  ).toHaveText([
    'Not loaded: Row 3, event_id_cnty: duplicate id "BLR2001" (first on row 2)',
    'Not loaded: Row 4, event_date: "2020-13-45" is not a valid EDTF date: month 13 is not 01–12',
    'Not loaded: Row 5, event_date: "32 August 2020" is not a real date: day 32 does not exist in 2020-08',
    'Not loaded: Row 6, latitude: "52.1N" is not a number',
    'Not loaded: Row 6, longitude: "23.7E" is not a number',
    'Not loaded: Row 7, latitude: 95 is out of range (−90 to 90)',
    'Not loaded: Row 7, fatalities: "unknown" is not a whole number',
    'Not loaded: Row 8, event_type: is empty',
  ]);
  // The bundled data is still shown until the reader chooses.
  await expect(count(page)).toContainText('of 23 events');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the rejected rows (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('acled-broken-rejected.csv');
  const csv = readFileSync((await file.path())!, 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines).toHaveLength(7);
  expect(lines[0]).toMatch(
    /^event_id_cnty,event_date,.*,timestamp,import_row,import_line,import_problems$/,
  );
  expect(lines[1]).toMatch(
    /^BLR2001,2020-08-10,.*,3,3,"event_id_cnty: duplicate id ""BLR2001"" \(first on row 2\)"$/,
  );

  await page.getByRole('button', { name: 'Load the 2 valid rows' }).click();
  await expect(banner(page)).toHaveText(
    'Showing your file acled-broken.csv: 2 events — back to the bundled dataset',
  );
  await page.getByRole('button', { name: /Fit all/ }).click();
  await expect(count(page)).toHaveText('2 of 2 events');
  await expect(page.locator('.days [data-event-id]')).toHaveCount(2);
});

test('a 100,000-row CSV shows its progress and the page answers clicks while it is read', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page);
  await openFile(page, 'big-acled.csv', Buffer.from(acledRows(100_000)));
  const bar = page.getByRole('progressbar', { name: 'Progress of opening big-acled.csv' });
  await expect(bar).toBeVisible();
  // While the worker reads the file, the page still reacts at once.
  const paste = page.getByRole('button', { name: 'Paste data…' });
  await paste.click();
  await expect(paste).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('textbox', { name: /Paste CSV/ })).toBeVisible();
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('value', /\d+/);
  await expect(banner(page)).toHaveText(
    'Showing your file big-acled.csv: 100,000 events — back to the bundled dataset',
    { timeout: 150_000 },
  );
  await expect(bar).toHaveCount(0);
  await page.getByRole('button', { name: /Fit all/ }).click();
  await expect(count(page)).toHaveText('100,000 of 100,000 events');
});

test('Cancel stops a running import and keeps the data shown', async ({ page }) => {
  await openApp(page);
  const rows = ['date,title'];
  for (let i = 0; i < 200_000; i++) rows.push(`2020-08-09,Event number ${i} with some words`);
  await openFile(page, 'long.csv', Buffer.from(rows.join('\n')));
  const bar = page.getByRole('progressbar', { name: 'Progress of opening long.csv' });
  await expect(bar).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(bar).toHaveCount(0);
  await expect(count(page)).toContainText('of 23 events');
  await expect(page.getByRole('heading', { name: /Which column/ })).toHaveCount(0);
});

test('text that carries HTML and scripts is shown as text and runs nothing', async ({ page }) => {
  const payload = (tag: string) =>
    `<img src=x onerror="window.__pwned='${tag}'"><script>window.__pwned='${tag}'</script><b>${tag}</b>`;
  const dataset = {
    meta: {
      title: payload('title'),
      description: payload('description'),
      language: 'en',
      sources: [{ id: 'src', publisher: payload('publisher'), title: payload('source-title') }],
      types: [{ id: 'odd', label: payload('type') }],
      credit: payload('credit'),
    },
    actors: [
      {
        id: 'a',
        name: payload('actor'),
        kind: 'group',
        description: payload('actor-description'),
        aliases: [payload('alias')],
      },
    ],
    places: [
      {
        id: 'p',
        name: payload('place'),
        lat: 53.9,
        lon: 27.56,
        precision: 'city',
        description: payload('place-description'),
      },
    ],
    events: [
      {
        id: 'e',
        date: '2020-08-09',
        type: 'odd',
        title: payload('event-title'),
        summary: payload('summary'),
        actors: [{ id: 'a', role: payload('role') }],
        place: 'p',
        figures: [{ value: 3, unit: payload('unit'), qualifier: 'exact' }],
        sources: [{ source: 'src', quote: payload('quote') }],
        dateNote: payload('date-note'),
        tags: [payload('tag')],
      },
    ],
  };
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await openApp(page);
  await dropFile(page, 'payload.json', JSON.stringify(dataset), 'application/json');
  await expect(banner(page)).toContainText('Showing your file payload.json: 1 event');
  await page.getByRole('button', { name: /Fit all/ }).click();
  await page.locator('button[data-event-id="e"]').first().click();
  const detail = page.getByRole('complementary', { name: 'Event details' });
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(payload('event-title'));
  for (const tag of [
    'summary',
    'quote',
    'role',
    'unit',
    'date-note',
    'tag',
    'actor',
    'place',
    'publisher',
  ]) {
    await expect(detail).toContainText(payload(tag));
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload('title'));
  await expect(page.getByRole('group', { name: 'Event types' })).toContainText(payload('type'));
  expect(await page.title()).toBe(payload('title'));
  // Nothing of it became markup, and nothing ran.
  expect(await page.locator('#app img, #app script, #app b').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();

  // TimelineJS text is HTML by design: it becomes plain text, scripts dropped, never markup.
  await dropFile(
    page,
    'timeline.json',
    JSON.stringify({
      events: [
        {
          start_date: { year: 2020, month: 8, day: 9 },
          text: { headline: payload('tl-headline'), text: `<p>${payload('tl-text')}</p>` },
        },
      ],
    }),
    'application/json',
  );
  await expect(banner(page)).toContainText('Showing your file timeline.json: 1 event');
  await page.getByRole('button', { name: /Fit all/ }).click();
  await page.locator('.days [data-event-id]').first().click();
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('tl-headline');
  expect(await page.locator('#app img, #app script, #app b').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
});
