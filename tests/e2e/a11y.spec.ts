import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

// Evaluated by the test driver, not added as an inline <script>, which the page's
// Content-Security-Policy refuses (as it should).
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  });
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

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
