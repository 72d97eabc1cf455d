import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalog } from '../model/catalog';
import { syntheticDataset } from '../../../tests/support/synthetic';
import { indexItems, lane } from './lanes';
import { labelFootprint } from './labelFootprint';

// Property-based: the seed is fixed in tests/setup.ts, so every run tries the same inputs.

const dataset = syntheticDataset(400, 9);
// Key events are drawn apart from the plain single dates a dense lane counts.
dataset.events.forEach((e, i) => {
  if (i % 7 === 0) e.key = true;
});
const catalog = buildCatalog(dataset);

describe('a lane packed and indexed in one pass', () => {
  it('has the index built from its items apart, in time order or not', () => {
    const events = fc
      .subarray(catalog.events, { minLength: 0 })
      .chain((list) => fc.oneof(fc.constant(list), fc.shuffledSubarray(list)));
    fc.assert(
      fc.property(events, fc.boolean(), (list, withFootprint) => {
        const footprint = withFootprint
          ? labelFootprint([catalog.events[0]!.date.start, catalog.events[300]!.date.end], 640)
          : undefined;
        const l = lane('k', 'K', list, undefined, footprint);
        expect(l.items.map((it) => it.event)).toEqual(list);
        expect(l.index).toEqual(indexItems(l.items));
      }),
    );
  });
});
