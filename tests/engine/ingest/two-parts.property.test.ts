import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { finishTransactions, headerLineEnd, joinTransactionRows, readTransactionRows, readTransactions, transactionRowsMessage, type TransactionRows } from '~/engine/ingest';
import { TEST_TIMEOUT } from '../../helpers/timeouts';
import { chunksFrom, gb18030, readOutcome, utf8 } from './helpers';

// Cells that test the join: ids met in both parts or one (ASCII, Chinese, numbers, packed keys), orders that may
// cross the cut, an empty order (named by its line), dates whose day/month order only the whole file decides
// (13/1 and 1/13), bad values, quotes and multi-line cells (allowed only after the cut).
const CUSTOMERS = ['C001', '张三', ' 李四 ', 'M013307', '100', '007', '', '\u3000王五'];
const ORDERS = ['1001', '1002', 'A-1', '订单一', ' 1003 ', '1004'];
const DATES = ['2024-01-05', '2024/1/6', '13/1/2024', '1/13/2024', '3/4/2024', 'bad', '', '2024年1月7日', '1999-01-01'];
const AMOUNTS = ['12.50', '-3', '(12.50)', '￥8', 'abc', '', '0', '1e400'];
const QUOTED = ['"引号,客户"', '"多\n行"'];

const row = (quotes: boolean) =>
  fc
    .tuple(
      fc.oneof({ weight: 40, arbitrary: fc.constantFrom(...ORDERS) }, { weight: 1, arbitrary: fc.constant('') }),
      fc.constantFrom(...(quotes ? [...CUSTOMERS, ...QUOTED] : CUSTOMERS)),
      fc.constantFrom(...DATES),
      fc.constantFrom(...AMOUNTS),
      fc.integer({ min: 2, max: 5 }),
    )
    .map(([o, c, d, a, width]) => [o, c, d, a, 'x'].slice(0, width));
const lines = (quotes: boolean) =>
  fc.array(fc.oneof({ weight: 9, arbitrary: row(quotes) }, { weight: 1, arbitrary: fc.constant([] as string[]) }), { maxLength: 40 });

/** Rows that fill the reader's 64 KB sample, so the rows after them take the byte path. */
const FILLER = Array.from({ length: 3000 }, (_, i) => [`${i + 5000}`, `F${i % 97}`, '2024-01-01', `${i % 50}.5`]);

/** What the command line does (src/cli/read-in-two-parts.ts): two parts read, joined; null when it reads the file whole. */
async function readInTwoParts(bytes: Uint8Array, cut: number, sizes: number[]): Promise<unknown> {
  const headerEnd = headerLineEnd(bytes);
  if (headerEnd < 0 || cut <= headerEnd || bytes.subarray(headerEnd, cut).includes(0x22)) return null;
  const secondBytes = new Uint8Array([...bytes.subarray(0, headerEnd), ...bytes.subarray(cut)]);
  let first: TransactionRows;
  let second: TransactionRows;
  try {
    first = await readTransactionRows(chunksFrom(bytes.slice(0, cut), 1, sizes), { today: 20_000, totalBytes: bytes.length });
    second = await readTransactionRows(chunksFrom(secondBytes, headerEnd, sizes), { today: 20_000 });
  } catch {
    return null; // a part that cannot be read: the command line reads the file whole
  }
  // What the worker posts arrives as a structured clone.
  const joined = joinTransactionRows(first, structuredClone(transactionRowsMessage(second).message));
  return joined === null ? null : readOutcome(Promise.resolve().then(() => finishTransactions(joined, 20_000)));
}

describe('a file read as two parts and joined reads as the whole file', () => {
  it(
    'same transactions, issues, line numbers and warnings for random rows, cuts, encodings and chunk boundaries',
    async () => {
      let joined = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.tuple(fc.boolean(), lines(false)),
          fc.tuple(lines(true), fc.boolean(), lines(true)),
          fc.constantFrom(',', ';'),
          fc.constantFrom('\n', '\r\n'),
          fc.constantFrom('utf-8', 'utf-8-bom', 'gbk'),
          fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 4 }),
          async ([fillFirst, before], [after, fillSecond, last], delimiter, newline, encoding, sizes) => {
            const text = (rows: string[][]) => rows.map((cells) => cells.join(delimiter) + newline).join('');
            const header = (encoding === 'utf-8-bom' ? '\ufeff' : '') + text([['订单号', '会员号', '下单时间', '实付金额']]);
            const head = header + text(fillFirst ? FILLER : []) + text(before);
            const tail = text(after) + text(fillSecond ? FILLER : []) + text(last);
            const encode = encoding === 'gbk' ? gb18030 : utf8;
            const cut = encode(head).length;
            const bytes = encode(head + tail);
            const parts = await readInTwoParts(bytes, cut, sizes);
            if (parts === null) return;
            joined++;
            expect(parts).toEqual(await readOutcome(readTransactions(chunksFrom(bytes, 1, sizes), { today: 20_000 })));
          },
        ),
        { numRuns: 150 },
      );
      // Most cases are joined (the others are read whole, which is the same code as always).
      expect(joined).toBeGreaterThan(100);
    },
    TEST_TIMEOUT,
  );
});
