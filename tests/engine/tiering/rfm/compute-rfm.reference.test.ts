// Reference: the R package `rfm` 0.3.0's sample orders (public/datasets/rfm-orders.csv, MIT), scored
// with analysis date 2006-12-31, the package's quantile breaks and 5 bins. Expected cut points and the
// segment table are the published ones (the package's introduction vignette, copied into
// /work/shared/datasets/README.md); nothing below was taken from this code's own output.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeRfm } from '~/engine/tiering/rfm';
import { dayFromYmd } from '~/engine/core/dates';
import { makeTransactions, type Row } from './make-transactions';

function readRfmOrders(): Row[] {
  const file = fileURLToPath(new URL('../../../../public/datasets/rfm-orders.csv', import.meta.url));
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const header = lines[0]!.split(',');
  const col = (name: string) => header.indexOf(name);
  const [c, d, r] = [col('customer_id'), col('order_date'), col('revenue')];
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    return [cells[c]!, cells[d]!, Number(cells[r])] as const;
  });
}

describe('computeRfm on the R package rfm sample orders (breaks, rfm10)', () => {
  const rows = readRfmOrders();
  const result = computeRfm(makeTransactions(rows), { asOf: dayFromYmd(2006, 12, 31), method: 'breaks', bins: 5, segments: 'rfm10' });

  it('reads 4,906 orders of 995 customers (dataset README)', () => {
    expect(rows).toHaveLength(4906);
    expect(result.customers).toHaveLength(995);
  });

  it('reproduces the published cut points', () => {
    const { recency, frequency, monetary } = result.breaks!;
    recency.forEach((v, i) => expect(v).toBeCloseTo([115, 181, 297.4, 482][i]!, 9));
    expect(frequency).toEqual([4, 5, 6, 8]);
    monetary.forEach((v, i) => expect(v).toBeCloseTo([255.8, 382, 506.4, 666][i]!, 9));
  });

  it.each([
    ['Potential Loyalist', 342, 2211, 204856],
    ['Loyal Customers', 170, 799, 76562],
    ['Lost', 148, 393, 35324],
    ['New Customers', 104, 329, 28837],
    ['About To Sleep', 102, 283, 23449],
    ["Can't Lose Them", 47, 274, 32446],
    ['Champions', 35, 316, 31646],
    ['At Risk', 28, 216, 22227],
    ['Need Attention', 10, 57, 4562],
    ['Promising', 9, 28, 4249],
    ['Others', 0, 0, 0],
  ])('%s: %i customers, %i orders, revenue %i', (key, customers, orders, revenue) => {
    const row = result.segments.find((s) => s.segmentKey === key)!;
    expect(row).toMatchObject({ customers, orders });
    expect(row.revenue).toBeCloseTo(revenue, 6);
  });

  it('lists all eleven segments in the model order, with no warnings', () => {
    expect(result.segments.map((s) => s.segmentKey)).toEqual([
      'Champions', 'Potential Loyalist', 'Loyal Customers', 'Promising', 'New Customers', "Can't Lose Them",
      'At Risk', 'Need Attention', 'About To Sleep', 'Lost', 'Others',
    ]);
    expect(result.warnings).toEqual([]);
  });
});
