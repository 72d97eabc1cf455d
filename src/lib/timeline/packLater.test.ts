import { describe, expect, it } from 'vitest';
import { packLater } from './packLater';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('packLater', () => {
  it('runs one step per task, then done', async () => {
    const log: string[] = [];
    function* steps() {
      log.push('a');
      yield;
      log.push('b');
    }
    packLater(steps(), () => log.push('done'));
    expect(log).toEqual([]);
    for (let i = 0; i < 10 && !log.includes('done'); i++) await tick();
    expect(log).toEqual(['a', 'b', 'done']);
  });

  it('stops when cancelled', async () => {
    const log: string[] = [];
    function* steps() {
      for (;;) {
        log.push('step');
        yield;
      }
    }
    const cancel = packLater(steps(), () => log.push('done'));
    await tick();
    cancel();
    const n = log.length;
    await tick();
    await tick();
    expect(log.length).toBe(n);
    expect(log).not.toContain('done');
  });
});
