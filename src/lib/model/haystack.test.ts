import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CatalogEvent } from './catalog';
import { haystackOf, keepHolding } from './haystack';

const withText = (searchText: string) => ({ searchText }) as unknown as CatalogEvent;

describe('the search haystack', () => {
  it('keeps exactly the events whose own text holds the word, never a match across two texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[ab\n]{0,6}$/), { minLength: 1, maxLength: 30 }),
        fc.stringMatching(/^[ab]{1,3}$/),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (texts, word, before) => {
          const events = texts.map(withText);
          const pass = Uint8Array.from(texts, (_, i) => (before[i] ? 1 : 0));
          keepHolding(haystackOf(events), word, pass);
          expect([...pass]).toEqual(texts.map((t, i) => (before[i] && t.includes(word) ? 1 : 0)));
        },
      ),
    );
  });

  it('is built once per list', () => {
    const events = [withText('minsk'), withText('okrestina')];
    expect(haystackOf(events)).toBe(haystackOf(events));
    expect(haystackOf(events).text).toBe('minsk\nokrestina');
  });
});
