import { describe, expect, it } from 'vitest';
import { foldText } from './foldText';

describe('foldText', () => {
  it('ignores case, diacritics and transliteration variants', () => {
    expect(foldText('Lukašenka')).toBe(foldText('LUKASHENKA'));
    expect(foldText('Akrescina')).toBe('akrescina');
    expect(foldText('Łukaszenka')).toBe('lukaszenka');
    expect(foldText('Ёлка')).toBe('елка');
  });
});
