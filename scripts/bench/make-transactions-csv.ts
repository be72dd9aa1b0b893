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
  /** Member ids in Chinese (会员一二三…) instead of M000123, and the file in GBK (what Excel in Chinese saves). */
  readonly gbk?: boolean;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** The GBK bytes of every non-ASCII character of `text`, found by decoding all two-byte GBK codes once. */
function gbkTable(text: string): Map<string, number[]> {
  const wanted = new Set([...text].filter((ch) => ch.charCodeAt(0) > 0x7f));
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe && table.size < wanted.size; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (wanted.has(ch) && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

/** `text` in GBK (ASCII as is, the characters of `table` as their two bytes). */
function encodeGbk(text: string, table: Map<string, number[]>): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code <= 0x7f) bytes.push(code);
    else bytes.push(...table.get(ch)!);
  }
  return Buffer.from(bytes);
}

/**
 * Writes a transaction CSV with Chinese headers (订单号,会员号,下单时间,实付金额) like a shop's export, in UTF-8 or GBK:
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
  const header = '订单号,会员号,下单时间,实付金额\n';
  const table = shape.gbk ? gbkTable(`${header}会员${CHINESE_DIGITS}`) : null;
  const encode = (text: string): Buffer => (table ? encodeGbk(text, table) : Buffer.from(text));
  const memberId = (n: number): string =>
    table ? `会员${[...String(n).padStart(6, '0')].map((d) => CHINESE_DIGITS[Number(d)]).join('')}` : `M${String(n).padStart(6, '0')}`;
  let bytes = 0;
  let buffer = header;
  let row = 0;
  let orderNo = 100_000_000;
  while (row < shape.rows) {
    const u = random();
    const lines = u < 0.75 ? 1 : u < 0.95 ? 2 : 3;
    const customer = memberId(1 + Math.floor(shape.customers * random() ** 1.5));
    const date = dates[Math.floor(random() * shape.days)]!;
    orderNo++;
    for (let k = 0; k < lines && row < shape.rows; k++, row++) {
      const gauss = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      const amount = Math.exp(Math.log(120) + 0.8 * gauss);
      buffer += `${orderNo},${customer},${date},${amount.toFixed(2)}\n`;
    }
    if (buffer.length > 1 << 20) {
      const chunk = encode(buffer);
      bytes += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
      buffer = '';
    }
  }
  const last = encode(buffer);
  bytes += last.length;
  out.end(last);
  await once(out, 'finish');
  return bytes;
}
