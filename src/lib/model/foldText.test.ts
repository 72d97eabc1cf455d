import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText } from './foldText';

describe('foldText', () => {
  it('ignores case, diacritics and transliteration variants', () => {
    expect(foldText('Lukašenka')).toBe(foldText('LUKASHENKA'));
    expect(foldText('Akrescina')).toBe('akrescina');
    expect(foldText('Łukaszenka')).toBe('lukaszenka');
    expect(foldText('Ёлка')).toBe('елка');
  });
});

describe('foldText on plain ASCII', () => {
  it('folds a backtick to an apostrophe as in any other text', () => {
    expect(foldText('Don`t')).toBe("don't");
  });

  it('gives what the full folding gives, for any ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (s) => {
        // The same text with one non-ASCII letter takes the full path.
        expect(foldText(`${s}é`)).toBe(`${foldText(s)}e`);
      }),
    );
  });
});
