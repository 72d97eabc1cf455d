import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TileWatch } from './tileWatch';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('TileWatch', () => {
  it('gives up after three errors when nothing has loaded', () => {
    const fail = vi.fn();
    const w = new TileWatch(fail);
    w.start();
    w.errored();
    w.errored();
    expect(fail).not.toHaveBeenCalled();
    w.errored();
    w.errored();
    expect(fail).toHaveBeenCalledTimes(1);
  });

  it('gives up when no tile loads in time', () => {
    const fail = vi.fn();
    new TileWatch(fail).start();
    vi.advanceTimersByTime(7999);
    expect(fail).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fail).toHaveBeenCalledTimes(1);
  });

  it('tolerates a few failed tiles once tiles are loading', () => {
    const fail = vi.fn();
    const w = new TileWatch(fail);
    w.start();
    w.loaded();
    for (let i = 0; i < 7; i++) w.errored();
    w.loaded();
    for (let i = 0; i < 7; i++) w.errored();
    vi.advanceTimersByTime(60_000);
    expect(fail).not.toHaveBeenCalled();
    w.errored();
    expect(fail).toHaveBeenCalledTimes(1);
  });

  it('stops its timer', () => {
    const fail = vi.fn();
    const w = new TileWatch(fail);
    w.start();
    w.stop();
    vi.advanceTimersByTime(60_000);
    expect(fail).not.toHaveBeenCalled();
  });
});
