import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogEvent } from '../model/catalog';
import { warmSearch } from './warmSearch';

function events(n: number) {
  const read: number[] = [];
  const list = Array.from({ length: n }, (_, i) => ({
    get searchText() {
      read.push(i);
      return `event ${i}`;
    },
  })) as unknown as CatalogEvent[];
  return { list, read };
}

describe('warmSearch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads every search text, a slice per idle moment, never all at once', () => {
    const { list, read } = events(2_500);
    warmSearch(list);
    expect(read).toHaveLength(0);
    vi.advanceTimersToNextTimer();
    expect(read).toHaveLength(500);
    vi.runAllTimers();
    expect(read).toHaveLength(2_500);
  });

  it('stops when told to', () => {
    const { list, read } = events(2_500);
    const stop = warmSearch(list);
    vi.advanceTimersToNextTimer();
    stop();
    vi.runAllTimers();
    expect(read).toHaveLength(500);
  });
});
