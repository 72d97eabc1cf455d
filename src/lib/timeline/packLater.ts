/**
 * Runs `work` in a task of its own, then `done` in the task after: packing a
 * big dataset's lanes, then drawing them, are two tasks the page answers
 * between, not one long freeze with the render that asked for them. Returns
 * a cancel.
 */
export function packLater(work: () => void, done: () => void): () => void {
  let second: ReturnType<typeof setTimeout> | undefined;
  const first = setTimeout(() => {
    work();
    second = setTimeout(done, 0);
  }, 0);
  return () => {
    clearTimeout(first);
    clearTimeout(second);
  };
}
