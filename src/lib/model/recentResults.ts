/**
 * The last few filter results, so that a filter turned back (a type ticked,
 * then unticked) gives back the very same array of events: views derived
 * from it see nothing changed and do not rebuild (lanes at 100,000 events).
 */
export class RecentResults<T> {
  private readonly entries: { indexes: Uint32Array; value: T[] }[] = [];

  constructor(private readonly size = 4) {}

  /** The array kept for these indexes, else `make()`'s, kept from now on. */
  get(indexes: Uint32Array, make: () => T[]): T[] {
    const at = this.entries.findIndex((e) => sameIndexes(e.indexes, indexes));
    if (at !== -1) {
      const [hit] = this.entries.splice(at, 1);
      this.entries.unshift(hit!);
      return hit!.value;
    }
    const value = make();
    this.entries.unshift({ indexes, value });
    this.entries.length = Math.min(this.entries.length, this.size);
    return value;
  }
}

function sameIndexes(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
