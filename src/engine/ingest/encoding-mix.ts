/*
 * A file pasted together from two exports can hold UTF-8 in one part and GBK in another. Read in either
 * encoding, the other part turns into wrong characters, and different customer ids can turn into the
 * same text: customers merge without a sign. These helpers find where the second encoding begins.
 */

/**
 * The index of the first byte of `bytes` that is not valid UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or -1. A sequence cut off by the end of `bytes` counts as valid
 * (the rest may come in the next chunk).
 * @example firstInvalidUtf8(new Uint8Array([0x61, 0xe4, 0xbd, 0xa0, 0xc4, 0xe3])) // 4 (GBK 你 after UTF-8 你)
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return -1;
      const c = bytes[i + k]!;
      if (c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** CJK ideographs and the punctuation of Chinese text, as UTF-8 three-byte characters. */
function isChineseCodePoint(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef);
}

/** Where a file read as GB18030 turns out to hold UTF-8 text: a line of each. */
export interface EncodingMix {
  /** A line whose bytes are UTF-8 Chinese text. */
  readonly utf8Line: number;
  /** A line whose bytes are not UTF-8 (GBK). */
  readonly otherLine: number;
}

/**
 * Watches the bytes of a file read as GB18030, line by line, for UTF-8 Chinese text. A line counts as
 * UTF-8 when all its non-ASCII bytes are valid UTF-8 and spell at least two Chinese characters; GBK text
 * passes that test by chance about once in 10,000 short lines, so it takes two such lines in a row (or
 * the first line with Chinese in it) before the file is called mixed, and a line that is not UTF-8 too.
 * @example const watch = new Utf8LineWatch(1); watch.scan(bytes) // null, or { utf8Line: 1, otherLine: 4 }
 */
export class Utf8LineWatch {
  private line: number;
  private need = 0;
  private codePoint = 0;
  private nonAscii = false;
  private valid = true;
  private chinese = 0;
  private seenNonAscii = false;
  /** The last line with non-ASCII bytes, when it was UTF-8 Chinese; else -1. */
  private previousUtf8 = -1;
  private utf8Line = -1;
  private otherLine = -1;

  /** `firstLine`: the line number of the first byte given to `scan`. */
  constructor(firstLine: number) {
    this.line = firstLine;
  }

  /** Reads the next bytes of the file; returns the mix once both kinds of line have been seen, else null. */
  scan(bytes: Uint8Array): EncodingMix | null {
    const n = bytes.length;
    for (let i = 0; i < n; i++) {
      const b = bytes[i]!;
      if (b < 0x80 && b !== 0x0a) {
        if (this.need > 0) this.valid = false;
        this.need = 0;
        // The rest of a run of ASCII bytes changes nothing: skip it without touching the state.
        while (i + 1 < n && bytes[i + 1]! < 0x80 && bytes[i + 1] !== 0x0a) i++;
        continue;
      }
      if (b === 0x0a) {
        this.endLine();
        if (this.utf8Line > 0 && this.otherLine > 0) return { utf8Line: this.utf8Line, otherLine: this.otherLine };
        continue;
      }
      if (b < 0x80) {
        if (this.need > 0) this.valid = false;
        this.need = 0;
        continue;
      }
      this.nonAscii = true;
      if (!this.valid) continue;
      if (this.need > 0) {
        if ((b & 0xc0) !== 0x80) {
          this.valid = false;
          continue;
        }
        this.codePoint = (this.codePoint << 6) | (b & 0x3f);
        if (--this.need === 0 && isChineseCodePoint(this.codePoint)) this.chinese++;
      } else if (b >= 0xc2 && b <= 0xdf) {
        this.need = 1;
        this.codePoint = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        this.need = 2;
        this.codePoint = b & 0x0f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        this.need = 3;
        this.codePoint = b & 0x07;
      } else this.valid = false;
    }
    return null;
  }

  /** Call at the end of the file: the mix when the last line completed it. */
  finish(): EncodingMix | null {
    this.endLine();
    return this.utf8Line > 0 && this.otherLine > 0 ? { utf8Line: this.utf8Line, otherLine: this.otherLine } : null;
  }

  private endLine(): void {
    if (this.nonAscii) {
      const utf8 = this.valid && this.need === 0 && this.chinese >= 2;
      if (!this.valid || this.need > 0) {
        if (this.otherLine < 0) this.otherLine = this.line;
      }
      if (utf8 && this.utf8Line < 0 && (!this.seenNonAscii || this.previousUtf8 > 0)) this.utf8Line = this.previousUtf8 > 0 ? this.previousUtf8 : this.line;
      this.previousUtf8 = utf8 ? this.line : -1;
      this.seenNonAscii = true;
    }
    this.line++;
    this.need = 0;
    this.nonAscii = false;
    this.valid = true;
    this.chinese = 0;
  }
}
