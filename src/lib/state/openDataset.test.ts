import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../model/catalog';
import { smallDataset } from '../model/testing/smallDataset';
import { syntheticDataset } from '../../../tests/support/synthetic';
import { prepareCatalog } from './openDataset';

describe('prepareCatalog', () => {
  it('builds a small dataset’s catalog at once', () => {
    const catalog = prepareCatalog(smallDataset());
    expect(catalog).not.toBeInstanceOf(Promise);
    expect(catalog).toEqual(buildCatalog(smallDataset()));
  });

  it('builds a big one over several tasks, to the same events in the same order', async () => {
    const dataset = syntheticDataset(30_000);
    const pending = prepareCatalog(dataset);
    expect(pending).toBeInstanceOf(Promise);
    const catalog = await pending;
    const whole = buildCatalog(dataset);
    expect(catalog.events.map((e) => e.id)).toEqual(whole.events.map((e) => e.id));
    expect(catalog.span).toEqual(whole.span);
  });
});
