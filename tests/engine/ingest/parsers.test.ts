import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectDelimiter, detectEncoding, guessMapping, normalizeHeader, parseAmount, parseDate, resolveDates } from '~/engine/ingest';
import { SpanInterner } from '~/engine/ingest/span-interner';
import { amountInSpan } from '~/engine/ingest/amount-span';
import { toCsv } from '~/engine/core/csv-export';

// Day numbers by hand: 2024-01-01 = 19723; 1970-01-01 = 0.
describe('parseDate', () => {
  it.each([
    ['2024-01-05', 19727],
    ['2024/1/5', 19727],
    ['2024.1.5', 19727],
    ['2024年1月5日', 19727],
    ['20240105', 19727],
    ['2024-01-05 13:05', 19727],
    ['2024-01-05T13:05:00', 19727],
    ['2024-01-05T13:05:00+08:00', 19727],
    ['2024/1/5 1:05 PM', 19727],
    ['２０２４－０１－０５', 19727],
    ['45296', 19727], // Excel shows serial 45296 as 2024-01-05
    ['61', -25508], // 1900-03-01: after the phantom 1900-02-29 (serial 60)
    ['59', -25509], // 1900-02-28
    ['2024-02-29', 19782], // leap day: 19723 + 31 + 28
    ['1/5/2024', 19727], // month first by default
  ])('%s → day %i', (text, day) => {
    const r = parseDate(text);
    expect(r.ok && r.day).toBe(day);
  });
  it.each([
    ['2024-02-30', '日期不存在：“2024-02-30”'],
    ['2023-02-29', '日期不存在：“2023-02-29”'],
    ['2024-13-01', '月份不存在：“2024-13-01”'],
    ['2024-01-05 24:00', '无法识别的日期或时间：“2024-01-05 24:00”'],
    ['60', 'Excel 序列号 60 表示不存在的 1900-02-29：“60”'],
    ['0', 'Excel 日期序列号必须大于 0：“0”'],
    ['yesterday', '无法识别的日期：“yesterday”'],
    ['', '日期为空'],
  ])('%s is refused', (text, reason) => {
    expect(parseDate(text)).toEqual({ ok: false, reason });
  });
  it('day first when asked', () => {
    const r = parseDate('5/1/2024', 'dmy');
    expect(r.ok && r.day).toBe(19727);
  });
  it('any real calendar date round-trips through its ISO text (checked against Date.UTC)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const expected = Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / 86_400_000);
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        for (const text of [iso, `${y}/${m}/${d}`, `${y}年${m}月${d}日`, iso.replace(/-/g, '')]) {
          const r = parseDate(text);
          expect(r.ok && r.day).toBe(expected);
        }
      }),
    );
  });
});

describe('resolveDates picks one day/month order for the file', () => {
  it('a first number over 12 means day first', () => {
    // 13/1/2024 = 2024-01-13 = 19735; then 2/1/2024 is 2 January = 19724.
    expect([...resolveDates(['13/1/2024', '2/1/2024']).days]).toEqual([19735, 19724]);
  });
  it('no evidence: month first, with a warning', () => {
    const r = resolveDates(['2/1/2024']);
    expect([...r.days]).toEqual([19754]); // 1 February = 19723 + 31
    expect(r.warnings[0]).toContain('月/日/年');
  });
});

describe('parseAmount', () => {
  it.each([
    ['12.5', false, 12.5],
    ['-12.5', false, -12.5],
    ['¥1,234.50', false, 1234.5],
    ['￥ 35', false, 35],
    ['88元', false, 88],
    ['RMB 1,000', false, 1000],
    ['$3.10', false, 3.1],
    ['(12.50)', false, -12.5],
    ['１２３．５', false, 123.5],
    ['－５', false, -5],
    ['.5', false, 0.5],
    ['1.234,50', true, 1234.5],
    ['12,5', true, 12.5],
    ['1.234', true, 1234], // a dot before three digits groups thousands in ';' files
    ['12.50', true, 12.5],
  ])('%s (decimal comma %s) → %d', (text, decimalComma, value) => {
    expect(parseAmount(text, { decimalComma })).toBe(value);
  });
  it.each(['', 'abc', '1,23', '1e3', 'Infinity', '12.5.3', '--5', '0x10'])('%s is not an amount', (text) => {
    expect(parseAmount(text)).toBeNaN();
  });
  it('the fast path agrees with Number() on plain decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (cents, places) => {
        const text = (cents / 10 ** places).toFixed(places);
        expect(amountInSpan(`x,${text},y`, 2, 2 + text.length, false)).toBe(Number(text));
        expect(parseAmount(text)).toBe(Number(text));
      }),
    );
  });
});

describe('header mapping', () => {
  it.each([
    [['会员号', '日期', '消费金额', '单号'], { customer: '会员号', date: '日期', amount: '消费金额', order: '单号' }],
    [['客戶編號', '日期', '金額', '訂單編號'], { customer: '客戶編號', date: '日期', amount: '金額', order: '訂單編號' }],
    [['InvoiceNo', 'InvoiceDate', 'CustomerID', 'Country', 'Amount'], { customer: 'CustomerID', date: 'InvoiceDate', amount: 'Amount', order: 'InvoiceNo' }],
    [[' CUSTOMER_ID ', 'Order Date', 'Revenue'], { customer: ' CUSTOMER_ID ', date: 'Order Date', amount: 'Revenue', order: null }],
    [['ＣｕｓｔｏｍｅｒＩＤ', '下单时间', '实付金额（元）'], { customer: 'ＣｕｓｔｏｍｅｒＩＤ', date: '下单时间', amount: '实付金额（元）', order: null }],
    [['客户名称', '订单日期', '订单金额', '备注'], { customer: '客户名称', date: '订单日期', amount: '订单金额', order: null }],
  ])('%j', (headers, mapping) => {
    expect(guessMapping(headers).mapping).toEqual(mapping);
  });
  it('lists every candidate, best first', () => {
    expect(guessMapping(['会员ID', '客户ID', '日期', '金额']).candidates.customer).toEqual(['客户ID', '会员ID']);
  });
  it('normalises case, width, Traditional characters and units', () => {
    expect(normalizeHeader(' Customer_ID ')).toBe('customerid');
    expect(normalizeHeader('實付金額(元)')).toBe('实付金额');
  });
});

describe('detection', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2,5;3\n', ';'],
    ['a\tb\n1\t2\n', '\t'],
    ['a|b\n1|2\n', '|'],
    ['"x,y";b;c\n1;2;3\n', ';'],
    ['id\n1\n', ','],
  ])('delimiter of %j is %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
  it.each([
    [[0xef, 0xbb, 0xbf, 0x61], 'utf-8-bom'],
    [[0xff, 0xfe, 0x61, 0x00], 'utf-16le'],
    [[0xfe, 0xff, 0x00, 0x61], 'utf-16be'],
    [[0xe4, 0xbd, 0xa0, 0xe5, 0xa5, 0xbd], 'utf-8'], // 你好 in UTF-8
    [[0xc4, 0xe3, 0xba, 0xc3], 'gb18030'], // 你好 in GBK
    [[0x61, 0x2c, 0x62], 'utf-8'],
  ])('%j is %s', (bytes, encoding) => {
    const guess = detectEncoding(new Uint8Array(bytes), true);
    expect(guess.kind === 'text' && guess.encoding).toBe(encoding);
  });
  it('a UTF-8 character cut at the end of an incomplete sample is not taken for GBK', () => {
    const guess = detectEncoding(new Uint8Array([0x61, 0xe4, 0xbd]), false);
    expect(guess.kind === 'text' && guess.encoding).toBe('utf-8');
  });
});

describe('SpanInterner', () => {
  it('gives equal pieces equal ids, numeric or not, in order of first appearance', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.nat().map(String), fc.constantFrom('007', '0', '10', '2024-01-05', '1/5/24 13:05', '2024-01-05T1', 'T', '--', ' ')), { maxLength: 300 }), (pieces) => {
        const ids = new SpanInterner();
        const got = pieces.map((p) => ids.intern(`<${p}>`, 1, p.length + 1));
        const expected = pieces.map((p) => [...new Set(pieces)].indexOf(p));
        expect(got).toEqual(expected);
        expect(ids.values).toEqual([...new Set(pieces)]);
      }),
    );
  });
});

describe('toCsv', () => {
  it('neutralises formula-looking text, keeps numbers, quotes per RFC 4180, starts with a BOM', () => {
    const rows = [
      { name: '=HYPERLINK("x")', value: -12.5, note: 'a,b' },
      { name: '+1', value: 3, note: 'line\nbreak' },
      { name: '@SUM(A1)', value: Number.NaN, note: '-x' },
      { name: '普通', value: 0, note: null },
    ];
    const csv = toCsv(rows, [
      { header: '客户', value: 'name' },
      { header: '金额', value: 'value' },
      { header: '备注', value: (r) => r.note },
    ]);
    expect(csv).toBe(
      '\uFEFF客户,金额,备注\r\n' +
        '"\'=HYPERLINK(""x"")",-12.5,"a,b"\r\n' +
        '\'+1,3,"line\nbreak"\r\n' +
        "'@SUM(A1),,'-x\r\n" +
        '普通,0,\r\n',
    );
  });
});
