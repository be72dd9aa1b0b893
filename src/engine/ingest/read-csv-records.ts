import Papa from 'papaparse';
import { EngineError } from '../core/errors';
import { byteChunks, type ByteSource } from './byte-source';
import { decoderLabel, detectEncoding, type TextEncodingName } from './detect-encoding';
import { detectDelimiter } from './detect-delimiter';
import { firstInvalidUtf8, Utf8LineWatch, type EncodingMix } from './encoding-mix';
import { ByteRows, type ByteRowHandler } from './read-byte-rows';
import { isBlankSpan, isTrimmed } from './trimmed';

/** Options every reader takes: progress, cancel, and overrides for what is otherwise detected. */
export interface StreamOptions {
  /** Size of the whole input in bytes, when known (a `File`'s `size`), for progress. */
  readonly totalBytes?: number;
  /** Called with the fraction read so far (0..1), once per chunk and with 1 at the end. */
  readonly onProgress?: (fraction: number) => void;
  /** Cancels reading: the reader stops at the next chunk and throws `EngineError('aborted')`. */
  readonly signal?: AbortSignal;
  /** Use this delimiter instead of detecting one. */
  readonly delimiter?: string;
  /**
   * Read a UTF-8 or GBK file's rows from its bytes where the reader allows it (the default); false decodes
   * every chunk to text, the reference the byte path is tested against.
   */
  readonly bytePath?: boolean;
}

/** What was found about a file's layout before its rows were read. */
export interface CsvLayout {
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
  /** The header row, each name trimmed. */
  readonly headers: readonly string[];
  /** Notes for the reader (Chinese), e.g. a change of encoding part way; the row readers add theirs. */
  readonly warnings: string[];
}

/** Receives the rows of a CSV file as they are parsed. */
export interface RecordHandler {
  /**
   * Called once, with the header row; throw an `EngineError` to refuse the file. Return how many leading
   * cells each row needs to enable the fast path (`span`), or nothing.
   */
  header(layout: CsvLayout): number | void;
  /** Called for every data row that is not blank: its cells (untrimmed) and its line (header = line 1). */
  record(fields: readonly string[], line: number): void;
  /**
   * Optional fast path for text without quotes: the first `count` cells of a row as offsets
   * `[starts[k], ends[k])` into `text` (`count` is less than asked when the row has fewer cells).
   */
  span?(text: string, starts: Int32Array, ends: Int32Array, count: number, line: number): void;
  /**
   * Optional byte path for UTF-8 files (`ByteRows`): as `span`, with the cells as offsets into the file's
   * bytes (valid UTF-8, no quotes). Needs `span` too, which takes the rows the byte path does not.
   */
  bytes?: ByteRowHandler;
  /**
   * Optional byte path for GBK/GB18030 files: as `bytes`, the cells' bytes not checked (any byte but `"`, a
   * line end and the delimiter may be in them; `gbkCellText` reads a cell as the text path would).
   */
  gbkBytes?: ByteRowHandler;
}

const SAMPLE_BYTES = 65_536;
const HEAD_CHARS = 65_536;
/** The header and delimiter are looked for in the first 22 lines, or `HEAD_CHARS` when they are longer. */
const HEAD_LINES = 22;
/** A quoted cell still open after this many characters is treated as an unclosed quote. */
const MAX_PENDING_CHARS = 16_000_000;

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Bytes at the end of `bytes` that start a UTF-8 character not yet complete (0–3). */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0x80) return 0;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return need > back ? back : 0;
  }
  return 0;
}

/** A row is blank when its cells hold only what cells are trimmed of (`isTrimmed`), as `isBlankSpan` and the byte path judge a line. */
function isBlank(fields: readonly string[]): boolean {
  for (const f of fields) for (let i = 0; i < f.length; i++) if (!isTrimmed(f.charCodeAt(i))) return false;
  return true;
}

function detectNewline(text: string): '\n' | '\r\n' | '\r' {
  const n = text.indexOf('\n');
  const r = text.indexOf('\r');
  if (r >= 0 && (n < 0 || r < n)) return n === r + 1 ? '\r\n' : '\r';
  return '\n';
}

function aborted(): EngineError {
  return new EngineError('aborted', '已取消读取(reading was cancelled)');
}

/**
 * Streams a CSV file's bytes into rows: detects the encoding (`detectEncoding`), an Excel `sep=;` first
 * line, the line ending and the delimiter (`detectDelimiter`), then parses chunk by chunk with
 * papaparse's `Parser` (its fast path splits chunks without quotes; quoted cells may hold delimiters and
 * line breaks and may span chunks). Blank lines (only delimiters and what cells are trimmed of, `isTrimmed`) are
 * skipped silently but still counted for line numbers (docs/contracts.md §4).
 *
 * Source: RFC 4180 (CSV); papaparse 5 (`Papa.Parser`, as its own `ChunkStreamer` drives it).
 * UTF-8 is decoded strictly and a GB18030 file is watched for UTF-8 lines (`Utf8LineWatch`): a file that
 * mixes the two is refused, since its Chinese cannot all be read right and different ids could merge.
 * @throws EngineError `empty-file` (no header row), `binary-file` (not text), `mixed-encoding` (UTF-8 and
 *   GBK in one file, with a line of each), `unclosed-quote` (a `"` never closed, with its line), `aborted`.
 * @example await readCsvRecords(chunks, { header: (l) => {}, record: (cells, line) => {} }) // layout
 */
export async function readCsvRecords(source: ByteSource, handler: RecordHandler, options: StreamOptions = {}): Promise<CsvLayout> {
  const { totalBytes, onProgress, signal } = options;
  let bytesRead = 0;
  let sampleParts: Uint8Array[] | null = [];
  let sampleSize = 0;
  let decoder: TextDecoder | null = null;
  /** True while every byte decoded was ASCII: then a switch to GB18030 loses nothing. */
  let asciiSoFar = false;
  let gbWatch: Utf8LineWatch | null = null;
  let previousChunk: Uint8Array | null = null;
  let encoding: TextEncodingName = 'utf-8';
  const warnings: string[] = [];

  let head: string | null = '';
  let headLines = 0;
  let pending = '';
  let parser: Papa.Parser | null = null;
  let newline: '\n' | '\r\n' | '\r' = '\n';
  let delimiter = ',';
  let layout: CsvLayout | null = null;
  let line = 0;
  let spanFields = 0;
  let starts = new Int32Array(0);
  let ends = new Int32Array(0);
  /** The byte path, while it is reading (`useBytes`). */
  let byteRows: ByteRows | null = null;

  /** The fast path: splits unquoted text at line ends and delimiters without making strings. */
  const emitSpans = (input: string, final: boolean): string => {
    const newlineLength = newline.length;
    const delimiterCode = delimiter.charCodeAt(0);
    const wanted = spanFields;
    let at = 0;
    for (;;) {
      let end = input.indexOf(newline, at);
      if (end < 0) {
        if (!final || at === input.length) return input.slice(at);
        end = input.length;
      }
      const next = end + newlineLength;
      let count = 0;
      let cell = at;
      while (count < wanted) {
        let stop = input.indexOf(delimiter, cell);
        if (stop < 0 || stop > end) stop = end;
        starts[count] = cell;
        ends[count++] = stop;
        if (stop === end) break;
        cell = stop + 1;
      }
      const first = input.charCodeAt(at);
      if ((at === end || isTrimmed(first) || first === delimiterCode) && isBlankSpan(input, at, end, delimiterCode)) line++;
      else handler.span!(input, starts, ends, count, line++);
      if (next > input.length) return '';
      at = next;
    }
  };

  /** The line (header = 1) where the text fed so far stops: the line a problem in the next bytes is on. */
  const currentLine = (): number => {
    if (head !== null) return 1 + countNewlines(head, detectNewline(head));
    return (layout === null ? 1 : line) + countNewlines(pending, newline);
  };

  /** Detects the encoding on the first bytes (`final`: they are the whole file) and makes the decoder. */
  const startDecoder = (sample: Uint8Array, final: boolean): TextDecoder => {
    const guess = detectEncoding(sample, final);
    if (guess.kind === 'binary') {
      const hint = guess.looksLike.includes('Excel') ? '，请在 Excel 中“另存为”CSV UTF-8 后再读取' : '';
      throw new EngineError('binary-file', `文件不是 CSV 文本，看起来是${guess.looksLike}${hint}(the file is not CSV text)`, { looksLike: guess.looksLike });
    }
    encoding = guess.encoding;
    asciiSoFar = guess.asciiOnly;
    if (encoding === 'gb18030') gbWatch = new Utf8LineWatch(1);
    // UTF-8 is decoded strictly: bytes that are not UTF-8 must not silently become U+FFFD.
    return new TextDecoder(decoderLabel(encoding), { fatal: encoding === 'utf-8' || encoding === 'utf-8-bom' });
  };

  const decode = (bytes: Uint8Array, final: boolean): string => {
    decoder ??= startDecoder(bytes, final);
    if (gbWatch !== null) checkMix(gbWatch.scan(bytes), final);
    try {
      const text = decoder.decode(bytes, { stream: !final });
      // eslint-disable-next-line no-control-regex
      if (asciiSoFar && /[^\u0000-\u007f]/.test(text)) asciiSoFar = false;
      previousChunk = bytes;
      return text;
    } catch {
      const tail = previousChunk ? previousChunk.subarray(previousChunk.length - incompleteUtf8Tail(previousChunk)) : new Uint8Array(0);
      const bytesWithTail = concatBytes([tail, bytes]);
      if (!asciiSoFar) throw notUtf8Part(bytesWithTail);
      // Only ASCII so far, so UTF-8 was a guess; these bytes are not UTF-8: switch.
      encoding = 'gb18030';
      decoder = new TextDecoder('gb18030');
      warnings.push(`文件开头 ${bytesRead - bytes.length} 字节只有英文字符，之后的内容不是 UTF-8，已按 GB18030 读取`);
      gbWatch = new Utf8LineWatch(currentLine());
      checkMix(gbWatch.scan(bytesWithTail), final);
      previousChunk = bytes;
      return decoder.decode(bytesWithTail, { stream: !final });
    }
  };

  /** A file read as GB18030 that holds UTF-8 lines too: refused, naming a line of each. */
  const checkMix = (mix: EncodingMix | null, final: boolean): void => {
    const found = mix ?? (final ? gbWatch!.finish() : null);
    if (found === null) return;
    throw new EngineError(
      'mixed-encoding',
      `文件混用了两种编码：第 ${found.otherLine} 行是 GBK/GB18030，第 ${found.utf8Line} 行却是 UTF-8。两种编码的中文无法同时读对，不同的客户编号可能被读成同一个；请把文件统一另存为“CSV UTF-8”后再读取(the file mixes two encodings: line ${found.otherLine} is GBK, line ${found.utf8Line} is UTF-8)`,
      { utf8Line: found.utf8Line, otherLine: found.otherLine },
    );
  };

  /** A file read as UTF-8 whose bytes stop being UTF-8 in `bytes`: the text before is read so the line is known. */
  const notUtf8Part = (bytes: Uint8Array): EngineError => {
    const bad = firstInvalidUtf8(bytes);
    feed(new TextDecoder('utf-8').decode(bytes.subarray(0, Math.max(0, bad))), false);
    const at = currentLine();
    return new EngineError(
      'mixed-encoding',
      `文件混用了两种编码：前面是 UTF-8，第 ${at} 行起不是 UTF-8（可能是 GBK）。两种编码的中文无法同时读对，不同的客户编号可能被读成同一个；请把文件统一另存为“CSV UTF-8”后再读取(the file mixes two encodings: UTF-8 up to line ${at}, then not UTF-8)`,
      { line: at },
    );
  };

  const emit = (rows: readonly string[][], multiline: boolean, unclosedRow: number): void => {
    for (let r = 0; r < rows.length; r++) {
      const fields = rows[r]!;
      if (r === unclosedRow) throw unclosedQuote(layout === null ? 1 : line);
      if (isBlank(fields)) {
        if (layout !== null) line++;
        continue;
      }
      if (layout === null) {
        layout = { encoding, delimiter, headers: fields.map((h) => h.replace(/^\uFEFF/, '').trim()), warnings };
        const wanted = handler.header(layout);
        if (typeof wanted === 'number' && wanted > 0 && handler.span) {
          spanFields = wanted;
          starts = new Int32Array(wanted);
          ends = new Int32Array(wanted);
        }
        line = 1;
      } else {
        handler.record(fields, line);
      }
      line++;
      if (multiline) for (const f of fields) line += countNewlines(f, newline);
    }
  };

  const startParser = (text: string): string => {
    let rest = text.replace(/^\uFEFF/, '');
    newline = detectNewline(rest);
    const sep = /^sep=(.)[ \t]*(?:\r\n|\n|\r|$)/i.exec(rest);
    if (sep) rest = rest.slice(sep[0].length);
    delimiter = options.delimiter ?? (sep ? sep[1]! : detectDelimiter(rest.slice(0, HEAD_CHARS)));
    parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
    return rest;
  };

  const feed = (text: string, final: boolean): void => {
    if (head !== null) {
      head += text;
      for (let at = text.indexOf('\n'); at >= 0 && headLines < HEAD_LINES; at = text.indexOf('\n', at + 1)) headLines++;
      if (!final && head.length < HEAD_CHARS && headLines < HEAD_LINES) return;
      text = startParser(head);
      head = null;
    }
    if (!final && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      // No line ends in this piece: nothing new can be complete (keeps 1-byte chunks linear).
      pending += text;
      return;
    }
    if (spanFields > 0 && text.indexOf('"') < 0 && pending.indexOf('"') < 0) {
      // Finish the line left over from the last piece on its own, so the (large) new piece is never
      // copied into a concatenation; `slice` of a flat string shares its characters.
      let rest = text;
      if (pending !== '') {
        const lineEnd = text.indexOf(newline === '\r' ? '\r' : '\n');
        if (lineEnd >= 0) {
          const left = emitSpans(pending + text.slice(0, lineEnd + 1), false);
          rest = left === '' ? text.slice(lineEnd + 1) : left + text.slice(lineEnd + 1);
        } else rest = pending + text;
      }
      pending = rest === '' && !final ? '' : emitSpans(rest, final);
      return;
    }
    const input = pending + text;
    if (input === '') return;
    let result = parser!.parse(input, 0, !final);
    if (!final && result.meta.cursor === 0 && input.length > MAX_PENDING_CHARS) result = parser!.parse(input, 0, false);
    pending = input.length === result.meta.cursor ? '' : input.substring(result.meta.cursor);
    if (final) pending = '';
    const unclosed = (result.errors as Papa.ParseError[]).find((e) => e.code === 'MissingQuotes');
    emit(result.data as string[][], input.indexOf('"') >= 0, unclosed?.row ?? -1);
  };

  /**
   * Reads `chunk` on the byte path when the file is UTF-8 or GBK with a one-byte delimiter and `\n` or `\r\n`
   * lines, and the chunk holds no quote (and, in UTF-8, only UTF-8); false when it must be decoded instead.
   * UTF-8: the text not yet split (and the bytes of a character the decoder holds, none when the last byte
   * decoded was ASCII) moves to the byte path. GBK (no encoder to turn text back into bytes): the chunk up
   * to its first line feed is decoded, which ends the line left over and any code the decoder holds.
   * `leaveBytes` moves the unfinished line back.
   */
  const useBytes = (chunk: Uint8Array): boolean => {
    const gbk = encoding === 'gb18030';
    if (byteRows === null) {
      if (options.bytePath === false || spanFields === 0 || head !== null || !(gbk ? handler.gbkBytes : handler.bytes)) return false;
      if (encoding !== 'utf-8' && encoding !== 'utf-8-bom' && !gbk) return false;
      if (newline === '\r' || delimiter.length !== 1 || delimiter === '"' || !(gbk ? isGbkSafeDelimiter(delimiter) : delimiter.charCodeAt(0) < 0x80)) return false;
      if (pending.indexOf('"') >= 0 || chunk.indexOf(0x22) >= 0) return false;
      if (gbk) {
        const lineFeed = chunk.indexOf(0x0a);
        if (lineFeed < 0) return false;
        feed(decode(chunk.subarray(0, lineFeed + 1), false), false);
        const rest = chunk.subarray(lineFeed + 1);
        if (pending !== '') {
          feed(decode(rest, false), false);
          return true;
        }
        byteRows = new ByteRows(delimiter.charCodeAt(0), newline === '\r\n', spanFields, handler.gbkBytes!, new Uint8Array(0), line, false);
        if (!byteRows.push(rest)) throw new Error('unreachable: a chunk without quotes');
        checkMix(gbWatch!.scan(rest), false);
        return true;
      }
      if (previousChunk === null || previousChunk.length === 0 || previousChunk[previousChunk.length - 1]! >= 0x80) return false;
      byteRows = new ByteRows(delimiter.charCodeAt(0), newline === '\r\n', spanFields, handler.bytes!, new TextEncoder().encode(pending), line);
      pending = '';
    }
    if (!byteRows.push(chunk)) {
      leaveBytes();
      return false;
    }
    // The GBK text path watches every byte for UTF-8 lines (`decode`); so does the byte path.
    if (gbk) checkMix(gbWatch!.scan(chunk), false);
    else if (byteRows.nonAscii) asciiSoFar = false;
    return true;
  };

  /** Back to decoding: the byte path's unfinished line becomes the text pending, as if it had been decoded. */
  const leaveBytes = (): void => {
    const rows = byteRows!;
    byteRows = null;
    line = rows.line;
    const tail = rows.tail;
    previousChunk = tail;
    if (encoding === 'gb18030') {
      // The tail starts a line: a new decoder reads it as the old one would, holding a code cut off at its end.
      decoder = new TextDecoder('gb18030');
      pending = decoder.decode(tail, { stream: true });
      return;
    }
    const whole = tail.length - incompleteUtf8Tail(tail);
    // ignoreBOM: a U+FEFF inside the file is text here, as it is to the decoder that started at the file's first byte.
    pending = new TextDecoder('utf-8', { ignoreBOM: true }).decode(tail.subarray(0, whole));
    decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    if (whole < tail.length) decoder.decode(tail.subarray(whole), { stream: true });
  };

  const chunks = byteChunks(source);
  try {
    for await (const chunk of chunks) {
      if (signal?.aborted) throw aborted();
      bytesRead += chunk.length;
      if (sampleParts !== null) {
        sampleParts.push(chunk);
        sampleSize += chunk.length;
        if (sampleSize < SAMPLE_BYTES) continue;
        const sample = concatBytes(sampleParts);
        sampleParts = null;
        decoder = startDecoder(sample, false);
        // In UTF-8 only the text the header and delimiter are found in (its first HEAD_CHARS characters, at most
        // 3 bytes each) needs decoding; the rest of the sample may take the byte path.
        const utf8 = (encoding as TextEncodingName) === 'utf-8' || (encoding as TextEncodingName) === 'utf-8-bom';
        const cut = utf8 ? afterLineFeed(sample, 4 * HEAD_CHARS) : sample.length;
        feed(decode(sample.subarray(0, cut), false), false);
        const rest = sample.subarray(cut);
        if (rest.length > 0 && !useBytes(rest)) feed(decode(rest, false), false);
      } else if (!useBytes(chunk)) {
        feed(decode(chunk, false), false);
      }
      if (onProgress && totalBytes) onProgress(Math.min(1, bytesRead / totalBytes));
    }
    if (signal?.aborted) throw aborted();
    const last = sampleParts !== null ? concatBytes(sampleParts) : new Uint8Array(0);
    if (sampleParts !== null && last.length === 0) throw emptyFile();
    if (byteRows !== null) leaveBytes();
    feed(decode(last, true), true);
  } finally {
    await chunks.return(undefined);
  }
  if (layout === null) throw emptyFile();
  onProgress?.(1);
  return { ...(layout as CsvLayout), encoding };
}

/**
 * A delimiter the GBK byte path can split on: below 0x40, so never the trail byte of a two-byte code, and not a
 * digit (the second and fourth bytes of a four-byte GB18030 code).
 */
function isGbkSafeDelimiter(delimiter: string): boolean {
  const code = delimiter.charCodeAt(0);
  return code < 0x40 && (code < 0x30 || code > 0x39);
}

/** The offset just after the first line feed at or after `from` in `bytes`, or its length when there is none. */
function afterLineFeed(bytes: Uint8Array, from: number): number {
  const at = from < bytes.length ? bytes.indexOf(0x0a, from) : -1;
  return at < 0 ? bytes.length : at + 1;
}

function unclosedQuote(line: number): EngineError {
  return new EngineError(
    'unclosed-quote',
    `第 ${line} 行有一个没有配对的双引号（"），从这里到文件末尾都会被当成同一个单元格；请检查这一行的引号(unclosed quote on line ${line})`,
    { line },
  );
}

function emptyFile(): EngineError {
  return new EngineError('empty-file', '文件是空的，没有表头也没有数据(the file is empty)');
}

function countNewlines(field: string, newline: string): number {
  const mark = newline === '\r' ? '\r' : '\n';
  let count = 0;
  for (let at = field.indexOf(mark); at >= 0; at = field.indexOf(mark, at + 1)) count++;
  return count;
}
