/**
 * Caches a few results of `compute` per `key` object and the other arguments
 * (compared by identity): timeline layers built from an array of events are
 * built again only for arrays and settings they have not seen lately. The
 * cache holds its keys weakly, so a dropped dataset takes its layers with it.
 */
export function memoOn<K extends object, A extends readonly unknown[], R>(
  compute: (key: K, ...args: A) => R,
  size = 3,
): (key: K, ...args: A) => R {
  const cache = new WeakMap<K, { args: A; result: R }[]>();
  return (key, ...args) => {
    let entries = cache.get(key);
    if (!entries) cache.set(key, (entries = []));
    const hit = entries.find((e) => e.args.every((a, i) => Object.is(a, args[i])));
    if (hit) return hit.result;
    const result = compute(key, ...args);
    entries.unshift({ args, result });
    entries.length = Math.min(entries.length, size);
    return result;
  };
}
