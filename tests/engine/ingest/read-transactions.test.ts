import { describe, expect, it } from 'vitest';
import { readTransactions, type ReadTransactionsOptions } from '~/engine/ingest';
import { isEngineError } from '~/engine/core/errors';
import { chunked, fixture, gb18030, utf8 } from './helpers';

// Day numbers checked by hand: 2024-01-01 is day 19723 (54 years of 365 days + 13 leap days since 1970).
const JAN = (d: number) => 19722 + d;

async function read(name: string, options: ReadTransactionsOptions = {}, chunk?: number) {
  return readTransactions(chunked(fixture(name), chunk), options);
}

async function failure(name: string, options: ReadTransactionsOptions = {}) {
  try {
    await read(name, options);
  } catch (error) {
    if (isEngineError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an EngineError');
}

describe('files that cannot be used', () => {
  it('empty file', async () => {
    expect(await failure('empty.csv')).toMatchInlineSnapshot(`
      {
        "code": "empty-file",
        "message": "文件是空的，没有表头也没有数据(the file is empty)",
      }
    `);
  });
  it('header only', async () => {
    expect(await failure('header-only.csv')).toMatchInlineSnapshot(`
      {
        "code": "no-valid-rows",
        "message": "文件只有表头，没有数据行(the file has a header but no data rows)",
      }
    `);
  });
  it('a required column missing names it and lists the headers found', async () => {
    expect(await failure('wrong-columns.csv')).toMatchInlineSnapshot(`
      {
        "code": "missing-columns",
        "message": "缺少必需的列：金额。找到的列：会员号, 日期, 备注(missing required column: amount; found: 会员号, 日期, 备注)",
      }
    `);
  });
  it('a column named by the user that is not there', async () => {
    expect((await failure('wrong-columns.csv', { mapping: { amount: '消费金额' } })).message).toBe(
      '找不到指定的列：“消费金额”（金额）。找到的列：会员号, 日期, 备注(column not found: 消费金额; found: 会员号, 日期, 备注)',
    );
  });
  it('binary (an xlsx saved under .csv)', async () => {
    expect(await failure('binary.csv')).toMatchInlineSnapshot(`
      {
        "code": "binary-file",
        "message": "文件不是 CSV 文本，看起来是Excel 工作簿(.xlsx)或 ZIP 压缩包，请在 Excel 中“另存为”CSV UTF-8 后再读取(the file is not CSV text)",
      }
    `);
  });
  it('no header row: says the first line looks like data', async () => {
    expect((await failure('no-header.csv')).message).toContain('第一行看起来是数据而不是表头');
  });
  it('every row unreadable', async () => {
    const bytes = utf8('会员号,日期,消费金额\nA,2024-01-05,x\nB,2024-01-06,y\n');
    await expect(readTransactions(chunked(bytes))).rejects.toMatchObject({
      code: 'no-valid-rows',
      message: '没有一行可以读取：2 行数据都有问题，例如第 2 行“消费金额”列：无法识别的金额：“x”(no readable rows: all 2 data rows have problems)',
    });
  });
});

/** GB18030 bytes of `text`, with NBSP and BOM as their four-byte codes (the test encoder has GBK's two-byte codes only). */
function gb18030WithBlanks(text: string): Uint8Array {
  const four: Record<string, number[]> = { '\u00a0': [0x81, 0x30, 0x84, 0x32], '\ufeff': [0x84, 0x31, 0x95, 0x33] };
  return new Uint8Array(text.split(/([\u00a0\ufeff])/).flatMap((part) => four[part] ?? [...gb18030(part)]));
}

describe('rows that cannot be read are skipped and reported', () => {
  it('broken dates (line numbers count the header as 1)', async () => {
    const r = await read('broken-dates.csv');
    expect(r.transactions.length).toBe(1);
    expect(r.issueCount).toBe(4);
    expect(r.issues).toEqual([
      { line: 3, column: '日期', message: '日期不存在：“2024-02-30”' },
      { line: 4, column: '日期', message: '无法识别的日期：“明天”' },
      { line: 5, column: '日期', message: '无法识别的日期或时间：“2024/1/6 25:00”' },
      { line: 6, column: '日期', message: '日期为空' },
    ]);
    expect(r.warnings).toContain('有 4 行无法读取，已跳过；第一处：第 3 行“日期”列：日期不存在：“2024-02-30”');
  });
  it('broken amounts; currency signs, thousands, (negatives) and full-width digits read', async () => {
    const r = await read('broken-amounts.csv');
    // By hand: ¥1,234.50 → 1234.5; (12.50) → -12.5; １２３．５ → 123.5; 88元 → 88.
    expect([...r.transactions.amount]).toEqual([1234.5, -12.5, 123.5, 88]);
    expect(r.issues).toEqual([
      { line: 3, column: '消费金额', message: '无法识别的金额：“abc”' },
      { line: 4, column: '消费金额', message: '金额为空' },
      { line: 5, column: '消费金额', message: '无法识别的金额：“1,23”' },
    ]);
  });
  it('mixed good and bad rows, a blank line, a short row', async () => {
    const r = await read('mixed.csv');
    expect(r.mapping).toEqual({ customer: '客户ID', date: '下单时间', amount: '实付金额', order: '订单号' });
    expect(r.rowsRead).toBe(6);
    expect(r.transactions.customers).toEqual(['C1', 'C2']);
    expect([...r.transactions.customer]).toEqual([0, 1, 1]);
    expect([...r.transactions.day]).toEqual([JAN(5), JAN(7), JAN(8)]);
    expect([...r.transactions.amount]).toEqual([100, 200, -20]);
    expect(r.transactions.orders).toEqual(['O1', 'O3', 'O6']);
    expect(r.issues).toEqual([
      { line: 3, column: '客户ID', message: '客户编号为空' },
      { line: 6, column: '下单时间', message: '无法识别的日期：“not-a-date”' },
      { line: 7, message: '这一行只有 2 列，表头有 4 列以上' },
    ]);
  });
  it('counts the orders at once and makes their ids only when asked (a million ids cost more than the amounts)', async () => {
    const r = await readTransactions(chunked(utf8('订单号,会员号,日期,金额\n9001,A,2024-01-05,1\n9001,A,2024-01-05,2\nX-2,B,2024-01-06,3\n')));
    expect(r.transactions.orderCount).toBe(2);
    expect(Object.getOwnPropertyDescriptor(r.transactions, 'orders')?.get).toBeTypeOf('function');
    expect(r.transactions.orders).toEqual(['9001', 'X-2']);
    expect({ ...r.transactions }.orders).toEqual(['9001', 'X-2']);
    const none = await readTransactions(chunked(utf8('会员号,日期,金额\nA,2024-01-05,1\n')));
    expect(none.transactions.orders).toBeNull();
    expect(none.transactions.orderCount).toBeUndefined();
  });
  it('a line of only NBSP, U+3000, BOM, spaces and delimiters is blank, whichever path reads it', async () => {
    // Lines 3–5 look empty in Excel; line 6 is read (its amount is bad, so its line shows in the issues).
    const rows = 'A,2024-01-05,1\n\u3000\n\u00a0,\u3000, \ufeff\n\ufeff\nB,2024-01-06,x\n';
    const quoted = 'C,2024-01-07,"2"\n'; // a quote sends its chunk to papaparse
    // Over 256 KB of rows first: the lines after them take the byte path (UTF-8) or the GBK byte path.
    const filler = Array.from({ length: 12_000 }, (_, i) => `F${i},2024-01-01,1`).join('\n') + '\n';
    const text = `会员号,日期,金额\n${filler}${rows}`;
    // A file's first lines are read by papaparse; after them, quote-free text by spans, or bytes by the byte paths.
    const reads: [string, Uint8Array, ReadTransactionsOptions, number][] = [
      ['papaparse', utf8(`会员号,日期,金额\n${rows}${quoted}`), {}, 0],
      ['spans', utf8(text), { bytePath: false }, 12_000],
      ['UTF-8 bytes', utf8(text), {}, 12_000],
      ['GBK bytes', gb18030WithBlanks(text), {}, 12_000],
      ['GBK text', gb18030WithBlanks(text), { bytePath: false }, 12_000],
    ];
    for (const [path, bytes, options, offset] of reads) {
      const r = await readTransactions(chunked(bytes, 65_536), options);
      expect(r.issues, path).toEqual([{ line: 6 + offset, column: '金额', message: '无法识别的金额：“x”' }]);
      expect(r.rowsRead, path).toBe(offset + (path === 'papaparse' ? 3 : 2));
    }
  });
  it('keeps the first 20 issues and counts them all', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? `A${i},2024-01-05,bad` : `A${i},2024-99-01,5`));
    const r = await readTransactions(chunked(utf8(`会员号,日期,金额\nok,2024-01-05,1\n${rows.join('\n')}\n`), 16));
    expect(r.issueCount).toBe(30);
    expect(r.issues).toHaveLength(20);
    expect(r.issues.map((i) => i.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 3));
  });
  // An amount 1,234.50 (or a name with a comma) written without quotes splits into one cell more than the header
  // has: read from its first cells, 1,234.50 became 1.00 with no word. Such a row is skipped and named, on every
  // path: short text (spans), quoted cells (records), and past the first 256 KB the UTF-8 and GBK byte paths.
  describe('a row with text in a cell beyond the header’s', () => {
    const message = (text: string) =>
      `这一行的列比表头多：表头 3 列，第 4 列还有内容“${text}”；多半是某个值里有分隔符（如金额 1,234.50 的逗号）却没有加引号，整行没有读取`;
    const rows = [
      'A1,2024-01-02,100',
      'A2,2024-01-03,1,234.50',
      'A3,2024-01-04,20,', // one empty cell more: nothing in it, read
      'A5,2024-01-06,40, \t',
      '张三,2024-01-07,5,备注',
    ];
    const skipped = [
      [1, '234.50'],
      [4, '备注'],
    ] as const;
    // A quoted cell sends its chunk to papaparse (records); the byte paths take chunks without quotes only.
    const quoted = '"A4",2024-01-05,30,"多余"';
    const filler = Array.from({ length: 20_000 }, (_, i) => `F${i},2024-02-01,1`);
    const cases = [
      ['UTF-8, short', utf8, [] as string[], [...rows, quoted]],
      ['GBK, short', gb18030, [] as string[], [...rows, quoted]],
      ['UTF-8, past the first 256 KB (byte path)', utf8, filler, rows],
      ['GBK, past the first 256 KB (byte path)', gb18030, filler, rows],
    ] as const;
    it.each(cases)('%s', async (_, encode, before, lines) => {
      const bytes = encode(['会员号,日期,消费金额', ...before, ...lines].join('\n') + '\n');
      expect(bytes.length > 256 * 1024).toBe(before.length > 0);
      const first = 2 + before.length;
      const expected = [...skipped, ...(lines.length > rows.length ? [[5, '多余'] as const] : [])].map(([k, text]) => ({ line: first + k, message: message(text) }));
      for (const bytePath of [true, false]) {
        const r = await readTransactions(chunked(bytes, 65_536), { bytePath });
        expect(r.issues, `bytePath: ${bytePath}`).toEqual(expected);
        expect(r.rowsRead).toBe(before.length + lines.length);
        expect(r.transactions.customers.slice(-3)).toEqual(['A1', 'A3', 'A5']);
        expect([...r.transactions.amount].slice(-3)).toEqual([100, 20, 40]);
      }
    });
  });
});

describe.each([1, 7, 64, undefined])('encodings, delimiters and layouts (chunks of %s bytes)', (chunk) => {
  it('GBK / GB18030 (what Excel in Chinese saves)', async () => {
    const r = await read('gbk.csv', {}, chunk);
    expect(r.encoding).toBe('gb18030');
    expect(r.transactions.customers).toEqual(['张三', '李四']);
    expect([...r.transactions.amount]).toEqual([1200, 35.5, 80]);
    expect([...r.transactions.day]).toEqual([JAN(5), JAN(6), JAN(7)]);
    expect(r.transactions.orders).toEqual(['D001', 'D002', 'D003']);
  });
  it('UTF-8 with BOM, English headers, dates with times', async () => {
    const r = await read('utf8-bom.csv', {}, chunk);
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.headers[0]).toBe('CustomerID');
    expect(r.mapping).toEqual({ customer: 'CustomerID', date: 'InvoiceDate', amount: 'Amount', order: 'InvoiceNo' });
    expect([...r.transactions.day]).toEqual([JAN(5), JAN(6)]);
    expect([...r.transactions.amount]).toEqual([12.5, 7.25]);
  });
  it('semicolons with Excel sep=; line, decimal commas and day-first dates', async () => {
    const r = await read('semicolon.csv', { mapping: { customer: 'Kunde', date: 'Datum', amount: 'Betrag' } }, chunk);
    expect(r.delimiter).toBe(';');
    // 13.01.2024 proves day-first; 02.02.2024 is 2024-02-02 = 19723 + 31 + 1.
    expect([...r.transactions.day]).toEqual([JAN(5), JAN(13), 19755]);
    expect([...r.transactions.amount]).toEqual([1234.5, 12.5, -3.25]);
    expect(r.warnings).toContain('日期按 日/月/年 读取（文件中有大于 12 的首位数字，如 13/1/2024）');
  });
  it('tab-separated', async () => {
    const r = await read('tab.tsv', {}, chunk);
    expect(r.delimiter).toBe('\t');
    expect([...r.transactions.amount]).toEqual([10, 20.5]);
  });
  it('Traditional Chinese headers', async () => {
    const r = await read('traditional.csv', {}, chunk);
    expect(r.mapping).toEqual({ customer: '客戶編號', date: '日期', amount: '金額', order: '訂單編號' });
    expect(r.transactions.customers).toEqual(['T1', 'T2']);
  });
  it('Excel serial dates, with the 1900 leap-year bug', async () => {
    const r = await read('excel-serial.csv', {}, chunk);
    // 45296 → 2024-01-05 (Excel shows it so); serial 1 → 1900-01-01 = day −25567; serial 60 does not exist.
    expect([...r.transactions.day]).toEqual([JAN(5), JAN(5), -25567]);
    expect(r.issues).toEqual([{ line: 4, column: '日期', message: 'Excel 序列号 60 表示不存在的 1900-02-29：“60”' }]);
    expect(r.warnings.some((w) => w.includes('Excel 序列号'))).toBe(true);
  });
  it('CRLF line ends and a blank line', async () => {
    const r = await read('crlf.csv', {}, chunk);
    expect(r.transactions.customers).toEqual(['A', 'B']);
    expect([...r.transactions.amount]).toEqual([10, 20]);
    expect(r.rowsRead).toBe(2);
  });
  it('quoted cells with commas, quotes and line breaks; line numbers stay right after them', async () => {
    const r = await read('quoted.csv', {}, chunk);
    expect(r.transactions.customers).toEqual(['Smith, John', 'O"Brien', 'plain']);
    expect([...r.transactions.amount]).toEqual([1000, 5, 7]);
    // "line one\nline two" takes lines 2–3, so "bad" is on line 6.
    expect(r.issues).toEqual([{ line: 6, column: 'date', message: '月份不存在：“2024-13-01”' }]);
  });
  it('US dates month first, two-digit years as Excel completes them', async () => {
    const r = await read('us-dates.csv', {}, chunk);
    // 12/31/24 → 2024-12-31 = 19723 + 365 (2024 has 366 days).
    expect([...r.transactions.day]).toEqual([JAN(5), JAN(13), 20088]);
    expect(r.warnings.some((w) => w.includes('两位数年份'))).toBe(true);
  });
  it('hostile text is kept verbatim and does not break parsing', async () => {
    const r = await read('hostile.csv', {}, chunk);
    expect(r.issueCount).toBe(0);
    expect(r.transactions.customers).toEqual([
      '<script>alert(1)</script>',
      '=HYPERLINK("http://evil.example","click")',
      'long',
      'nul\u0000id',
      '@SUM(A1)',
    ]);
    expect([...r.transactions.amount]).toEqual([10, 20, 30, 40, 50]);
  });

});

describe('more encodings', () => {
  const text = 'customer,date,amount\n张三,2024-01-05,10\n李四,2024-01-06,20\n';
  it.each([
    ['utf-16le', new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])],
    ['utf-16be', new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()])],
  ])('%s with a BOM', async (encoding, bytes) => {
    const r = await readTransactions(chunked(bytes, 5));
    expect(r.encoding).toBe(encoding);
    expect(r.transactions.customers).toEqual(['张三', '李四']);
  });
  it.each([1000, 4093])('a GBK file whose first 64 KB are plain ASCII switches to GB18030 (chunks of %i)', async (size) => {
    const ascii = Array.from({ length: 4000 }, (_, i) => `C${i},2024-01-05,1`).join('\n');
    const bytes = new Uint8Array([...utf8(`customer,date,amount\n${ascii}\n`), ...gb18030('张三,2024-01-06,2\n李四,2024-01-07,3\n')]);
    expect(bytes.length).toBeGreaterThan(65_536);
    const r = await readTransactions(chunked(bytes, size));
    expect(r.encoding).toBe('gb18030');
    expect(r.transactions.customers.slice(-2)).toEqual(['张三', '李四']);
    expect(r.transactions.length).toBe(4002);
    expect(r.warnings.some((w) => w.includes('GB18030'))).toBe(true);
  });
});

describe('streaming', () => {
  it('reports progress from 0 to 1 and reads a ReadableStream', async () => {
    const bytes = fixture('mixed.csv');
    const seen: number[] = [];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 20) controller.enqueue(bytes.slice(at, at + 20));
        controller.close();
      },
    });
    const r = await readTransactions(stream, { totalBytes: bytes.length, onProgress: (f) => seen.push(f) });
    expect(r.transactions.length).toBe(3);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
  });
  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readTransactions(chunked(fixture('mixed.csv'), 10), { signal: controller.signal })).rejects.toMatchObject({ code: 'aborted' });
  });
  it('grows its columns past the first 65,536 rows', async () => {
    const rows = Array.from({ length: 70_000 }, (_, i) => `${i % 7},2024-01-0${1 + (i % 9)},${i % 100}`);
    const r = await readTransactions(chunked(utf8(`会员号,日期,金额\n${rows.join('\n')}\n`), 65_536));
    expect(r.transactions.length).toBe(70_000);
    // Sum of i % 100 over 0..69,999: 700 full cycles of 0..99 = 700 × 4950.
    expect(r.transactions.amount.reduce((a, b) => a + b, 0)).toBe(700 * 4950);
    expect(r.transactions.customers).toEqual(['0', '1', '2', '3', '4', '5', '6']);
  });
  it('does not change its input', async () => {
    // Typed arrays with elements cannot be frozen: compare with a copy instead.
    const bytes = fixture('gbk.csv');
    const copy = bytes.slice();
    await readTransactions(chunked(bytes, 5));
    expect(bytes).toEqual(copy);
  });
});
