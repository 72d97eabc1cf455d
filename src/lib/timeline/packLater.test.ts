import { afterEach, describe, expect, it, vi } from 'vitest';
import { packLater, TASK_MS } from './packLater';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('packLater', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs the steps, then done', async () => {
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

  it('takes up to TASK_MS a task, then lets the page answer in a new one', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    // Steps in the same task share a number: a microtask ends the task's number.
    let task = 0;
    let inTask = false;
    const taskOfStep: number[] = [];
    function* steps() {
      for (let i = 0; i < 5; i++) {
        if (!inTask) {
          task++;
          inTask = true;
          queueMicrotask(() => (inTask = false));
        }
        taskOfStep.push(task);
        clock += TASK_MS * 0.6;
        yield;
      }
    }
    let done = false;
    packLater(steps(), () => (done = true));
    for (let i = 0; i < 20 && !done; i++) await tick();
    expect(done).toBe(true);
    // Two steps fit in a task's time; a slow step alone would end its task.
    expect(taskOfStep).toEqual([1, 1, 2, 2, 3]);
  });

  it('stops when cancelled', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const log: string[] = [];
    function* steps() {
      for (;;) {
        clock += TASK_MS;
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
