import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readTransactions } from '~/engine/ingest';
import { TEST_TIMEOUT } from '../../helpers/timeouts';
import { chunksFrom, readOutcome, utf8 } from './helpers';

// Cells that test the byte path's rules: non-ASCII ids (two, three and four bytes), the characters cells are
// trimmed of (NBSP, U+3000, BOM), quotes (the chunk goes back to text), numbers and packed keys, bad values,
// a lone CR or LF inside a cell (a line end only in a file whose lines end so).
const CUSTOMERS = ['C001', '张三', ' 李四 ', '\u3000王五\u3000', 'Zoë\u00a0', '\ufeffB7', '😀客', '"引号,客户"', '"多\n行"', 'M013307', '100', '007', '', ' ', 'x\ry', 'p\nq'];
const ORDERS = ['', '1001', '1002', 'A-1', '订单一', ' 1003 ', '"1004"'];
const DATES = ['2024-01-05', '2024/1/6', '13/1/2024', '1/13/2024', 'bad', '', '2024年1月7日', '45296', '0000-01-01', ' 2024-01-08 '];
const AMOUNTS = ['12.50', '-3', '(12.50)', '"1,234.50"', '¥8', 'abc', '', '1e400', '12,50', '1.234,50', '0', '１２', '10000000000000000'];

const cellsArbitrary = fc.tuple(fc.constantFrom(...ORDERS), fc.constantFrom(...CUSTOMERS), fc.constantFrom(...DATES), fc.constantFrom(...AMOUNTS));
/** A line: a row (maybe short or long), a blank line (NBSP, U+3000 and BOM count as blank), or delimiters only. */
const lineArbitrary = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(cellsArbitrary, fc.integer({ min: 1, max: 5 })).map(([cells, width]) => ({ cells: [...cells, 'x'].slice(0, width) })) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\u3000', '\u00a0 ', '\ufeff\u3000\t').map((text) => ({ blank: text })) },
  { weight: 1, arbitrary: fc.constant({ delimitersOnly: true }) },
);

/** Header and enough plain rows to fill the reader's first 64 KB sample, which is always decoded. */
function opening(delimiter: string, newline: string, sepLine: boolean): string {
  const rows = (sepLine ? `sep=${delimiter}${newline}` : '') + ['订单号', '会员号', '下单时间', '实付金额'].join(delimiter) + newline;
  const filler = Array.from({ length: 3000 }, (_, i) => [`${i}`, `F${i % 97}`, '2024-01-01', `${i % 50}.5`].join(delimiter) + newline);
  return rows + filler.join('');
}

describe('the byte path of a UTF-8 file reads what the text path reads', () => {
  it(
    'same transactions, issues and warnings for random rows, delimiters, line ends, BOM, sep= line and chunk boundaries',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(lineArbitrary, { minLength: 1, maxLength: 60 }),
          fc.constantFrom(',', ';', '\t'),
          fc.constantFrom('\n', '\r\n'),
          fc.boolean(),
          fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 6 }),
          fc.boolean(),
          fc.boolean(),
          async (lines, delimiter, newline, endsWithNewline, sizes, bom, sepLine) => {
            const body = lines
              .map((line) => ('cells' in line ? line.cells.join(delimiter) : 'blank' in line ? line.blank : delimiter.repeat(3)))
              .join(newline);
            // An Excel `sep=` line and a BOM shift the header's line and the first bytes.
            const start = (bom ? '\ufeff' : '') + opening(delimiter, newline, sepLine);
            const bytes = utf8(start + body + (endsWithNewline ? newline : ''));
            const first = utf8(start).length;
            const byBytes = await readOutcome(readTransactions(chunksFrom(bytes, first, sizes), { today: 20_000 }));
            const byText = await readOutcome(readTransactions(chunksFrom(bytes, first, sizes), { today: 20_000, bytePath: false }));
            expect(byBytes).toEqual(byText);
          },
        ),
        { numRuns: 200 },
      );
    },
    TEST_TIMEOUT,
  );
});
