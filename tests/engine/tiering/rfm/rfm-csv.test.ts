import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { computeRfm, rfmCustomersToCsv, RFM_CHAPTER_EXAMPLE } from '~/engine/tiering/rfm';
import { transactionsFromRecords } from '~/engine/core/transactions-from-records';
import { PROCESS_TIMEOUT } from '../../../helpers/timeouts';
import { scratchDir } from '../../../helpers/scratch-dirs';

vi.setConfig({ testTimeout: PROCESS_TIMEOUT, hookTimeout: PROCESS_TIMEOUT });

const root = fileURLToPath(new URL('../../../..', import.meta.url));

describe('rfmCustomersToCsv', () => {
  const result = computeRfm(transactionsFromRecords(RFM_CHAPTER_EXAMPLE.records), { bins: 5 });
  const csv = rfmCustomersToCsv(result.customers);

  it('writes the chapter’s table with a BOM and CRLF, numbers as numbers', () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFF客户,最近购买距今(天),购买频次,消费金额,R,F,M,RFM,客户群,segmentKey');
    // The chapter's table rows for C01 and C10 (worked by hand in the chapter).
    expect(lines[1]).toBe('C01,3,5,1680,5,5,5,555,重要价值客户,important-value');
    expect(lines[10]).toBe('C10,34,3,640,3,3,3,333,一般挽留客户,general-winback');
    expect(lines).toHaveLength(12); // header, ten members, and the empty string after the last CRLF
  });

  it('writes the monetary value to cents, without the binary noise of a sum', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary; 328.09000000000003 came out of the retail data this way.
    const noisy = computeRfm(transactionsFromRecords([
      { customer: 'A', date: '2024-01-01', amount: 0.1 },
      { customer: 'A', date: '2024-01-02', amount: 0.2 },
      { customer: 'B', date: '2024-01-03', amount: 10 },
    ]), { bins: 2 });
    expect(noisy.customers.find((c) => c.customer === 'A')!.monetary).not.toBe(0.3);
    const lines = rfmCustomersToCsv(noisy.customers).split('\r\n');
    expect(lines.find((l) => l.startsWith('A,'))).toMatch(/^A,\d+,2,0\.3,/);
  });

  it('neutralises customer ids that a spreadsheet would run as formulas', () => {
    const hostile = computeRfm(transactionsFromRecords([
      { customer: '=HYPERLINK("x")', date: '2024-01-01', amount: 10 },
      { customer: '@SUM(1)', date: '2024-01-02', amount: 20 },
    ]), { bins: 2 });
    const lines = rfmCustomersToCsv(hostile.customers).split('\r\n');
    expect(lines[1]!.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
    expect(lines[2]!.startsWith(`'@SUM(1),`)).toBe(true);
  });

  it('is byte for byte what `crm rfm --out` writes for the same file (the command line is the reference)', () => {
    const dir = scratchDir('rfm-csv-');
    const input = join(dir, 'members.csv');
    const output = join(dir, 'scored.csv');
    writeFileSync(input, `会员号,日期,消费金额\n${RFM_CHAPTER_EXAMPLE.records.map((r) => `${r.customer},${r.date},${r.amount}`).join('\n')}\n`);
    const run = spawnSync(process.execPath, ['scripts/crm.mjs', 'rfm', input, '--out', output], { cwd: root, encoding: 'utf8', timeout: PROCESS_TIMEOUT });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(csv);
  });
});
