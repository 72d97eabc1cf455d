/**
 * Runs `fn` once the next frame has been painted (a frame, then a task), and
 * returns a function that cancels it. What the reader acted on (the list, the
 * timeline) paints first; work that can trail by a frame (the map) follows.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
