/**
 * A cache of at most `limit` entries that drops the least recently used one when full. In a
 * batch the texts that every answers file shares are used again and again and stay; the ones
 * unique to one file (those with its legal name in them) are never used again and are the
 * first to go. Dropping the whole cache when full kept both kinds alike: a worker's heap
 * after a full collection grew from 16 MB after 14 files to 37 MB after 1,000, and V8 sizes
 * the heap at a multiple of that.
 */
export class RecentlyUsed<V> {
  // A Map iterates in insertion order: a use moves its entry to the end, the first is the oldest.
  readonly #entries = new Map<string, V>();

  constructor(readonly limit: number) {}

  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.limit) this.#entries.delete(this.#entries.keys().next().value!);
  }

  get size(): number {
    return this.#entries.size;
  }
}
