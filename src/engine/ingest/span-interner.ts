/**
 * Gives each distinct piece of text a small integer, in order of first appearance, looking the piece up
 * by its position in a larger text (`text`, `start`, `end`) so no substring is made for a piece already
 * seen. An open-addressing hash table (FNV-1a over UTF-16 code units, linear probing) replaces a
 * `Map<string, number>`: on a million rows it avoids a million short-lived strings.
 *
 * Pieces written as a plain whole number (1–15 digits, no leading zero: order numbers, numeric member
 * ids) are keyed by their numeric value in a second table and turned into strings only at the end;
 * `String(n)` gives back exactly those digits.
 *
 * Source: Fowler–Noll–Vo hash (FNV-1a, 32 bit); Knuth, TAOCP vol. 3 §6.4 (linear probing).
 * @example const ids = new SpanInterner(); ids.intern('a,b,a', 0, 1); ids.intern('a,b,a', 4, 5) // 0, 0
 */
export class SpanInterner {
  private readonly texts: (string | undefined)[] = [];
  private hashes = new Int32Array(1024);
  private slots = new Int32Array(2048).fill(-1);
  private mask = 2047;
  private numbers = new Float64Array(0);
  private numberEntries = new Int32Array(0);
  private numberSlots = new Int32Array(0);
  private numberMask = -1;
  private numberCount = 0;
  private pendingNumbers = false;

  /** The distinct pieces, by index. */
  get values(): string[] {
    if (this.pendingNumbers) {
      for (let k = 0; k < this.numberCount; k++) {
        const entry = this.numberEntries[k]!;
        this.texts[entry] ??= String(this.numbers[k]!);
      }
      this.pendingNumbers = false;
    }
    return this.texts as string[];
  }

  /** How many distinct pieces there are. */
  get size(): number {
    return this.texts.length;
  }

  /** The index of `text.slice(start, end)`, adding it when new. */
  intern(text: string, start: number, end: number): number {
    const length = end - start;
    if (length > 0 && length <= 15) {
      let c = text.charCodeAt(start);
      if ((c >= 49 && c <= 57) || (c === 48 && length === 1)) {
        let value = 0;
        let i = start;
        for (; i < end; i++) {
          c = text.charCodeAt(i);
          if (c < 48 || c > 57) break;
          value = value * 10 + (c - 48);
        }
        if (i === end) return this.internNumber(value);
      }
    }
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === -1) break;
      if (this.hashes[entry] === hash) {
        const value = this.texts[entry]!;
        if (value.length === length) {
          let i = 0;
          while (i < length && value.charCodeAt(i) === text.charCodeAt(start + i)) i++;
          if (i === length) return entry;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    const entry = this.texts.length;
    this.texts.push(start === 0 && end === text.length ? text : text.slice(start, end));
    this.ensureHashRoom(entry);
    this.hashes[entry] = hash;
    this.slots[slot] = entry;
    if (entry * 2 > this.mask) this.grow();
    return entry;
  }

  private ensureHashRoom(entry: number): void {
    if (entry === this.hashes.length) {
      const bigger = new Int32Array(entry * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
  }

  private internNumber(value: number): number {
    if (this.numberMask < 0) {
      this.numbers = new Float64Array(1024);
      this.numberEntries = new Int32Array(1024);
      this.numberSlots = new Int32Array(2048).fill(-1);
      this.numberMask = 2047;
    }
    let slot = numberHash(value) & this.numberMask;
    for (;;) {
      const k = this.numberSlots[slot]!;
      if (k === -1) break;
      if (this.numbers[k] === value) return this.numberEntries[k]!;
      slot = (slot + 1) & this.numberMask;
    }
    const k = this.numberCount++;
    if (k === this.numbers.length) {
      const numbers = new Float64Array(k * 2);
      numbers.set(this.numbers);
      this.numbers = numbers;
      const entries = new Int32Array(k * 2);
      entries.set(this.numberEntries);
      this.numberEntries = entries;
    }
    const entry = this.texts.length;
    this.texts.push(undefined);
    this.ensureHashRoom(entry);
    this.hashes[entry] = 0;
    this.numbers[k] = value;
    this.numberEntries[k] = entry;
    this.numberSlots[slot] = k;
    this.pendingNumbers = true;
    if (k * 2 > this.numberMask) {
      const size = (this.numberMask + 1) * 2;
      this.numberMask = size - 1;
      this.numberSlots = new Int32Array(size).fill(-1);
      for (let j = 0; j <= k; j++) {
        let s = numberHash(this.numbers[j]!) & this.numberMask;
        while (this.numberSlots[s] !== -1) s = (s + 1) & this.numberMask;
        this.numberSlots[s] = j;
      }
    }
    return entry;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    for (let entry = 0; entry < this.texts.length; entry++) {
      if (this.texts[entry] === undefined) continue;
      let slot = this.hashes[entry]! & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = entry;
    }
  }
}

function numberHash(value: number): number {
  const low = value >>> 0;
  const high = (value / 4294967296) | 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16);
}

/** True for the characters a cell is trimmed of: ASCII space and controls, NBSP, U+3000, BOM. */
export function isTrimmed(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}
