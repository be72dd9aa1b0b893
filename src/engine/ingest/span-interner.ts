/**
 * Gives each distinct piece of text a small integer, in order of first appearance, looking the piece up
 * by its position in a larger text (`text`, `start`, `end`) so no substring is made for a piece already
 * seen. An open-addressing hash table (FNV-1a over UTF-16 code units, linear probing) replaces a
 * `Map<string, number>`: on a million rows it avoids a million short-lived strings.
 *
 * Source: Fowler–Noll–Vo hash (FNV-1a, 32 bit); Knuth, TAOCP vol. 3 §6.4 (linear probing).
 * @example const ids = new SpanInterner(); ids.intern('a,b,a', 0, 1); ids.intern('a,b,a', 4, 5) // 0, 0
 */
export class SpanInterner {
  /** The distinct pieces, by index. */
  readonly values: string[] = [];
  private hashes = new Int32Array(1024);
  private slots = new Int32Array(2048).fill(-1);
  private mask = 2047;

  /** The index of `text.slice(start, end)`, adding it when new. */
  intern(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    const length = end - start;
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === -1) break;
      if (this.hashes[entry] === hash) {
        const value = this.values[entry]!;
        if (value.length === length) {
          let i = 0;
          while (i < length && value.charCodeAt(i) === text.charCodeAt(start + i)) i++;
          if (i === length) return entry;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    const entry = this.values.length;
    this.values.push(start === 0 && end === text.length ? text : text.slice(start, end));
    if (entry === this.hashes.length) {
      const bigger = new Int32Array(entry * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[entry] = hash;
    this.slots[slot] = entry;
    if (entry * 2 > this.mask) this.grow();
    return entry;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    for (let entry = 0; entry < this.values.length; entry++) {
      let slot = this.hashes[entry]! & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = entry;
    }
  }
}

/** True for the characters a cell is trimmed of: ASCII space and controls, NBSP, U+3000, BOM. */
export function isTrimmed(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}
