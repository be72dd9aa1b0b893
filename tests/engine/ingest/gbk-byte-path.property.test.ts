import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readTransactions } from '~/engine/ingest';
import { TEST_TIMEOUT } from '../../helpers/timeouts';
import { chunksFrom, gb18030, readOutcome } from './helpers';

/** A cell: text encoded as GBK, or raw bytes (codes the byte path leaves to the text path). */
type Cell = string | readonly number[];

// Cells that test the GBK byte path's rules: ASCII and Chinese ids, U+3000 (A1 A1, and A3 A0 as raw bytes) and
// other trimmed characters, quotes and multi-line cells (the chunk goes back to text), numbers and packed keys,
// bad values, a lone CR or LF inside a cell, and bytes that are not whole two-byte codes: a lone lead byte, a
// lead byte before an ASCII byte or a delimiter, 0x80 (€), 0xFF, a four-byte GB18030 code whole and cut short.
const CUSTOMERS: Cell[] = [
  'C001', '张三', ' 李四 ', '\u3000王五\u3000', '会员〇一三', '\t赵六', [0xa3, 0xa0, 0xd5, 0xc5], [0xd5, 0xc5, 0xa1, 0xa1, 0xa3, 0xa0],
  '"引号,客户"', '"多\n行"', 'M013307', '100', '007', '', ' ', '\u3000', 'x\ry', 'p\nq', [0x81], [0xd5, 0x41], [0x81, 0x30, 0x81, 0x30],
  [0x81, 0x30], [0x80, 0x41], [0xff], [0xd5, 0xc5, 0x81],
];
const ORDERS: Cell[] = ['', '1001', '1002', 'A-1', '订单一', ' 1003 ', '"1004"', [0xb6, 0xa9, 0x81]];
const DATES: Cell[] = ['2024-01-05', '2024/1/6', '13/1/2024', 'bad', '', '2024年1月7日', '45296', ' 2024-01-08 ', '\u30002024-01-09', [0x32, 0x30, 0x81]];
const AMOUNTS: Cell[] = ['12.50', '-3', '(12.50)', '"1,234.50"', '￥8', '8元', 'abc', '', '1e400', '12,50', '1.234,50', '0', '１２', '10000000000000000', '\u30005', [0x35, 0x80]];

const cellsArbitrary = fc.tuple(fc.constantFrom(...ORDERS), fc.constantFrom(...CUSTOMERS), fc.constantFrom(...DATES), fc.constantFrom(...AMOUNTS));
/** A line: a row (maybe short or long), a blank line (U+3000 as A1 A1 and A3 A0, NBSP and BOM as four-byte codes), or delimiters only. */
const lineArbitrary = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(cellsArbitrary, fc.integer({ min: 1, max: 5 })).map(([cells, width]) => ({ cells: [...cells, 'x'].slice(0, width) as Cell[] })) },
  { weight: 1, arbitrary: fc.constantFrom<Cell>('', ' ', '\t', '\u3000', [0xa3, 0xa0], [0x81, 0x30, 0x84, 0x32, 0x20], [0x84, 0x31, 0x95, 0x33, 0xa1, 0xa1]).map((blank) => ({ blank })) },
  { weight: 1, arbitrary: fc.constant({ delimitersOnly: true }) },
);

function bytesOf(cell: Cell): number[] {
  return typeof cell === 'string' ? [...gb18030(cell)] : [...cell];
}

/** Header and enough plain rows to fill the reader's first 64 KB sample, which is always decoded. */
function opening(delimiter: string, newline: string, asciiHeader: boolean): string {
  const header = asciiHeader ? ['order', 'member', 'date', 'amount'] : ['订单号', '会员号', '下单时间', '实付金额'];
  const filler = Array.from({ length: 3000 }, (_, i) => [`${i}`, asciiHeader ? `F${i % 97}` : `客${i % 97}`, '2024-01-01', `${i % 50}.5`].join(delimiter) + newline);
  return header.join(delimiter) + newline + filler.join('');
}

describe('the byte path of a GBK file reads what the text path reads', () => {
  it(
    'same transactions, issues and warnings for random rows, delimiters, line ends, broken codes and chunk boundaries',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(lineArbitrary, { minLength: 1, maxLength: 60 }),
          fc.constantFrom(',', ';', '\t'),
          fc.constantFrom('\n', '\r\n'),
          fc.boolean(),
          fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 6 }),
          fc.boolean(),
          async (lines, delimiter, newline, endsWithNewline, sizes, asciiHeader) => {
            const d = delimiter.charCodeAt(0);
            const body: number[] = [];
            lines.forEach((line, k) => {
              if (k > 0) body.push(...gb18030(newline));
              if ('cells' in line) line.cells.forEach((cell, c) => body.push(...(c > 0 ? [d] : []), ...bytesOf(cell)));
              else if ('blank' in line) body.push(...bytesOf(line.blank));
              else body.push(d, d, d);
            });
            if (endsWithNewline) body.push(...gb18030(newline));
            // An ASCII opening is read as UTF-8 until the first GBK byte, then switches to GB18030.
            const start = gb18030(opening(delimiter, newline, asciiHeader));
            const bytes = new Uint8Array([...start, ...body]);
            const byBytes = await readOutcome(readTransactions(chunksFrom(bytes, start.length, sizes), { today: 20_000 }));
            const byText = await readOutcome(readTransactions(chunksFrom(bytes, start.length, sizes), { today: 20_000, bytePath: false }));
            expect(byBytes).toEqual(byText);
          },
        ),
        { numRuns: 200 },
      );
    },
    TEST_TIMEOUT,
  );
});
