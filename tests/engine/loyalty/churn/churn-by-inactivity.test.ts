import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { churnByInactivity } from '~/engine/loyalty/churn/churn-by-inactivity';
import { makeTransactions } from '../../support/make-transactions';

describe('churnByInactivity', () => {
  // By hand: last purchases A day 10, B day 95, C day 60 (a later return on day 99 is not a purchase).
  const tx = makeTransactions([
    { customer: 'A', date: 5, amount: 10 },
    { customer: 'A', date: 10, amount: 10 },
    { customer: 'B', date: 95, amount: 10 },
    { customer: 'C', date: 60, amount: 10 },
    { customer: 'C', date: 99, amount: -10 },
  ]);

  it('counts customers silent for more than the window', () => {
    // asOf 100: A 90 days, B 5, C 40. Window 30: A and C churned → 2/3.
    const result = churnByInactivity(tx, { windowDays: 30, asOf: 100 });
    expect(result).toEqual({
      asOf: 100,
      windowDays: 30,
      customers: 3,
      churned: 2,
      rate: 2 / 3,
      churnedCustomers: [
        { customer: 'A', lastPurchase: 10, daysInactive: 90 },
        { customer: 'C', lastPurchase: 60, daysInactive: 40 },
      ],
    });
  });

  it('treats exactly the window as not yet churned', () => {
    expect(churnByInactivity(tx, { windowDays: 40, asOf: 100 }).churned).toBe(1);
  });

  it('defaults to the day after the latest row (returns included) and reads only rows before asOf', () => {
    // Latest row: day 99 → asOf 100, as above.
    expect(churnByInactivity(tx, { windowDays: 30 }).asOf).toBe(100);
    // asOf 50: B (day 95) and C (day 60) have not bought yet; A is 40 days silent.
    const earlier = churnByInactivity(tx, { windowDays: 30, asOf: 50 });
    expect(earlier.customers).toBe(1);
    expect(earlier.churnedCustomers).toEqual([{ customer: 'A', lastPurchase: 10, daysInactive: 40 }]);
  });

  it('has no rate without customers', () => {
    expect(churnByInactivity(makeTransactions([]), { windowDays: 30 }).rate).toBeNull();
  });

  it.each([[{ windowDays: 0 }], [{ windowDays: Number.NaN }], [{ windowDays: 30, asOf: 1.5 }]])('rejects %j', (options) => {
    expect(() => churnByInactivity(tx, options)).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('gives a rate in [0, 1] that never rises when the window grows', () => {
    const row = fc.record({ customer: fc.constantFrom('a', 'b', 'c', 'd'), date: fc.integer({ min: 0, max: 365 }), amount: fc.integer({ min: -5, max: 20 }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 }), (rows, window, extra) => {
        const tx = makeTransactions(rows);
        const narrow = churnByInactivity(tx, { windowDays: window });
        const wide = churnByInactivity(tx, { windowDays: window + extra });
        if (narrow.rate !== null) {
          expect(narrow.rate).toBeGreaterThanOrEqual(0);
          expect(narrow.rate).toBeLessThanOrEqual(1);
        }
        expect(wide.churned).toBeLessThanOrEqual(narrow.churned);
        narrow.churnedCustomers.forEach((c) => expect(c.daysInactive).toBeGreaterThan(window));
      }),
    );
  });
});
