import { firstInvalidUtf8 } from './encoding-mix';
import { gbkCellText, gbkCodes, trimGbkStart } from './gbk-cell';
import { isBlankSpan } from './trimmed';
import { isAsciiBytes, trimUtf8Start } from './utf8-cell';

/** Receives one row of a UTF-8 (or GBK) file as bytes: its first `count` cells as `[starts[k], ends[k])` into `bytes`. */
export type ByteRowHandler = (bytes: Uint8Array, starts: Int32Array, ends: Int32Array, count: number, line: number) => void;

const EMPTY = new Uint8Array(0);

/**
 * The byte path of `readCsvRecords` for UTF-8 and GBK files: splits chunks at line ends and delimiters as bytes,
 * never decoding them, with the rules of the text fast path (`emitSpans`): lines end at the file's newline
 * (`\n` or `\r\n`), a line of spaces, controls, NBSP, U+3000, BOM and delimiters is blank (skipped, but counted), a row gives
 * at most `wanted` cells. A chunk is taken only when it holds no `"` and its bytes are valid UTF-8;
 * otherwise `push` returns false, changes nothing, and the reader goes back to decoding text (quotes,
 * a GBK tail and its messages stay the text path's). The bytes after the last complete line wait in
 * `tail` for the next chunk. Each chunk reaches the handler as an array object of its own.
 *
 * With `utf8` false the chunks are GBK/GB18030 and their bytes are not checked: the bytes split on (`"`, CR,
 * LF, tab, `,`, `;`) are below 0x40, so never a trail byte, and the decoder gives each back as itself even
 * after a broken code; the handler checks the cells it reads (`gbk-cell.ts`).
 * @example
 * const rows = new ByteRows(0x2c, false, 2, (b, s, e, count, line) => {}, new Uint8Array(0), 2);
 * rows.push(new TextEncoder().encode('A,1\nB,')) // true: row A on line 2; tail 'B,'
 */
export class ByteRows {
  /** The line the next row is on (header = 1). */
  line: number;
  /** Bytes after the last complete line: the start of the next one. */
  tail: Uint8Array;
  /** True once a chunk held bytes outside ASCII. */
  nonAscii = false;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(
    private readonly delimiter: number,
    private readonly crlf: boolean,
    private readonly wanted: number,
    private readonly onRow: ByteRowHandler,
    tail: Uint8Array,
    line: number,
    private readonly utf8 = true,
  ) {
    this.tail = tail;
    this.line = line;
    this.starts = new Int32Array(wanted);
    this.ends = new Int32Array(wanted);
  }

  /** Splits the complete lines of `tail` + `chunk`; false, with nothing done, for a `"` or (UTF-8) bytes that are not UTF-8. */
  push(chunk: Uint8Array): boolean {
    if (chunk.indexOf(0x22) >= 0) return false;
    // A new array object for every chunk (a view or a copy), so handlers may remember places in it until the next.
    const bytes = this.tail.length === 0 ? chunk.subarray(0) : concat(this.tail, chunk);
    if (this.utf8 && !isAsciiBytes(chunk)) {
      if (firstInvalidUtf8(bytes) >= 0) return false;
      this.nonAscii = true;
    }
    const rest = this.split(bytes);
    this.tail = rest === bytes.length ? EMPTY : bytes.slice(rest);
    return true;
  }

  /** Emits every complete line of `bytes`; returns where the incomplete last one starts. */
  private split(bytes: Uint8Array): number {
    const { delimiter, crlf, wanted, starts, ends } = this;
    let at = 0;
    for (;;) {
      let newline = bytes.indexOf(0x0a, at);
      if (crlf) while (newline >= 0 && bytes[newline - 1] !== 0x0d) newline = bytes.indexOf(0x0a, newline + 1);
      if (newline < 0) return at;
      const end = crlf ? newline - 1 : newline;
      let count = 0;
      let cell = at;
      while (count < wanted) {
        let stop = cell;
        while (stop < end && bytes[stop] !== delimiter) stop++;
        starts[count] = cell;
        ends[count++] = stop;
        if (stop === end) break;
        cell = stop + 1;
      }
      const first = bytes[at]!;
      if ((at === end || first <= 0x20 || first >= 0x80 || first === delimiter) && isBlankLine(bytes, at, end, delimiter, this.utf8)) this.line++;
      else this.onRow(bytes, starts, ends, count, this.line++);
      at = newline + 1;
    }
  }
}

/**
 * `isBlankSpan` on bytes: cells trimmed as the byte path trims them (`trimUtf8Start`, `trimGbkStart`). A GBK line that
 * stops at bytes that are not one two-byte code (a four-byte code such as NBSP's) is decoded as the text path reads it.
 */
function isBlankLine(bytes: Uint8Array, start: number, end: number, delimiter: number, utf8: boolean): boolean {
  const table = utf8 ? null : gbkCodes();
  for (let i = start; ; i++) {
    i = table ? trimGbkStart(bytes, i, end, table) : trimUtf8Start(bytes, i, end);
    if (i === end) return true;
    if (bytes[i] === delimiter) continue;
    if (!table || bytes[i]! < 0x80 || (i + 1 < end && table[(bytes[i]! << 8) | bytes[i + 1]!] !== 0)) return false;
    const text = gbkCellText(bytes, start, end);
    return isBlankSpan(text, 0, text.length, delimiter);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
