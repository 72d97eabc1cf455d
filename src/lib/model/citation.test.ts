import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog';
import { smallDataset } from './testing/smallDataset';
import { citeEvent, permalinkFor } from './citation';

describe('citation', () => {
  it('names the event, date, dataset, source with paragraph, and the permalink', () => {
    const cat = buildCatalog(smallDataset());
    const e = cat.byId.get('release')!;
    const link = permalinkFor(
      'release',
      'https://example.org/app/?q=x&types=release&data=data%2Fx.json#top',
    );
    expect(link).toBe('https://example.org/app/?data=data%2Fx.json&event=release');
    expect(citeEvent(e, cat.dataset.meta, link, '2026-11-25')).toBe(
      '“Detainees released from Okrestina”, 14 Aug 2020. In: Test reporting. Source: Test Wire, “A report” (2020-08-15), paragraph 3. https://example.org/app/?data=data%2Fx.json&event=release (accessed 2026-11-25)',
    );
  });
});
