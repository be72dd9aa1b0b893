import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** mulberry32: a small seeded PRNG, enough for benchmark data (not for statistics). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shape of the generated file. */
export interface BenchCsvShape {
  readonly rows: number;
  readonly customers: number;
  readonly days: number;
  readonly seed: number;
}

/**
 * Writes a transaction CSV with Chinese headers (订单号,会员号,下单时间,实付金额) like a shop's export:
 * orders of 1–3 lines, customers drawn with a skew (a few buy often), dates spread over `days` days
 * from 2022-01-01, amounts log-normal around ¥120 with two decimals. Same seed, same bytes.
 * Returns the number of bytes written.
 */
export async function makeTransactionsCsv(path: string, shape: BenchCsvShape): Promise<number> {
  const random = mulberry32(shape.seed);
  const out = createWriteStream(path);
  const start = Date.UTC(2022, 0, 1);
  const dates: string[] = [];
  for (let d = 0; d < shape.days; d++) dates.push(new Date(start + d * 86_400_000).toISOString().slice(0, 10));
  let bytes = 0;
  let buffer = '订单号,会员号,下单时间,实付金额\n';
  let row = 0;
  let orderNo = 100_000_000;
  while (row < shape.rows) {
    const u = random();
    const lines = u < 0.75 ? 1 : u < 0.95 ? 2 : 3;
    const customer = `M${String(1 + Math.floor(shape.customers * random() ** 1.5)).padStart(6, '0')}`;
    const date = dates[Math.floor(random() * shape.days)]!;
    orderNo++;
    for (let k = 0; k < lines && row < shape.rows; k++, row++) {
      const gauss = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      const amount = Math.exp(Math.log(120) + 0.8 * gauss);
      buffer += `${orderNo},${customer},${date},${amount.toFixed(2)}\n`;
    }
    if (buffer.length > 1 << 20) {
      bytes += Buffer.byteLength(buffer);
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return bytes;
}
