import { NumberKeys } from './number-keys';
import { gbkOwnText, gbkSpells, utf16HashOfGbk } from './gbk-cell';
import { utf16HashOfUtf8, utf8OwnText, utf8Spells } from './utf8-cell';

/**
 * Gives each distinct piece of text a small integer, in order of first appearance, looking the piece up
 * by its position in a larger text (`text`, `start`, `end`) so no substring is made for a piece already
 * seen. An open-addressing hash table (FNV-1a over UTF-16 code units, linear probing) replaces a
 * `Map<string, number>`: on a million rows it avoids a million short-lived strings.
 *
 * Pieces written as a plain whole number (1–15 digits, no leading zero: order numbers, numeric member
 * ids) are keyed by their value, and ASCII pieces of up to 7 characters (`M030016`) by a number packing
 * their characters, in `NumberKeys` tables; their strings are made only at the end (`String(n)` gives
 * back exactly those digits).
 *
 * `internBytes` looks up a cell of a UTF-8 file by its bytes, in the same table: the same numbers and packed
 * keys, and the hash of the UTF-16 text the bytes spell (`utf8-cell.ts`), so a cell met as bytes and as
 * text is one entry; its string is made when it is new. `internGbk` does the same for a cell of a GBK file.
 *
 * Source: Fowler–Noll–Vo hash (FNV-1a, 32 bit); Knuth, TAOCP vol. 3 §6.4 (linear probing).
 * @example const ids = new SpanInterner(); ids.intern('a,b,a', 0, 1); ids.intern('a,b,a', 4, 5) // 0, 0
 */
export class SpanInterner {
  private readonly texts: (string | undefined)[] = [];
  /** Slot s holds its entry at 2s (-1: empty) and the entry's hash at 2s + 1: one cache line a probe. */
  private slots = new Int32Array(4096).fill(-1);
  private mask = 2047;
  /** Whole numbers written without leading zeros, keyed by value. */
  private readonly numbers = new NumberKeys();
  /** Short ASCII pieces (up to 7 characters) packed into a number: 7 bits a character after a leading 1. */
  private readonly packed = new NumberKeys();
  /** Pieces of up to 12 characters from `0-9 - / . : space` (dates), 4 bits a character. */
  private readonly dateLike = new NumberKeys();
  private pending = false;
  private lastText = '';
  private lastStart = 0;
  private lastLength = -1;
  private lastId = -1;
  /** The last piece met as bytes: where it is in `lastBuffer`, for `internBytes`. */
  private lastBuffer: Uint8Array | null = null;
  private lastBytesStart = 0;
  private lastBytesLength = -1;
  private lastBytesId = -1;

  /** The distinct pieces, by index. */
  get values(): string[] {
    if (this.pending) {
      this.numbers.forEach((key, entry) => (this.texts[entry] ??= String(key)));
      this.packed.forEach((key, entry) => (this.texts[entry] ??= unpack(key)));
      this.dateLike.forEach((key, entry) => (this.texts[entry] ??= unpackDateLike(key)));
      this.pending = false;
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
    // Rows of one order or one customer often follow each other: try the last piece first.
    if (length === this.lastLength) {
      const last = this.lastText;
      const from = this.lastStart;
      let i = 0;
      while (i < length && last.charCodeAt(from + i) === text.charCodeAt(start + i)) i++;
      if (i === length) return this.lastId;
    }
    const id = this.lookup(text, start, end, length);
    this.lastText = text;
    this.lastStart = start;
    this.lastLength = length;
    this.lastId = id;
    return id;
  }

  /**
   * The index of the text that `bytes[start, end)` spell (valid UTF-8), adding it when new. The last piece
   * is remembered by its place in `bytes` while the same array object comes back: a caller that changes
   * the bytes of an array it passed must pass a new view of them (the byte path passes one per chunk).
   */
  internBytes(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    const last = this.lastBytesIdOf(bytes, start, length);
    if (last >= 0) return last;
    return this.rememberBytes(bytes, start, length, this.lookupBytes(bytes, start, end, length));
  }

  /**
   * The index of the text that the GBK cell `bytes[start, end)` spells (ASCII and whole two-byte codes, as
   * `trimGbkEnd` checks; `table` is `gbkCodes()`), adding it when new: `internBytes` for GBK, sharing its
   * memory of the last piece (an array object holds one file's bytes). Each distinct text is decoded once.
   */
  internGbk(bytes: Uint8Array, start: number, end: number, table: Uint16Array): number {
    const length = end - start;
    const last = this.lastBytesIdOf(bytes, start, length);
    if (last >= 0) return last;
    return this.rememberBytes(bytes, start, length, this.lookupGbk(bytes, start, end, length, table));
  }

  /** The id of the last piece met as bytes when `bytes[start, start + length)` is that piece again; -1 if not. */
  private lastBytesIdOf(bytes: Uint8Array, start: number, length: number): number {
    if (bytes !== this.lastBuffer || length !== this.lastBytesLength) return -1;
    // From the end: ids and order numbers that follow each other differ in their last characters.
    const from = this.lastBytesStart;
    let i = length - 1;
    while (i >= 0 && bytes[from + i] === bytes[start + i]) i--;
    return i < 0 ? this.lastBytesId : -1;
  }

  /** Remembers `bytes[start, start + length)` as the last piece met as bytes, and gives back its `id`. */
  private rememberBytes(bytes: Uint8Array, start: number, length: number, id: number): number {
    this.lastBuffer = bytes;
    this.lastBytesStart = start;
    this.lastBytesLength = length;
    this.lastBytesId = id;
    return id;
  }

  /** `lookup` for a GBK cell: ASCII pieces by their keys, other text by the hash of the code units the table gives. */
  private lookupGbk(bytes: Uint8Array, start: number, end: number, length: number, table: Uint16Array): number {
    const keyed = this.asciiKeyed(bytes, start, end, length);
    if (keyed >= 0) return keyed;
    const hash = utf16HashOfGbk(bytes, start, end, table);
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[2 * slot]!;
      if (entry === -1) break;
      if (this.slots[2 * slot + 1] === hash && gbkSpells(bytes, start, end, this.texts[entry]!, table)) return entry;
      slot = (slot + 1) & this.mask;
    }
    return this.addHashed(gbkOwnText(bytes, start, end, table), hash, slot);
  }

  /** `lookup` for bytes: ASCII bytes are the same code units, so the same keys; other text by its hash. */
  private lookupBytes(bytes: Uint8Array, start: number, end: number, length: number): number {
    const keyed = this.asciiKeyed(bytes, start, end, length);
    if (keyed >= 0) return keyed;
    const hash = utf16HashOfUtf8(bytes, start, end);
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[2 * slot]!;
      if (entry === -1) break;
      if (this.slots[2 * slot + 1] === hash && utf8Spells(bytes, start, end, this.texts[entry]!)) return entry;
      slot = (slot + 1) & this.mask;
    }
    return this.addHashed(utf8OwnText(bytes, start, end), hash, slot);
  }

  /** The entry of an ASCII piece written as a whole number, a date-like text or up to 7 characters; -1 for any other. */
  private asciiKeyed(bytes: Uint8Array, start: number, end: number, length: number): number {
    if (length > 0 && length <= 15) {
      let c = bytes[start]!;
      if ((c >= 49 && c <= 57) || (c === 48 && length === 1)) {
        let value = 0;
        let i = start;
        for (; i < end; i++) {
          c = bytes[i]!;
          if (c < 48 || c > 57) break;
          value = value * 10 + (c - 48);
        }
        if (i === end) return this.internNumber(this.numbers, value);
      }
      if (length <= 12) {
        let value = 0;
        let i = start;
        for (; i < end; i++) {
          c = bytes[i]!;
          const digit = c < 128 ? DATE_LIKE[c]! : 0;
          if (digit === 0) break;
          value = value * 16 + digit;
        }
        if (i === end) return this.internNumber(this.dateLike, value);
      }
      if (length <= 7) {
        let value = 1;
        let i = start;
        for (; i < end; i++) {
          c = bytes[i]!;
          if (c >= 128) break;
          value = value * 128 + c;
        }
        if (i === end) return this.internNumber(this.packed, value);
      }
    }
    return -1;
  }

  private lookup(text: string, start: number, end: number, length: number): number {
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
        if (i === end) return this.internNumber(this.numbers, value);
      }
      if (length <= 12) {
        let value = 0;
        let i = start;
        for (; i < end; i++) {
          c = text.charCodeAt(i);
          const digit = c < 128 ? DATE_LIKE[c]! : 0;
          if (digit === 0) break;
          value = value * 16 + digit;
        }
        if (i === end) return this.internNumber(this.dateLike, value);
      }
      if (length <= 7) {
        let value = 1;
        let i = start;
        for (; i < end; i++) {
          c = text.charCodeAt(i);
          if (c >= 128) break;
          value = value * 128 + c;
        }
        if (i === end) return this.internNumber(this.packed, value);
      }
    }
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[2 * slot]!;
      if (entry === -1) break;
      if (this.slots[2 * slot + 1] === hash) {
        const value = this.texts[entry]!;
        if (value.length === length) {
          let i = 0;
          while (i < length && value.charCodeAt(i) === text.charCodeAt(start + i)) i++;
          if (i === length) return entry;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    return this.addHashed(start === 0 && end === text.length ? text : text.slice(start, end), hash, slot);
  }

  /** Adds a text found in no table at `slot` (the empty slot its probe ended on). */
  private addHashed(text: string, hash: number, slot: number): number {
    const entry = this.texts.length;
    this.texts.push(text);
    this.slots[2 * slot] = entry;
    this.slots[2 * slot + 1] = hash;
    if (entry * 2 > this.mask) this.grow();
    return entry;
  }

  private internNumber(keys: NumberKeys, value: number): number {
    const found = keys.get(value);
    if (found >= 0) return found;
    const entry = this.texts.length;
    this.texts.push(undefined);
    keys.add(value, entry);
    this.pending = true;
    return entry;
  }

  /** Doubles the hash table, moving each entry with the hash its slot holds (no hash is kept per entry). */
  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size).fill(-1);
    for (let s = 0; s < old.length; s += 2) {
      const entry = old[s]!;
      if (entry === -1) continue;
      const hash = old[s + 1]!;
      let slot = hash & this.mask;
      while (this.slots[2 * slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = entry;
      this.slots[2 * slot + 1] = hash;
    }
  }
}

// At most 15 characters: each gets a base-16 digit 1..15.
const DATE_LIKE_CHARACTERS = '0123456789-/.: ';
/** Character code → 1..15 for the characters of `DATE_LIKE_CHARACTERS`, 0 for any other. */
const DATE_LIKE = new Uint8Array(128);
for (let k = 0; k < DATE_LIKE_CHARACTERS.length; k++) DATE_LIKE[DATE_LIKE_CHARACTERS.charCodeAt(k)] = k + 1;

/** Digits 1..15 in base 16 (no zero digit, so no two texts share a number). */
function unpackDateLike(key: number): string {
  let text = '';
  for (let value = key; value > 0; value = Math.floor(value / 16)) text = DATE_LIKE_CHARACTERS[(value % 16) - 1]! + text;
  return text;
}

function unpack(key: number): string {
  let text = '';
  for (let value = key; value > 1; value = Math.floor(value / 128)) text = String.fromCharCode(value % 128) + text;
  return text;
}
