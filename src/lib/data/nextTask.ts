/**
 * Resolves in a new task, so the browser can paint and answer input between
 * the steps of a long load (parse, validate, build): each step is then its own
 * task instead of one freeze as long as all of them. A message, not a
 * timeout: nested timeouts wait at least 4 ms each, which fifty chunks of a
 * big file would add up.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
