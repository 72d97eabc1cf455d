/** Moves focus to the element when it appears, so keyboard and screen reader users follow each step. */
export function focusOnMount(node: HTMLElement): void {
  queueMicrotask(() => node.focus({ preventScroll: false }));
}
