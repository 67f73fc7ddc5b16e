/**
 * A cache that keeps at most `2 × limit` entries, favouring the ones in use: entries go into a
 * current generation; when it is full it becomes the previous one (the one before is dropped),
 * and a hit in the previous generation moves the entry back into the current one. A page that
 * lives for hours and sees endless distinct inputs (dates, language tags) stays bounded, while a
 * chart drawing the same inputs again finds them all. Cheaper than a strict LRU: no reordering
 * on a hit in the current generation.
 */
export class BoundedCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  /** `limit`: the entries of one generation (at least 1). */
  constructor(readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, not ${limit}`);
  }

  /** The value for `key`, or `undefined`. */
  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined || this.current.has(key)) return value;
    if (!this.previous.has(key)) return undefined;
    const kept = this.previous.get(key) as V;
    this.previous.delete(key);
    this.set(key, kept);
    return kept;
  }

  /** Stores `value` for `key`, starting a new generation when the current one is full. */
  set(key: K, value: V): void {
    if (this.current.size >= this.limit && !this.current.has(key)) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }

  /** How many entries are kept (never more than `2 × limit`). */
  get size(): number {
    return this.current.size + this.previous.size;
  }
}
