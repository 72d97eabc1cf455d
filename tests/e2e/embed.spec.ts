import { test, expect } from './fixtures';

const HOST = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>An article</title></head>
  <body>
    <h1>An article about Belarus</h1>
    <iframe id="events" src="./?embed=1&event=human-chains" title="Timeline and map of the August 2020 protests"
      style="width: 100%; height: 150px; border: 0"></iframe>
    <script>
      addEventListener('message', (e) => {
        if (e.data && e.data.type === 'eventmap:height') {
          document.getElementById('events').style.height = e.data.height + 'px';
          document.body.dataset.href = e.data.href;
        }
      });
    </script>
  </body>
</html>`;

test('embedded in an article: the iframe sizes itself, keeps its state in its own URL, links to the full view', async ({
  page,
}) => {
  await page.route('**/article.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: HOST }),
  );
  await page.goto('./article.html');
  const frame = page.frameLocator('#events');
  await expect(frame.getByRole('heading', { level: 2, name: /Human chains/ })).toBeVisible();
  // The host grew the iframe to the app's height.
  await expect
    .poll(async () => (await page.locator('#events').boundingBox())?.height ?? 0)
    .toBeGreaterThan(600);
  // Compact: no description, filters folded behind one line.
  await expect(frame.locator('.description')).toHaveCount(0);
  await expect(frame.locator('details.filter-fold')).not.toHaveAttribute('open', '');
  // Selecting inside the iframe updates the iframe's URL (the embed parameter stays) and the host hears it.
  await frame.locator('.days [data-event-id="okrestina-releases"]').click();
  await expect
    .poll(() => page.locator('body').getAttribute('data-href'))
    .toMatch(/embed=1.*event=okrestina-releases|event=okrestina-releases.*embed=1/);
  const full = frame.getByRole('link', { name: 'Open full view ↗' });
  await expect(full).toHaveAttribute('href', /\?event=okrestina-releases$/);
  await expect(full).toHaveAttribute('target', '_blank');
});
