/*
 * Cells of a UTF-8 file read as bytes (the byte path of `readCsvRecords`): trimmed, decoded and compared
 * without decoding the chunk they sit in. The bytes are valid UTF-8 (the reader checked them).
 */

const utf8 = new TextDecoder('utf-8');

/** The text of `bytes[start, end)`. */
export function utf8Text(bytes: Uint8Array, start: number, end: number): string {
  return utf8.decode(bytes.subarray(start, end));
}

const units = new Uint16Array(256);

/**
 * `utf8Text` decoded by hand into code units and made by `String.fromCharCode`, as `gbkOwnText` does for GBK: ids are
 * read again by `utf8Spells` on every later row of the same id, and in Chromium that read was 2–3 times slower on
 * strings from `TextDecoder` (profiled on 1M rows with Chinese ids: 299–586 ms against 156–201 ms; in Node both cost
 * the same, 160–230 ms). A cell is never longer in code units than in bytes.
 * @example utf8OwnText(new Uint8Array([0x41, 0xe4, 0xbc, 0x9a, 0xf0, 0x9f, 0x98, 0x80]), 0, 8) // 'A会😀'
 */
export function utf8OwnText(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > units.length) return utf8Text(bytes, start, end);
  let n = 0;
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      units[n++] = b;
      i++;
    } else if (b < 0xe0) {
      units[n++] = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
      i += 2;
    } else if (b < 0xf0) {
      units[n++] = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      i += 3;
    } else {
      const cp = (((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f)) - 0x10000;
      units[n++] = 0xd800 + (cp >> 10);
      units[n++] = 0xdc00 + (cp & 0x3ff);
      i += 4;
    }
  }
  return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
}

/** True when every byte is below 0x80, tested four bytes at a time. */
export function isAsciiBytes(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n && ((bytes.byteOffset + i) & 3) !== 0) if (bytes[i++]! >= 0x80) return false;
  const words = (n - i) >> 2;
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
    for (let w = 0; w < words; w++) if ((view[w]! & 0x80808080) !== 0) return false;
    i += words * 4;
  }
  for (; i < n; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/**
 * The first byte of `bytes[start, end)` after the characters `isTrimmed` removes: ASCII space and controls,
 * NBSP (C2 A0), U+3000 (E3 80 80), the BOM (EF BB BF).
 * @example trimUtf8Start(new Uint8Array([0x20, 0xe3, 0x80, 0x80, 0x41]), 0, 5) // 4
 */
export function trimUtf8Start(bytes: Uint8Array, start: number, end: number): number {
  let s = start;
  for (;;) {
    while (s < end && bytes[s]! <= 0x20) s++;
    if (s === end || bytes[s]! < 0x80) return s;
    const b = bytes[s]!;
    if (b === 0xc2 && bytes[s + 1] === 0xa0 && s + 2 <= end) s += 2;
    else if (b === 0xe3 && bytes[s + 1] === 0x80 && bytes[s + 2] === 0x80 && s + 3 <= end) s += 3;
    else if (b === 0xef && bytes[s + 1] === 0xbb && bytes[s + 2] === 0xbf && s + 3 <= end) s += 3;
    else return s;
  }
}

/** The end of `bytes[start, end)` without the trailing characters `trimUtf8Start` removes at the front. */
export function trimUtf8End(bytes: Uint8Array, start: number, end: number): number {
  let e = end;
  for (;;) {
    while (e > start && bytes[e - 1]! <= 0x20) e--;
    if (e === start || bytes[e - 1]! < 0x80) return e;
    if (e - 2 >= start && bytes[e - 2] === 0xc2 && bytes[e - 1] === 0xa0) e -= 2;
    else if (e - 3 >= start && bytes[e - 3] === 0xe3 && bytes[e - 2] === 0x80 && bytes[e - 1] === 0x80) e -= 3;
    else if (e - 3 >= start && bytes[e - 3] === 0xef && bytes[e - 2] === 0xbb && bytes[e - 1] === 0xbf) e -= 3;
    else return e;
  }
}

/**
 * FNV-1a over the UTF-16 code units that `bytes[start, end)` spell: the hash `SpanInterner` gives the same
 * text held as a string, so a cell met as bytes and as text is one entry.
 */
export function utf16HashOfUtf8(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      hash = Math.imul(hash ^ b, 16777619);
      i++;
    } else if (b < 0xe0) {
      hash = Math.imul(hash ^ (((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f)), 16777619);
      i += 2;
    } else if (b < 0xf0) {
      hash = Math.imul(hash ^ (((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f)), 16777619);
      i += 3;
    } else {
      const cp = (((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f)) - 0x10000;
      hash = Math.imul(hash ^ (0xd800 + (cp >> 10)), 16777619);
      hash = Math.imul(hash ^ (0xdc00 + (cp & 0x3ff)), 16777619);
      i += 4;
    }
  }
  return hash;
}

/** True when `bytes[start, end)` spell exactly `text`. */
export function utf8Spells(bytes: Uint8Array, start: number, end: number, text: string): boolean {
  let i = start;
  let k = 0;
  const n = text.length;
  while (i < end) {
    if (k >= n) return false;
    const b = bytes[i]!;
    if (b < 0x80) {
      if (text.charCodeAt(k++) !== b) return false;
      i++;
    } else if (b < 0xe0) {
      if (text.charCodeAt(k++) !== (((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f))) return false;
      i += 2;
    } else if (b < 0xf0) {
      if (text.charCodeAt(k++) !== (((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f))) return false;
      i += 3;
    } else {
      const cp = (((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f)) - 0x10000;
      if (text.charCodeAt(k++) !== 0xd800 + (cp >> 10) || text.charCodeAt(k++) !== 0xdc00 + (cp & 0x3ff)) return false;
      i += 4;
    }
  }
  return k === n;
}
