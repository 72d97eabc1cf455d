import { describe, expect, it } from 'vitest';
import { isPinned } from './pinned';
import type { Place, PlacePrecision } from './types';

const at = (precision: PlacePrecision): Place => ({
  id: 'p',
  name: 'P',
  lat: 53.9,
  lon: 27.56,
  precision,
  description: '',
});

describe('isPinned', () => {
  it('pins places from a building to a region, never a country or no place', () => {
    for (const p of ['building', 'street', 'district', 'city', 'region'] as const) {
      expect(isPinned(at(p)), p).toBe(true);
    }
    expect(isPinned(at('country'))).toBe(false);
    expect(isPinned(null)).toBe(false);
    expect(isPinned(undefined)).toBe(false);
  });
});
