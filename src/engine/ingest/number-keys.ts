/**
 * A map from numbers to entry ids, tuned for keys that mostly arrive in increasing order (order
 * numbers in an export sorted by order or date): while every new key is larger than the last, keys sit
 * in a sorted array (a repeat of the last key costs one comparison, an older key a binary search); the
 * first key out of order turns it into an open-addressing hash table.
 * @example const m = new NumberKeys(); m.add(5, 0); m.get(5) // 0; m.get(6) // -1
 */
export class NumberKeys {
  private keys = new Float64Array(1024);
  private entries = new Int32Array(1024);
  private count = 0;
  private sorted = true;
  /** The hash table: slot s holds its key at 2s and its entry + 1 at 2s + 1 (0: empty), one cache line a probe. */
  private table = new Float64Array(0);
  private mask = 0;

  /** How many keys there are. */
  get size(): number {
    return this.count;
  }

  /** The entry of `key`, or -1. */
  get(key: number): number {
    const n = this.count;
    if (this.sorted) {
      if (n === 0) return -1;
      const last = this.keys[n - 1]!;
      if (key === last) return this.entries[n - 1]!;
      if (key > last) return -1;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.keys[mid]! < key) lo = mid + 1;
        else hi = mid;
      }
      return this.keys[lo] === key ? this.entries[lo]! : -1;
    }
    const table = this.table;
    let slot = hashNumber(key) & this.mask;
    for (;;) {
      const entry = table[2 * slot + 1]!;
      if (entry === 0) return -1;
      if (table[2 * slot] === key) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds a key that `get` did not find. */
  add(key: number, entry: number): void {
    const k = this.count++;
    if (k === this.keys.length) {
      const keys = new Float64Array(k * 2);
      keys.set(this.keys);
      this.keys = keys;
      const entries = new Int32Array(k * 2);
      entries.set(this.entries);
      this.entries = entries;
    }
    this.keys[k] = key;
    this.entries[k] = entry;
    if (this.sorted && k > 0 && key < this.keys[k - 1]!) {
      this.sorted = false;
      this.rehash();
    } else if (!this.sorted) {
      if (this.count * 2 > this.mask) this.rehash();
      else this.place(k);
    }
  }

  /** Calls `visit(key, entry)` for every key. */
  forEach(visit: (key: number, entry: number) => void): void {
    for (let k = 0; k < this.count; k++) visit(this.keys[k]!, this.entries[k]!);
  }

  private place(k: number): void {
    const key = this.keys[k]!;
    let slot = hashNumber(key) & this.mask;
    while (this.table[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
    this.table[2 * slot] = key;
    this.table[2 * slot + 1] = this.entries[k]! + 1;
  }

  private rehash(): void {
    let size = 2048;
    while (size < this.count * 4) size *= 2;
    this.mask = size - 1;
    this.table = new Float64Array(2 * size);
    for (let k = 0; k < this.count; k++) this.place(k);
  }
}

function hashNumber(value: number): number {
  const low = value >>> 0;
  const high = (value / 4294967296) | 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16);
}
