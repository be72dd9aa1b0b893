import { describe, expect, it } from 'vitest';
import { readCsvRecords, readTransactions } from '~/engine/ingest';
import { amountInBytes } from '~/engine/ingest/amount-span';
import { ByteRows } from '~/engine/ingest/read-byte-rows';
import { SpanInterner } from '~/engine/ingest/span-interner';
import { isAsciiBytes, trimUtf8End, trimUtf8Start, utf16HashOfUtf8, utf8OwnText, utf8Spells } from '~/engine/ingest/utf8-cell';
import { chunksOf, utf8 } from './helpers';

/** FNV-1a over a string's UTF-16 code units, written out here as the reference. */
function fnv(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash;
}

describe('UTF-8 cells as bytes', () => {
  it('trims what the text path trims: ASCII space and controls, NBSP, U+3000, BOM, at either end', () => {
    // ' ' (1) + U+3000 (3) + 'A' + NBSP (2) + '\t' (1): 'A' is byte 4.
    const bytes = utf8(' \u3000A\u00a0\t');
    expect(bytes.length).toBe(8);
    expect(trimUtf8Start(bytes, 0, 8)).toBe(4);
    expect(trimUtf8End(bytes, 4, 8)).toBe(5);
    // BOM then '张' (E5 BC A0): the BOM goes, 张 (not a trimmed character) stays whole.
    const bom = utf8('\ufeff张');
    expect(trimUtf8Start(bom, 0, bom.length)).toBe(3);
    expect(trimUtf8End(bom, 3, bom.length)).toBe(6);
    // '\u00a1' (C2 A1) is not NBSP: kept.
    expect(trimUtf8End(utf8('x\u00a1'), 0, 3)).toBe(3);
    expect(trimUtf8Start(utf8('   '), 0, 3)).toBe(3);
  });

  it('tells ASCII from other bytes at any alignment', () => {
    const bytes = utf8('abcdefghijklmnopq');
    for (let offset = 0; offset < 4; offset++) expect(isAsciiBytes(bytes.subarray(offset))).toBe(true);
    for (let at = 0; at < 17; at++) {
      const copy = bytes.slice();
      copy[at] = 0x80;
      expect(isAsciiBytes(copy.subarray(1))).toBe(at === 0);
    }
  });

  it('hashes and compares the UTF-16 text the bytes spell (ASCII, 2-, 3- and 4-byte characters)', () => {
    for (const text of ['M013307', 'Zoë', '张三', 'a😀b', '']) {
      const bytes = utf8(text);
      expect(utf16HashOfUtf8(bytes, 0, bytes.length)).toBe(fnv(text));
      expect(utf8Spells(bytes, 0, bytes.length, text)).toBe(true);
      expect(utf8Spells(bytes, 0, bytes.length, `${text}x`)).toBe(false);
    }
    expect(utf8Spells(utf8('张三'), 0, 6, '张四')).toBe(false);
    expect(utf8Spells(utf8('张三'), 0, 3, '张')).toBe(true);
  });

  it('decodes a cell by hand into the code units TextDecoder gives (utf8OwnText), 4-byte characters as surrogate pairs', () => {
    // Bytes written out from the UTF-8 table: A, é C3 A9, U+0800 E0 A0 80, 会 U+4F1A E4 BC 9A, U+FFFF EF BF BF,
    // 😀 U+1F600 F0 9F 98 80, U+10FFFF F4 8F BF BF; the cell is bytes 1..24 between two commas.
    const cell = [0x41, 0xc3, 0xa9, 0xe0, 0xa0, 0x80, 0xe4, 0xbc, 0x9a, 0xef, 0xbf, 0xbf, 0xf0, 0x9f, 0x98, 0x80, 0xf4, 0x8f, 0xbf, 0xbf];
    const bytes = new Uint8Array([0x2c, ...cell, 0x2c]);
    const text = utf8OwnText(bytes, 1, 1 + cell.length);
    expect([...text].map((ch) => ch.codePointAt(0))).toEqual([0x41, 0xe9, 0x800, 0x4f1a, 0xffff, 0x1f600, 0x10ffff]);
    expect(Array.from({ length: text.length }, (_, k) => text.charCodeAt(k)).slice(5)).toEqual([0xd83d, 0xde00, 0xdbff, 0xdfff]);
    expect(text).toBe('Aé\u0800会\uffff😀\u{10ffff}');
    expect(utf8OwnText(bytes, 13, 17)).toBe('😀');
    expect(utf8OwnText(bytes, 0, 0)).toBe('');
    for (const sample of ['会员〇一三三〇七', 'Zoë 𠀀x', `${'张'.repeat(100)}😀`, `${'x'.repeat(300)}张`]) {
      const encoded = utf8(sample);
      expect(utf8OwnText(encoded, 0, encoded.length)).toBe(sample);
    }
  });

  it('reads amounts as amountInSpan does: the plain shape from the bytes, the rest by parseAmount', () => {
    const cells = utf8('-12.50|¥1,234.50|12,50|1.234,50|1.5.');
    expect(amountInBytes(cells, 0, 6, false)).toBe(-12.5);
    expect(amountInBytes(cells, 7, 17, false)).toBe(1234.5); // ¥ is two bytes
    expect(amountInBytes(cells, 18, 23, true)).toBe(12.5);
    expect(amountInBytes(cells, 24, 32, true)).toBe(1234.5);
    expect(amountInBytes(cells, 33, 37, false)).toBeNaN();
    expect(amountInBytes(utf8('0.1'), 0, 3, false)).toBe(0.1);
  });
});

describe('SpanInterner.internBytes', () => {
  it('gives a cell met as bytes and as text one entry, in order of first appearance', () => {
    const ids = new SpanInterner();
    const line = 'x,张三,100,M013307,2024-01-05';
    expect(ids.intern(line, 2, 4)).toBe(0); // 张三
    const bytes = utf8('100|张三|M013307|2024-01-05|张四');
    expect(ids.internBytes(bytes, 0, 3)).toBe(1); // a number key
    expect(ids.internBytes(bytes, 4, 10)).toBe(0);
    expect(ids.intern(line, 5, 8)).toBe(1);
    expect(ids.internBytes(bytes, 11, 18)).toBe(2); // packed
    expect(ids.intern(line, 9, 16)).toBe(2);
    expect(ids.internBytes(bytes, 19, 29)).toBe(3); // date-like
    expect(ids.intern(line, 17, 27)).toBe(3);
    expect(ids.internBytes(bytes, 30, 36)).toBe(4);
    expect(ids.internBytes(bytes, 30, 36)).toBe(4); // the last piece again
    expect(ids.values).toEqual(['张三', '100', 'M013307', '2024-01-05', '张四']);
  });

  it('remembers the last piece by its place only within the same array object', () => {
    const ids = new SpanInterner();
    const buffer = utf8('AB,AB');
    expect(ids.internBytes(buffer, 0, 2)).toBe(0);
    expect(ids.internBytes(buffer, 3, 5)).toBe(0);
    buffer.set(utf8('CD'));
    expect(ids.internBytes(buffer.subarray(0), 0, 2)).toBe(1); // a new view of changed bytes
    expect(ids.values).toEqual(['AB', 'CD']);
  });
});

describe('ByteRows', () => {
  const collect = (delimiter: string, crlf: boolean, wanted: number) => {
    const rows: [string[], number][] = [];
    const split = new ByteRows(delimiter.charCodeAt(0), crlf, wanted, (bytes, starts, ends, count, line) => {
      const cells: string[] = [];
      for (let k = 0; k < count; k++) cells.push(new TextDecoder().decode(bytes.subarray(starts[k], ends[k])));
      rows.push([cells, line]);
    }, new Uint8Array(0), 2);
    return { rows, split };
  };

  it('splits lines and cells, counts blank lines, keeps the unfinished line for the next chunk', () => {
    const { rows, split } = collect(',', false, 3);
    expect(split.push(utf8('A,1,x,y\n\n , ,\n张,2\nB,'))).toBe(true);
    expect(rows).toEqual([
      [['A', '1', 'x'], 2],
      [['张', '2'], 5],
    ]);
    expect(new TextDecoder().decode(split.tail)).toBe('B,');
    expect(split.push(utf8('3,z\n'))).toBe(true);
    expect(rows.at(-1)).toEqual([['B', '3', 'z'], 6]);
    expect(split.line).toBe(7);
    expect(split.nonAscii).toBe(true);
  });

  it('ends lines at CR LF only in a CR LF file (a lone LF stays in its cell)', () => {
    const { rows, split } = collect(';', true, 2);
    split.push(utf8('a;b\r\nc\nd;e\r'));
    expect(split.push(utf8('\nf;g\r\n'))).toBe(true);
    expect(rows).toEqual([
      [['a', 'b'], 2],
      [['c\nd', 'e'], 3],
      [['f', 'g'], 4],
    ]);
  });

  it('refuses, changing nothing, a chunk with a quote or with bytes that are not UTF-8', () => {
    const { rows, split } = collect(',', false, 2);
    split.push(utf8('A,1\nB'));
    expect(split.push(utf8(',"2"\n'))).toBe(false);
    expect(split.push(new Uint8Array([0x2c, 0xc4, 0xe3, 0x0a]))).toBe(false); // GBK 你
    expect(rows).toEqual([[['A', '1'], 2]]);
    expect(new TextDecoder().decode(split.tail)).toBe('B');
    // A character cut by the chunk boundary is whole once the next chunk comes.
    const zhang = utf8('张');
    expect(split.push(new Uint8Array([0x2c, zhang[0]!]))).toBe(true);
    expect(split.push(new Uint8Array([zhang[1]!, zhang[2]!, 0x0a]))).toBe(true);
    expect(rows.at(-1)).toEqual([['B', '张'], 3]);
  });
});

/** A header and plain rows filling the reader's first 64 KB sample (its first 256 KB always decoded as text). */
function sample(header = '会员号,日期,金额', rows = 4000): Uint8Array {
  return utf8(`${header}\n${Array.from({ length: rows }, (_, i) => `F${i},2024-01-01,1\n`).join('')}`);
}

describe('readCsvRecords and readTransactions on the byte path', () => {
  it('hands the rows after the first 256 KB to the byte handler, and only those without quotes', async () => {
    const lines: number[] = [];
    let textRows = 0;
    const opening = sample('会员号,日期,金额', 20_000);
    await readCsvRecords(chunksOf(opening, utf8('A,2024-01-02,5\nB,2024-01-03,6\n'), utf8('"C",2024-01-04,7\n'), utf8('D,2024-01-05,8\n')), {
      header: () => 3,
      record: () => textRows++,
      span: () => textRows++,
      bytes: (_bytes, _starts, _ends, _count, line) => lines.push(line),
    });
    // The sample's first 256 KB (4 × 65,536: the text the delimiter is found in, whatever its characters) up to a line
    // end are decoded; its other rows, A and B (20,002–20,003) and D (20,005) go by bytes; C (quoted) is decoded.
    const decoded = new TextDecoder().decode(opening.subarray(0, opening.indexOf(0x0a, 4 * 65_536) + 1)).split('\n').length - 1;
    // Header 24 bytes; rows F0–F9 16 bytes each (to 184), F10–F99 17 (to 1,714), F100–F999 18 (to 17,914),
    // F1000–F9999 19 (to 188,914), then 20: byte 262,144 falls in row 10,000 + ⌊73,230 / 20⌋ = 13,661.
    expect(decoded).toBe(1 + 13_662);
    expect(lines).toEqual([...Array.from({ length: 20_001 - decoded }, (_, k) => decoded + 1 + k), 20_002, 20_003, 20_005]);
    expect(textRows).toBe(decoded - 1 + 1); // the decoded rows after the header, and C
  });

  it('reads a chunk of GBK after ASCII read by bytes as before: switches to GB18030 with the same warning', async () => {
    const opening = sample('customer,date,amount');
    const gbkTail = new Uint8Array([...utf8('A,2024-01-02,'), 0x31, 0x0a, 0xd5, 0xc5, ...utf8(',2024-01-03,2\n')]); // 张 in GBK
    const read = await readTransactions(chunksOf(opening, utf8('Z,2024-01-02,3\n'), gbkTail));
    expect(read.encoding).toBe('gb18030');
    expect(read.transactions.customers.slice(-3)).toEqual(['Z', 'A', '张']);
    expect(read.warnings[0]).toBe(`文件开头 ${opening.length + 15} 字节只有英文字符，之后的内容不是 UTF-8，已按 GB18030 读取`);
  });

  it('refuses UTF-8 Chinese followed by GBK, naming the line, when the Chinese was read by bytes', async () => {
    const opening = sample();
    const mixed = chunksOf(opening, utf8('李四,2024-01-02,3\n'), new Uint8Array([0xd5, 0xc5, ...utf8(',2024-01-03,2\n')]));
    await expect(readTransactions(mixed)).rejects.toMatchObject({ code: 'mixed-encoding', details: { line: 4003 } });
  });

  it('reads a last line without a line end, and cuts a character across chunks', async () => {
    const opening = sample();
    const zhang = utf8('张');
    const read = await readTransactions(chunksOf(opening, new Uint8Array([...utf8('李,2024-01-02,3\n'), zhang[0]!]), new Uint8Array([zhang[1]!, zhang[2]!, ...utf8(',2024-01-03,4.25')])));
    expect(read.transactions.customers.slice(-2)).toEqual(['李', '张']);
    expect([...read.transactions.amount.slice(-2)]).toEqual([3, 4.25]);
    expect(read.rowsRead).toBe(4002);
  });
});
