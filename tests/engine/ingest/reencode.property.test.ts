import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readTransactions } from '~/engine/ingest';
import { gb18030, utf8 } from './helpers';

const NAMES = ['张三', '李四', '王五', 'C001', 'C002', '赵六', 'Zoë'.normalize('NFC').replace('ë', 'e'), '客户甲'];
const DATES = ['2024-01-05', '2024/1/6', '2024年1月7日', '20240108', '2024-01-09 13:05'];

/** Rows as cells: customer, date text, amount in cents. */
const rowArbitrary = fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...DATES), fc.integer({ min: -50_000, max: 500_000 }));

/** Per-customer totals computed directly from the generated rows: the independent check. */
function expectedTotals(rows: readonly (readonly [string, string, number])[]): Map<string, [rows: number, cents: number]> {
  const totals = new Map<string, [number, number]>();
  for (const [customer, , cents] of rows) {
    const t = totals.get(customer) ?? [0, 0];
    totals.set(customer, [t[0] + 1, t[1] + cents]);
  }
  return totals;
}

function amountText(cents: number, style: number): string {
  const value = (cents / 100).toFixed(2);
  if (style === 0) return value;
  if (style === 1) return cents < 0 ? `(${(-cents / 100).toFixed(2)})` : `"￥${Number(value).toLocaleString('en-US', { minimumFractionDigits: 2 })}"`;
  return `${value}元`;
}

async function* chunks(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = sizes[k % sizes.length]!;
    yield bytes.slice(at, at + size);
    at += size;
  }
}

describe('re-encoding, re-delimiting, shuffling and re-chunking a file does not change what is read', () => {
  it('per-customer row counts and totals equal the generated ones', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArbitrary, { minLength: 1, maxLength: 60 }),
        fc.constantFrom('utf-8', 'utf-8-bom', 'gb18030'),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 5 }),
        fc.infiniteStream(fc.nat()),
        async (rows, encoding, delimiter, newline, style, sizes, randomness) => {
          const shuffled = rows.map((row) => [randomness.next().value as number, row] as const).sort((p, q) => p[0] - q[0]).map(([, row]) => row);
          // ';' files use a decimal comma; other files may use thousands separators and currency signs.
          const amount = (cents: number) => (delimiter === ';' ? (cents / 100).toFixed(2).replace('.', ',') : amountText(cents, style));
          const text =
            ['会员号', '下单时间', '实付金额'].join(delimiter) +
            newline +
            shuffled.map(([c, d, cents]) => [c, d, amount(cents)].join(delimiter)).join(newline) +
            newline;
          const body = encoding === 'gb18030' ? gb18030(text) : utf8(text);
          const bytes = encoding === 'utf-8-bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;

          const r = await readTransactions(chunks(bytes, sizes));
          expect(r.issueCount).toBe(0);
          const got = new Map<string, [number, number]>();
          for (let i = 0; i < r.transactions.length; i++) {
            const customer = r.transactions.customers[r.transactions.customer[i]!]!;
            const t = got.get(customer) ?? [0, 0];
            got.set(customer, [t[0] + 1, t[1] + Math.round(r.transactions.amount[i]! * 100)]);
          }
          expect(got).toEqual(expectedTotals(rows));
        },
      ),
      { numRuns: 150 },
    );
  });
});
