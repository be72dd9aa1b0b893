// The RFM calculator's e2e helpers: chapter 6, the command line's reference results, a large upload.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../../helpers/scratch-dirs';

export const CHAPTER6 = '/chapters/06-customer-tiering/';

/** `npm run --silent crm -- rfm <file> --json …`: the command line's result, the reference the widget's export must match. */
export function crmRfm(file: string, ...options: string[]): { asof: string; customers: Record<string, string | number>[] } {
  const run = spawnSync('npm', ['run', '--silent', 'crm', '--', 'rfm', file, '--json', ...options], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`crm rfm failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** `crm rfm <file> --out x.csv …`: the bytes of the command line's CSV, which the widget's export must equal. */
export function crmRfmCsv(file: string, ...options: string[]): string {
  const out = join(scratchDir('crm-rfm-'), 'rfm.csv');
  const run = spawnSync('npm', ['run', '--silent', 'crm', '--', 'rfm', file, '--out', out, ...options], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`crm rfm --out failed: ${run.stderr}`);
  return readFileSync(out, 'utf8');
}

/** A transaction file of `rows` rows (about rows / 10 customers over two years), seeded, for the performance check. */
export function writeBigTransactions(dir: string, rows: number): string {
  let seed = 20240601;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lines = ['订单号,会员号,下单时间,实付金额'];
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < rows; i++) {
    const customer = `M${String(Math.floor(random() * (rows / 10))).padStart(6, '0')}`;
    const day = new Date(start + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
    const amount = (random() < 0.03 ? -1 : 1) * Math.round(random() * 50000) / 100;
    lines.push(`D${i + 1},${customer},${day} ${String(8 + Math.floor(random() * 12)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')},${amount}`);
  }
  const path = join(dir, `transactions-${rows}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
