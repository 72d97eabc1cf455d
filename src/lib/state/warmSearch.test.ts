import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogEvent } from '../model/catalog';
import { haystackOf } from '../model/haystack';
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
    expect(new Set(read).size).toBe(2_500);
  });

  it('then joins them for searching, in an idle moment of its own', () => {
    const { list, read } = events(600);
    warmSearch(list);
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    expect(read).toHaveLength(600);
    vi.advanceTimersToNextTimer();
    const seen = read.length;
    // Ready: a search reads nothing more.
    expect(haystackOf(list).text).toContain('event 599');
    expect(read).toHaveLength(seen);
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
