/*
 * Cells of a GBK file read as bytes (the byte path of `readCsvRecords`): trimmed, hashed and compared through a
 * table of what each two-byte code decodes to, and decoded to text only when needed. A cell is read this way
 * when it holds ASCII and whole two-byte codes only; any other byte (a lone lead byte, 0x80, 0xFF, a
 * four-byte GB18030 code) makes the trimming functions answer -1, and the row is decoded as text.
 */
import { isTrimmed } from './trimmed';

const gb18030 = new TextDecoder('gb18030');
let codes: Uint16Array | null = null;

/**
 * The UTF-16 code unit each two-byte GBK code `(lead << 8) | trail` decodes to, 0 where it is not one code
 * unit (the platform's 'gb18030' decoder is asked once, so the table is the text path's own decoding).
 * @example gbkCodes()[0xa1a1] // 0x3000
 */
export function gbkCodes(): Uint16Array {
  if (codes !== null) return codes;
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push((lead << 8) | trail);
  // Each code followed by a line feed, which no code swallows: a code that does not decode cannot shift the rest.
  const bytes = new Uint8Array(pairs.length * 3);
  pairs.forEach((pair, k) => {
    bytes[3 * k] = pair >> 8;
    bytes[3 * k + 1] = pair & 0xff;
    bytes[3 * k + 2] = 0x0a;
  });
  const text = gb18030.decode(bytes);
  const table = new Uint16Array(65_536);
  let at = 0;
  for (const pair of pairs) {
    const end = text.indexOf('\n', at);
    const unit = text.charCodeAt(at);
    if (end === at + 1 && unit !== 0xfffd) table[pair] = unit;
    at = end + 1;
  }
  codes = table;
  return table;
}

/** The text of `bytes[start, end)`, a cell of whole characters. */
export function gbkText(bytes: Uint8Array, start: number, end: number): string {
  return gb18030.decode(bytes.subarray(start, end));
}

const units = new Uint16Array(256);

/**
 * `gbkText` of a checked cell (`trimGbkEnd`) made from the table's code units by `String.fromCharCode`. Ids are
 * read again by `gbkSpells` on every later row of the same id, and in Chromium that read was 2.5 times slower on
 * strings from `TextDecoder` (profiled on 1M rows: 363 ms against 142 ms).
 */
export function gbkOwnText(bytes: Uint8Array, start: number, end: number, table: Uint16Array): string {
  if (end - start > units.length) return gbkText(bytes, start, end);
  let n = 0;
  for (let i = start; i < end; n++) {
    const b = bytes[i]!;
    if (b < 0x80) {
      units[n] = b;
      i++;
    } else {
      units[n] = table[(b << 8) | bytes[i + 1]!]!;
      i += 2;
    }
  }
  return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
}

/**
 * The text the text path reads for the cell `bytes[start, end)` whatever its bytes: the cell is decoded with
 * the byte after it (a delimiter or line end, which ends any code left open, as it does in the whole line).
 */
export function gbkCellText(bytes: Uint8Array, start: number, end: number): string {
  return gb18030.decode(bytes.subarray(start, end + 1)).slice(0, -1);
}

/**
 * The first byte of `bytes[start, end)` after the characters `isTrimmed` removes (ASCII space and controls;
 * U+3000 is A1 A1 and A3 A0).
 * @example trimGbkStart(new Uint8Array([0x20, 0xa1, 0xa1, 0x41]), 0, 4, gbkCodes()) // 3
 */
export function trimGbkStart(bytes: Uint8Array, start: number, end: number, table: Uint16Array): number {
  let s = start;
  for (;;) {
    while (s < end && bytes[s]! <= 0x20) s++;
    if (s === end || bytes[s]! < 0x80 || s + 1 === end) return s;
    const unit = table[(bytes[s]! << 8) | bytes[s + 1]!]!;
    // 0: not a code (isTrimmed(0) would say trimmed); trimGbkEnd finds it.
    if (unit === 0 || !isTrimmed(unit)) return s;
    s += 2;
  }
}

/**
 * The end of `bytes[start, end)` without trailing trimmed characters, `start` being a character's first byte;
 * -1 when the bytes are not ASCII and whole two-byte codes. Read from the front: from the back, `B0 A1 A1`
 * cannot tell 啊 + a lead byte from a byte + U+3000.
 */
export function trimGbkEnd(bytes: Uint8Array, start: number, end: number, table: Uint16Array): number {
  let kept = start;
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      if (b > 0x20) kept = i;
      continue;
    }
    if (i + 1 === end) return -1;
    const unit = table[(b << 8) | bytes[i + 1]!]!;
    if (unit === 0) return -1;
    i += 2;
    if (!isTrimmed(unit)) kept = i;
  }
  return kept;
}

/** FNV-1a over the UTF-16 code units of a cell checked by `trimGbkEnd`: the hash `SpanInterner` gives its text. */
export function utf16HashOfGbk(bytes: Uint8Array, start: number, end: number, table: Uint16Array): number {
  let hash = 0x811c9dc5 | 0;
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      hash = Math.imul(hash ^ b, 16777619);
      i++;
    } else {
      hash = Math.imul(hash ^ table[(b << 8) | bytes[i + 1]!]!, 16777619);
      i += 2;
    }
  }
  return hash;
}

/** True when the cell `bytes[start, end)` (checked by `trimGbkEnd`) spells exactly `text`. */
export function gbkSpells(bytes: Uint8Array, start: number, end: number, text: string, table: Uint16Array): boolean {
  let i = start;
  let k = 0;
  const n = text.length;
  while (i < end) {
    if (k >= n) return false;
    const b = bytes[i]!;
    if (b < 0x80) {
      if (text.charCodeAt(k++) !== b) return false;
      i++;
    } else {
      if (text.charCodeAt(k++) !== table[(b << 8) | bytes[i + 1]!]) return false;
      i += 2;
    }
  }
  return k === n;
}
