import { describe, expect, it } from 'vitest';
import { isSlug } from '../../model/slug';
import { SlugAllocator, slugify } from './slugs';

describe('slugify', () => {
  it.each([
    ['Riot police', 'riot-police'],
    ['Police Forces of Belarus (1994-)', 'police-forces-of-belarus-1994'],
    ['Лукашэнка', 'lukashenka'],
    ['Минск', 'minsk'],
    ['Łódź — Straße', 'lodz-strasse'],
    ['BLR1234', 'blr1234'],
    ['--a__b--', 'a-b'],
    ['北京', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts long text at a hyphen', () => {
    const s = slugify('word '.repeat(40));
    expect(s.length).toBeLessThanOrEqual(60);
    expect(isSlug(s)).toBe(true);
  });
});

describe('SlugAllocator', () => {
  it('gives the same key the same id and different keys different ids, deterministically', () => {
    const a = new SlugAllocator('actor');
    expect(a.idFor('x', 'Protesters')).toBe('protesters');
    expect(a.idFor('y', 'protesters!')).toBe('protesters-2');
    expect(a.idFor('x', 'anything')).toBe('protesters');
    expect(a.idFor('z', '北京')).toMatch(/^actor-[a-z0-9]+$/);
    const b = new SlugAllocator('actor');
    expect(['Protesters', 'protesters!', '北京'].map((t, i) => b.idFor(String(i), t))).toEqual([
      'protesters',
      'protesters-2',
      a.idFor('z', ''),
    ]);
  });
});
