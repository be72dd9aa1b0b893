import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { repurchaseRate } from '~/engine/loyalty/repurchase-rate';
import { makeTransactions } from '../support/make-transactions';
import { readDatasetCsv } from '../support/read-dataset-csv';

describe('repurchaseRate', () => {
  it('counts distinct orders when the data has them', () => {
    // By hand: A has orders 1 and 2, B only order 3 (two rows), C orders 4, 5 (and a return 6), D only returns.
    // Buying customers A, B, C; repeat: A, C → 2/3.
    const tx = makeTransactions([
      { customer: 'A', date: '2024-01-01', amount: 10, order: '1' },
      { customer: 'A', date: '2024-01-01', amount: 5, order: '2' },
      { customer: 'B', date: '2024-01-02', amount: 7, order: '3' },
      { customer: 'B', date: '2024-01-02', amount: 8, order: '3' },
      { customer: 'C', date: '2024-01-03', amount: 1, order: '4' },
      { customer: 'C', date: '2024-02-03', amount: 0, order: '5' },
      { customer: 'C', date: '2024-02-04', amount: -1, order: '6' },
      { customer: 'D', date: '2024-02-04', amount: -9, order: '7' },
    ]);
    expect(repurchaseRate(tx)).toEqual({ by: 'order', customers: 3, repeatCustomers: 2, rate: 2 / 3 });
    // By day, A's two orders fall on one day: only C repeats → 1/3.
    expect(repurchaseRate(tx, { by: 'day' })).toEqual({ by: 'day', customers: 3, repeatCustomers: 1, rate: 1 / 3 });
  });

  it('counts purchase days without an order column, and says so', () => {
    const tx = makeTransactions([
      { customer: 'A', date: 1, amount: 10 },
      { customer: 'A', date: 1, amount: 10 },
      { customer: 'B', date: 1, amount: 10 },
      { customer: 'B', date: 2, amount: 10 },
    ]);
    expect(repurchaseRate(tx)).toEqual({ by: 'day', customers: 2, repeatCustomers: 1, rate: 0.5 });
    expect(() => repurchaseRate(tx, { by: 'order' })).toThrowError(expect.objectContaining({ code: 'no-order-column' }));
  });

  it('has no rate without customers', () => {
    expect(repurchaseRate(makeTransactions([]))).toEqual({ by: 'day', customers: 0, repeatCustomers: 0, rate: null });
  });

  it('on the CDNOW sample: 1,139 of 2,357 customers bought on two days or more', () => {
    // Checked with awk on public/datasets/cdnow-sample.csv: distinct (customer_id, date) pairs per customer.
    const rows = readDatasetCsv('cdnow-sample.csv').map((row) => ({ customer: row.customer_id!, date: row.date!, amount: Number(row.amount) }));
    const result = repurchaseRate(makeTransactions(rows));
    expect(result.customers).toBe(2357);
    expect(result.repeatCustomers).toBe(1139);
  });

  it('gives a rate in [0, 1] and never more repeat customers than customers', () => {
    const row = fc.record({
      customer: fc.constantFrom('a', 'b', 'c'),
      date: fc.integer({ min: 0, max: 10 }),
      amount: fc.integer({ min: -5, max: 5 }),
      order: fc.constantFrom('o1', 'o2', 'o3', 'o4'),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.constantFrom('order' as const, 'day' as const), (rows, by) => {
        const result = repurchaseRate(makeTransactions(rows), { by });
        expect(result.repeatCustomers).toBeLessThanOrEqual(result.customers);
        if (result.rate !== null) {
          expect(result.rate).toBeGreaterThanOrEqual(0);
          expect(result.rate).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
