import { describe, expect, it } from 'vitest';
import { readCsvRecords, readTransactions } from '~/engine/ingest';
import { amountInBytes } from '~/engine/ingest/amount-span';
import { gbkCellText, gbkCodes, gbkOwnText, gbkSpells, gbkText, trimGbkEnd, trimGbkStart, utf16HashOfGbk } from '~/engine/ingest/gbk-cell';
import { SpanInterner } from '~/engine/ingest/span-interner';
import { chunksOf, gb18030 } from './helpers';

/** FNV-1a over a string's UTF-16 code units, written out here as the reference. */
function fnv(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash;
}

const bytes = (...values: number[]) => new Uint8Array(values);

describe('GBK cells as bytes', () => {
  const table = gbkCodes();

  it('knows what each two-byte code decodes to, and 0 for what is not one', () => {
    expect(table[0xd5c5]).toBe(0x5f20); // 张
    expect(table[0xa1a1]).toBe(0x3000);
    expect(table[0xa3a0]).toBe(0x3000);
    expect(table[0x8130]).toBe(0); // the start of a four-byte code
    expect(table[0x8041]).toBe(0); // 0x80 is one byte (€), not a lead
    expect(table[0xd57f]).toBe(0);
    expect(table[0x4141]).toBe(0);
  });

  it('trims what the text path trims (ASCII space and controls, U+3000 as A1 A1 or A3 A0), reading from the front', () => {
    // ' ' + U+3000 + 张 + U+3000 (A3 A0) + '\t': 张 is bytes 3–4.
    const cell = bytes(0x20, 0xa1, 0xa1, 0xd5, 0xc5, 0xa3, 0xa0, 0x09);
    expect(trimGbkStart(cell, 0, 8, table)).toBe(3);
    expect(trimGbkEnd(cell, 3, 8, table)).toBe(5);
    // 啊 (B0 A1) then A1 A1 (U+3000): read from the back, B0 A1 A1 A1 could end in A1 A1 after a lone B0.
    expect(trimGbkEnd(bytes(0xb0, 0xa1, 0xa1, 0xa1), 0, 4, table)).toBe(2);
    // 啊 and a lone lead byte A1: not a cell the byte path reads.
    expect(trimGbkEnd(bytes(0xb0, 0xa1, 0xa1), 0, 3, table)).toBe(-1);
    // A trail byte may be ASCII: D5 41 is one character, kept whole.
    expect(trimGbkEnd(bytes(0xd5, 0x41, 0x20), 0, 3, table)).toBe(2);
    expect(trimGbkStart(bytes(0x81, 0x30, 0x81, 0x30), 0, 4, table)).toBe(0);
    expect(trimGbkEnd(bytes(0x81, 0x30, 0x81, 0x30), 0, 4, table)).toBe(-1);
    expect(trimGbkEnd(bytes(0x41, 0x80), 0, 2, table)).toBe(-1);
    expect(trimGbkStart(bytes(0x20, 0xa1, 0xa1), 0, 3, table)).toBe(3);
  });

  it('hashes and compares the UTF-16 text of the bytes, and decodes a broken cell as it reads in its line', () => {
    for (const text of ['M013307', '张三', '会员〇一三三〇七', 'x张y', '']) {
      const cell = gb18030(text);
      expect(utf16HashOfGbk(cell, 0, cell.length, table)).toBe(fnv(text));
      expect(gbkSpells(cell, 0, cell.length, text, table)).toBe(true);
      expect(gbkSpells(cell, 0, cell.length, `${text}x`, table)).toBe(false);
      expect(gbkText(cell, 0, cell.length)).toBe(text);
      expect(gbkOwnText(cell, 0, cell.length, table)).toBe(text);
    }
    // Longer than the buffer of code units: decoded by TextDecoder instead.
    const long = `${'会员'.repeat(200)}x`;
    expect(gbkOwnText(gb18030(long), 0, 801, table)).toBe(long);
    expect(gbkSpells(gb18030('张三'), 0, 4, '张四', table)).toBe(false);
    // 81 30 then ',': in the line the decoder gives U+FFFD and '0' (the comma ends the code); alone, only U+FFFD.
    const line = bytes(0x81, 0x30, 0x2c);
    expect(gbkCellText(line, 0, 2)).toBe('\ufffd0');
    expect(gbkText(line, 0, 2)).toBe('\ufffd');
  });

  it('reads amounts from the bytes, and decodes the others as GBK', () => {
    const cells = gb18030('-12.50|￥1,234.50|未知');
    expect(amountInBytes(cells, 0, 6, false, gbkText)).toBe(-12.5);
    expect(amountInBytes(cells, 7, 17, false, gbkText)).toBe(1234.5); // ￥ is two bytes
    expect(amountInBytes(cells, 18, 21, false, gbkText)).toBeNaN();
  });

  it('gives a cell met as GBK bytes and as text one entry', () => {
    const ids = new SpanInterner();
    expect(ids.intern('x,张三', 2, 4)).toBe(0);
    const cells = gb18030('100|张三|M013307|2024-01-05|张四');
    expect(ids.internGbk(cells, 0, 3, table)).toBe(1); // a number key
    expect(ids.internGbk(cells, 4, 8, table)).toBe(0);
    expect(ids.internGbk(cells, 9, 16, table)).toBe(2); // packed
    expect(ids.internGbk(cells, 17, 27, table)).toBe(3); // date-like
    expect(ids.internGbk(cells, 28, 32, table)).toBe(4);
    expect(ids.intern('张四', 0, 2)).toBe(4);
    expect(ids.values).toEqual(['张三', '100', 'M013307', '2024-01-05', '张四']);
  });
});

/** A GBK header and plain rows filling the reader's first 64 KB sample (always decoded as text). */
function sample(rows = 4000): Uint8Array {
  return gb18030(`会员号,日期,金额\n${Array.from({ length: rows }, (_, i) => `客${i},2024-01-01,1\n`).join('')}`);
}

describe('readCsvRecords and readTransactions on the GBK byte path', () => {
  it('hands the rows after the sample to the GBK byte handler, finishing the line left over as text', async () => {
    const byBytes: [string, number][] = [];
    const byText: number[] = [];
    const opening = sample();
    // The sample ends inside row 客3999's successor: 'Z,2024-01-0' + '2,5\n' ends as text, the rest goes by bytes.
    const cut = new Uint8Array([...opening, ...gb18030('Z,2024-01-0')]);
    const after = gb18030('李四,2024-01-05,8\n王五,2024-01-06,9\n');
    await readCsvRecords(chunksOf(cut, gb18030('2,5\n张三,2024-01-03,6\n'), gb18030('"C",2024-01-04,7\n'), after), {
      header: () => 3,
      record: (_cells, line) => byText.push(line),
      span: (_text, _starts, _ends, _count, line) => byText.push(line),
      gbkBytes: (b, starts, ends, _count, line) => byBytes.push([gbkText(b, starts[0]!, ends[0]!), line]),
    });
    expect(byBytes).toEqual([
      ['张三', 4003],
      ['王五', 4006],
    ]);
    // Z; C (quoted); 李四, the line that takes the reader back to bytes.
    expect(byText.slice(-3)).toEqual([4002, 4004, 4005]);
  });

  it('reads ids padded with U+3000, a character cut across chunks, and gives the text path’s messages', async () => {
    const opening = sample();
    const zhang = gb18030('张');
    // The first line of the chunk is read as text, the others by bytes.
    const rows = gb18030('A,2024-01-02,1\n\u3000王五\u3000,2024-01-02,3\n李,2024-01-02,未知\n,2024-01-02,1\n');
    const read = await readTransactions(chunksOf(opening, new Uint8Array([...rows, zhang[0]!]), new Uint8Array([zhang[1]!, ...gb18030(',2024-01-03,4.25\n')])));
    expect(read.encoding).toBe('gb18030');
    expect(read.transactions.customers.slice(-2)).toEqual(['王五', '张']);
    expect([...read.transactions.amount.slice(-2)]).toEqual([3, 4.25]);
    expect(read.issues).toEqual([
      { line: 4004, column: '金额', message: '无法识别的金额：“未知”' },
      { line: 4005, column: '会员号', message: '客户编号为空' },
    ]);
    expect(read.rowsRead).toBe(4005);
  });

  it('decodes a row whose id is not whole two-byte codes as the text path does', async () => {
    // 张 then a lone lead byte 0x81: U+FFFD in the text, the id '张\ufffd'.
    const read = await readTransactions(chunksOf(sample(), new Uint8Array([0xd5, 0xc5, 0x81, ...gb18030(',2024-01-02,3\n')])));
    expect(read.transactions.customers.at(-1)).toBe('张\ufffd');
  });

  it('refuses a GBK file with UTF-8 Chinese lines read by bytes, naming a line of each as the text path does', async () => {
    const gbkRows = gb18030('王五,2024-01-01,1\n赵六,2024-01-01,2\n');
    const utf8Rows = new TextEncoder().encode('李四,2024-01-02,3\n张三,2024-01-03,4\n');
    const expected = { code: 'mixed-encoding', details: { utf8Line: 4004, otherLine: 1 } };
    await expect(readTransactions(chunksOf(sample(), gbkRows, utf8Rows))).rejects.toMatchObject(expected);
    await expect(readTransactions(chunksOf(sample(), gbkRows, utf8Rows), { bytePath: false })).rejects.toMatchObject(expected);
  });
});
