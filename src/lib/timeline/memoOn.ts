export interface Memo<K extends object, A extends readonly unknown[], R> {
  (key: K, ...args: A): R;
  /** The cached result, without computing it; undefined when there is none. */
  peek(key: K, ...args: A): R | undefined;
  /** Caches a result computed elsewhere (in steps, say) as `compute` would have given it. */
  put(result: R, key: K, ...args: A): void;
}

/**
 * Caches a few results of `compute` per `key` object and the other arguments
 * (compared by identity): timeline layers built from an array of events are
 * built again only for arrays and settings they have not seen lately. The
 * cache holds its keys weakly, so a dropped dataset takes its layers with it.
 */
export function memoOn<K extends object, A extends readonly unknown[], R>(
  compute: (key: K, ...args: A) => R,
  size = 3,
): Memo<K, A, R> {
  const cache = new WeakMap<K, { args: A; result: R }[]>();
  const find = (key: K, args: A) =>
    cache.get(key)?.find((e) => e.args.every((a, i) => Object.is(a, args[i])));
  const store = (result: R, key: K, args: A) => {
    let entries = cache.get(key);
    if (!entries) cache.set(key, (entries = []));
    entries.unshift({ args, result });
    entries.length = Math.min(entries.length, size);
  };
  const memo = (key: K, ...args: A): R => {
    const hit = find(key, args);
    if (hit) return hit.result;
    const result = compute(key, ...args);
    store(result, key, args);
    return result;
  };
  memo.put = (result: R, key: K, ...args: A): void => {
    if (!find(key, args)) store(result, key, args);
  };
  memo.peek = (key: K, ...args: A): R | undefined => find(key, args)?.result;
  return memo;
}
