/**
 * Resolves in a new task, so the browser can paint and answer input between
 * the steps of a long load (parse, validate, build): each step is then its own
 * task instead of one freeze as long as all of them.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
