/**
 * Steps run in one task until it has taken this long: a frame is drawn between
 * tasks, and each frame costs the reader waiting for the lanes its paint.
 */
export const TASK_MS = 40;

/**
 * Runs `steps` a few steps per task (TASK_MS), then `done` in the task after:
 * a big dataset's lanes are packed some lanes per task and drawn after, so the
 * page answers between them instead of freezing with the render that asked
 * for them. Tasks are messages, not timeouts, which nest into 4 ms waits each.
 * Returns a cancel.
 */
export function packLater(steps: Iterator<unknown>, done: () => void): () => void {
  const channel = new MessageChannel();
  let finished = false;
  let stepped = false;
  channel.port1.onmessage = () => {
    if (finished) return;
    if (stepped) {
      finished = true;
      channel.port1.close();
      done();
      return;
    }
    const until = performance.now() + TASK_MS;
    do stepped = steps.next().done === true;
    while (!stepped && performance.now() < until);
    channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  return () => {
    finished = true;
    channel.port1.close();
  };
}
