import { test, expect, openApp } from './fixtures';
import { violations } from './axe';

for (const scheme of ['light', 'dark'] as const) {
  test(`the page has no axe violations (${scheme} scheme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, 'event=okrestina-releases');
    expect(await violations(page)).toEqual([]);
  });
}

test('the table view and an error report have no axe violations', async ({ page }) => {
  await openApp(page, 'view=table&event=human-chains');
  expect(await violations(page)).toEqual([]);
  await openApp(page, 'data=data/missing.json');
  expect(await violations(page)).toEqual([]);
});
