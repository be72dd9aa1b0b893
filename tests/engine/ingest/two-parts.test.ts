import { describe, expect, it } from 'vitest';
import { finishTransactions, headerLineEnd, joinTransactionRows, readTransactionRows, transactionRowsMessage } from '~/engine/ingest';
import { SpanInterner } from '~/engine/ingest/span-interner';
import { chunksOf, utf8 } from './helpers';

const HEADER = '会员号,日期,金额,订单号\n';

async function rowsOf(text: string) {
  return readTransactionRows(chunksOf(utf8(text)));
}

async function joined(first: string, second: string) {
  const message = transactionRowsMessage(await rowsOf(HEADER + second)).message;
  return joinTransactionRows(await rowsOf(HEADER + first), structuredClone(message));
}

describe('headerLineEnd', () => {
  it('ends the header line after its line feed', () => {
    expect(headerLineEnd(utf8('a,b\n1,2\n'))).toBe(4);
    expect(headerLineEnd(utf8('\ufeffa,b\r\n'))).toBe(8); // 3 bytes of BOM, "a,b", CR LF
    expect(headerLineEnd(utf8('"a","b"\n'))).toBe(8);
  });

  it('refuses a first line the second part could not start with', () => {
    expect(headerLineEnd(utf8('sep=;\na;b\n'))).toBe(-1);
    expect(headerLineEnd(utf8('\ufeffSEP=,\na,b\n'))).toBe(-1);
    expect(headerLineEnd(utf8(' , \na,b\n'))).toBe(-1);
    expect(headerLineEnd(utf8('"a\nb",c\n'))).toBe(-1);
    expect(headerLineEnd(utf8('a,b'))).toBe(-1);
  });
});

describe('SpanInterner entries and absorb', () => {
  it('gives each entry of another interner its index here, new ones after the old in their order', () => {
    const here = new SpanInterner();
    for (const text of ['A', '100', '张三']) here.intern(text, 0, text.length);
    const there = new SpanInterner();
    for (const text of ['张三', 'B', '100', '2024-01-05']) there.intern(text, 0, text.length);
    const entries = structuredClone(there.entries());
    expect([...entries.kinds]).toEqual([0, 2, 1, 3]); // text, packed, number, date-like
    expect(entries.texts).toEqual(['张三']);
    expect([...here.absorb(entries)]).toEqual([2, 3, 1, 4]);
    expect(here.values).toEqual(['A', '100', '张三', 'B', '2024-01-05']);
  });
});

describe('joinTransactionRows', () => {
  it('joins two parts: one id per customer and order across the cut, lines of the whole file', async () => {
    const rows = await joined('A,2024-01-05,10,1\nB,2024-01-06,abc,2\n', 'A,2024-01-07,5,1\nC,2024-01-08,7,3\n,2024-01-09,1,4\n');
    const read = finishTransactions(rows!, 20_000);
    const t = read.transactions;
    expect(t.customers).toEqual(['A', 'C']);
    expect([...t.customer]).toEqual([0, 0, 1]);
    expect([...t.amount]).toEqual([10, 5, 7]);
    expect(t.orders).toEqual(['1', '3']);
    expect([...t.order!]).toEqual([0, 0, 1]);
    expect(read.issues).toEqual([
      { line: 3, column: '金额', message: '无法识别的金额：“abc”' },
      { line: 6, column: '会员号', message: '客户编号为空' },
    ]);
    expect(read.issueCount).toBe(2);
    expect(read.rowsRead).toBe(5);
    expect(rows!.read.nextLine).toBe(7);
  });

  it('names a bad date of the second part by its line in the whole file', async () => {
    const read = finishTransactions((await joined('A,2024-01-05,10,1\n', '\nB,2024-13-45,5,2\n'))!, 20_000);
    expect(read.issues).toEqual([{ line: 4, column: '日期', message: expect.any(String) }]);
    expect(read.transactions.customers).toEqual(['A']);
  });

  it('refuses parts read differently, and a second part with an empty order (named by a line it cannot know)', async () => {
    expect(await joined('A,2024-01-05,10,1\n', 'B,2024-01-06,5,\n')).toBeNull();
    const first = await rowsOf(`${HEADER}A,2024-01-05,10,1\n`);
    const second = transactionRowsMessage(await rowsOf(`${HEADER}B,2024-01-06,5,2\n`)).message;
    expect(joinTransactionRows(first, { ...second, read: { ...second.read, encoding: 'gb18030' } })).toBeNull();
    expect(joinTransactionRows(first, { ...second, read: { ...second.read, warnings: ['另一种编码'] } })).toBeNull();
    expect(joinTransactionRows(first, { ...second, mapping: { ...second.mapping, order: null } })).toBeNull();
  });
});
