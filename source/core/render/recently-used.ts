/**
 * A cache that keeps each entry at least until `limit` others have been added after its last
 * use, and holds fewer than twice that. In a batch the texts that every answers file shares are
 * used again and again and stay; the ones unique to one file (those with its legal name in them)
 * are never used again and go. Dropping the whole cache when full kept both kinds alike: a
 * worker's heap after a full collection grew from 16 MB after 14 files to 37 MB after 1,000, and
 * V8 sizes the heap at a multiple of that.
 *
 * Two generations (the algorithm of sindresorhus's quick-lru): a use looks in the newer Map and
 * stops there when the entry is in it; one found in the older Map moves to the newer; when the
 * newer one is full it becomes the older and the older is dropped. A strict least-recently-used
 * order moved an entry at every use (a delete and a set: three lookups of a paragraph-long key
 * where one does); `get` went from 6.0 % to 4.9 % of a batch worker's CPU profile, what is left
 * being the hashing and comparing of the keys.
 */
export class RecentlyUsed<V> {
  #newer = new Map<string, V>();
  #older = new Map<string, V>();

  constructor(readonly limit: number) {}

  get(key: string): V | undefined {
    const value = this.#newer.get(key);
    if (value !== undefined) return value;
    const old = this.#older.get(key);
    if (old !== undefined) {
      this.#older.delete(key);
      this.#put(key, old);
    }
    return old;
  }

  set(key: string, value: V): void {
    if (this.#newer.has(key)) {
      this.#newer.set(key, value);
      return;
    }
    this.#older.delete(key);
    this.#put(key, value);
  }

  /** How many entries it holds: between `limit` and twice that once it has been filled. */
  get size(): number {
    return this.#newer.size + this.#older.size;
  }

  #put(key: string, value: V): void {
    this.#newer.set(key, value);
    if (this.#newer.size >= this.limit) {
      this.#older = this.#newer;
      this.#newer = new Map();
    }
  }
}
