import { test, expect, openApp } from './fixtures';

test('shows the bundled dataset: title and events in chronological order, offline', async ({
  page,
  guard,
}) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Belarus');
  const days = page.locator('.days h3');
  expect(await days.count()).toBeGreaterThan(5);
  // Headings follow the calendar: the first is the 1994 start of Lukashenko's rule.
  await expect(days.first()).toHaveText(/1994/);
  const ids = await page
    .locator('[data-event-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
  expect(ids.length).toBeGreaterThanOrEqual(18);
  // Only the map's tile requests try to leave the machine, and they are blocked.
  for (const url of guard.blocked)
    expect(url).toMatch(/^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/);
});

test('selecting an event in the list shows its details and quote', async ({ page }) => {
  await openApp(page);
  await page.locator('.days [data-event-id="riot-police-lower-shields"]').click();
  const detail = page.getByRole('complementary', { name: 'Event details' });
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(/shields/i);
  await expect(detail.locator('blockquote', { hasText: 'hugging' })).toHaveCount(1);
  await expect(detail).toContainText('Central Elections Committee');
});

test('an invalid dataset is refused with every problem listed, not a blank page', async ({
  page,
}) => {
  await page.route('**/data/broken.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        meta: {
          title: 'Broken',
          description: '',
          language: 'en',
          published: '2020-08-15',
          sources: [],
        },
        actors: [],
        places: [],
        events: [
          {
            id: 'a',
            date: '2020-13-01',
            type: 'protest',
            title: 'x',
            summary: 'y',
            actors: [],
            place: null,
            figures: [],
            sources: [],
          },
        ],
      }),
    }),
  );
  await openApp(page, 'data=data/broken.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This dataset cannot be shown');
  await expect(alert).toContainText('events[0].date: "2020-13-01" is not a valid EDTF date');
  await expect(alert).toContainText('events[0].sources: needs at least one quote');
});

test('a dataset from another site is refused', async ({ page, guard }) => {
  await openApp(page, 'data=https://example.org/evil.json');
  await expect(page.getByRole('alert')).toContainText(
    'is on another site (https://example.org); this site loads data only from itself',
  );
  expect(guard.blocked).toEqual([]);
});

test('on a phone a linked event opens in a sheet; the filters start folded, before the map', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openApp(page, 'event=human-chains');
  const detail = page.getByRole('complementary', { name: 'Event details' });
  await expect(detail.getByRole('heading', { level: 2 })).toBeInViewport();
  await detail.getByRole('button', { name: 'Close' }).click();
  await expect(detail.getByRole('button', { name: 'Close' })).toHaveCount(0);
  const fold = page.locator('details.filter-fold');
  await expect(fold).not.toHaveAttribute('open', '');
  // The opening window holds all but the arrests of 29 July, a week before it.
  await expect(fold.locator('summary')).toHaveText('Filters · 22 of 23 events');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeHidden();
  await fold.locator('summary').click();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
  const y = async (sel: string) => (await page.locator(sel).first().boundingBox())!.y;
  expect(await y('details.filter-fold')).toBeLessThan(await y('.em-map'));
});

test('printing shows the record without the controls', async ({ page }) => {
  await openApp(page, 'event=human-chains');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Fit all' })).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: /Human chains/ })).toBeVisible();
  // Every event of the list is printed, not only what its scroll box showed.
  const titles = page.locator('.days .title');
  await expect(titles).toHaveCount(22);
  await expect(titles.last()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
