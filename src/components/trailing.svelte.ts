import { untrack } from 'svelte';
import { afterPaint } from '../lib/map/afterPaint';

/**
 * What `read` gives, but a frame late: a new value is taken once the views
 * that show it at once have painted (see afterPaint), so a reader's click is
 * answered first. While `atOnce()` holds (say, the view is on screen), it
 * follows at once. Call while a component initialises (it owns an effect).
 */
export function trailing<T>(read: () => T, atOnce: () => boolean = () => false): { value: T } {
  let held = $state.raw(untrack(read));
  $effect(() => {
    const v = read();
    if (atOnce()) held = v;
    else if (v !== untrack(() => held)) return afterPaint(() => (held = v));
  });
  return {
    get value() {
      return atOnce() ? read() : held;
    },
  };
}
