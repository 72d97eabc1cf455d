/**
 * Runs `steps` one step per task, then `done` in the task after: a big
 * dataset's lanes are packed a lane per task and drawn after, so the page
 * answers between them instead of freezing with the render that asked for
 * them. Tasks are messages, not timeouts, which nest into 4 ms waits each.
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
    stepped = steps.next().done === true;
    channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  return () => {
    finished = true;
    channel.port1.close();
  };
}
