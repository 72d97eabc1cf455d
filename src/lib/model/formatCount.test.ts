import { describe, expect, it } from 'vitest';
import { formatCount, plural } from './formatCount';

describe('formatCount', () => {
  it('groups thousands, as the rest of the page writes numbers', () => {
    expect(formatCount(7)).toBe('7');
    expect(formatCount(30_000)).toBe('30,000');
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });

  it('names one thing or many', () => {
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(0, 'event')).toBe('0 events');
    expect(plural(100_000, 'place')).toBe('100,000 places');
  });
});
