/** The text encodings ingest recognises. `utf-8-bom` is UTF-8 that starts with a byte-order mark. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** What the first bytes of a file say about it. */
export type EncodingGuess =
  | { readonly kind: 'text'; readonly encoding: TextEncodingName; /** true when the sample held only ASCII bytes */ readonly asciiOnly: boolean }
  | { readonly kind: 'binary'; /** a short Chinese description of what the bytes look like */ readonly looksLike: string };

const MAGIC: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0x50, 0x4b, 0x03, 0x04], 'Excel 工作簿(.xlsx)或 ZIP 压缩包'],
  [[0xd0, 0xcf, 0x11, 0xe0], '旧版 Excel 工作簿(.xls)'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文档'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片'],
  [[0x1f, 0x8b], 'gzip 压缩文件'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩包'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z 压缩包'],
  [[0x7f, 0x45, 0x4c, 0x46], '程序文件'],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** A UTF-16 code unit that plain text holds: tab, line ends, printable ASCII, and U+00A0 upwards (no C1 controls). */
function isTextUnit(unit: number): boolean {
  return unit === 0x09 || unit === 0x0a || unit === 0x0d || (unit >= 0x20 && unit < 0x7f) || (unit >= 0xa0 && unit <= 0xfffd);
}

/**
 * UTF-16 without a byte-order mark: the zero bytes (the high byte of every ASCII character: commas, digits,
 * line ends) sit at odd positions (little-endian) or even ones (big-endian), and read in that order 95 % of
 * the code units are text. Mostly Chinese text has few zero bytes, all on one side; binary data has them on
 * both sides or reads as control characters.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = bytes.length & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i++) if (bytes[i] === 0) (i & 1) === 0 ? even++ : odd++;
  const zeros = even + odd;
  if (zeros < 2) return null;
  const order = odd >= 0.9 * zeros ? 'utf-16le' : even >= 0.9 * zeros ? 'utf-16be' : null;
  if (order === null) return null;
  let text = 0;
  for (let i = 0; i < length; i += 2) {
    const unit = order === 'utf-16le' ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (isTextUnit(unit)) text++;
  }
  return text >= 0.95 * (length / 2) ? order : null;
}

/**
 * Decides the encoding of a CSV file from its first bytes (a sample; `complete` says whether it is the
 * whole file). Order of tests: byte-order marks (UTF-8, UTF-16 LE/BE); known binary signatures (xlsx, xls,
 * PDF, images, archives); UTF-16 without a BOM (zero bytes on one side only, code units that read as text,
 * mostly Chinese included); a binary-looking share of control
 * bytes; then valid UTF-8 → `utf-8`, anything else → `gb18030` (what Excel in Chinese saves; GBK is its
 * subset). A multi-byte character cut off at the end of an incomplete sample does not count as invalid.
 *
 * Source: WHATWG Encoding Standard (BOM sniffing, the `gb18030` decoder); RFC 3629 (UTF-8).
 * @example detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), true) // { kind: 'text', encoding: 'utf-8-bom', asciiOnly: true }
 * @example detectEncoding(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]), true) // { kind: 'text', encoding: 'gb18030', asciiOnly: false } (GBK 你好)
 */
export function detectEncoding(sample: Uint8Array, complete: boolean): EncodingGuess {
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf-8-bom', asciiOnly: isAscii(sample.subarray(3)) };
  if (startsWith(sample, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le', asciiOnly: false };
  if (startsWith(sample, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be', asciiOnly: false };
  for (const [magic, looksLike] of MAGIC) if (startsWith(sample, magic)) return { kind: 'binary', looksLike };

  const probe = sample.subarray(0, 8192);
  if (probe.length >= 16) {
    const utf16 = utf16WithoutBom(probe);
    if (utf16 !== null) return { kind: 'text', encoding: utf16, asciiOnly: false };
    let nul = 0;
    let control = 0;
    for (let i = 0; i < probe.length; i++) {
      const b = probe[i]!;
      if (b === 0) nul++;
      else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1a && b !== 0x1b) control++;
    }
    if ((nul > 4 && nul / probe.length > 0.02) || (nul + control) / probe.length > 0.08) {
      return { kind: 'binary', looksLike: '二进制数据' };
    }
  }
  if (isAscii(sample)) return { kind: 'text', encoding: 'utf-8', asciiOnly: true };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return { kind: 'text', encoding: 'utf-8', asciiOnly: false };
  } catch {
    return { kind: 'text', encoding: 'gb18030', asciiOnly: false };
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** The WHATWG `TextDecoder` label for an encoding found by `detectEncoding`. */
export function decoderLabel(encoding: TextEncodingName): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}
