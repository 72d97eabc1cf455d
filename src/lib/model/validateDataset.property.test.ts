import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { mutatedJson } from '../../../tests/support/mutate';
import { syntheticDataset } from '../../../tests/support/synthetic';
import { buildCatalog } from './catalog';
import { formatEdtf } from './formatEdtf';
import { smallDataset } from './testing/smallDataset';
import { validateDataset } from './validateDataset';

// Property-based: the seed is fixed in tests/setup.ts, so every run tries the same inputs.

const belarus = JSON.parse(readFileSync('data/belarus-2020-08.json', 'utf8')) as unknown;
const synthetic = syntheticDataset(40);

/** Anything, and valid datasets with a few values changed, deleted or duplicated. */
const input = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  mutatedJson(smallDataset),
  mutatedJson(() => synthetic),
  mutatedJson(() => belarus),
);

describe('validateDataset (properties)', () => {
  it('any value gives a dataset or problems each with a path and a message, never a throw', () => {
    fc.assert(
      fc.property(input, (value) => {
        const r = validateDataset(value);
        if (r.ok) return true;
        return (
          r.problems.length > 0 &&
          r.problems.every(
            (p) =>
              typeof p.path === 'string' &&
              p.path !== '' &&
              typeof p.message === 'string' &&
              p.message !== '',
          )
        );
      }),
    );
  });

  it('whatever it accepts, the app can use: the catalog builds and every date can be shown', () => {
    fc.assert(
      fc.property(input, (value) => {
        const r = validateDataset(value);
        if (!r.ok) return;
        const catalog = buildCatalog(r.dataset);
        expect(catalog.events).toHaveLength(r.dataset.events.length);
        for (const e of catalog.events) expect(formatEdtf(e.date)).not.toBe('');
      }),
    );
  });
});
