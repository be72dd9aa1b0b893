import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cohortRetention } from '~/engine/loyalty/cohort-retention';
import { expectEngineError } from '../expect-engine-error';
import { makeTransactions } from '../support/make-transactions';

describe('cohortRetention', () => {
  // By hand: A buys in Jan and Mar (twice in Mar), B in Jan, C in Feb, D in Apr; E only returns.
  const tx = makeTransactions([
    { customer: 'A', date: '2024-01-05', amount: 10 },
    { customer: 'B', date: '2024-01-31', amount: 10 },
    { customer: 'C', date: '2024-02-01', amount: 10 },
    { customer: 'A', date: '2024-03-01', amount: 10 },
    { customer: 'A', date: '2024-03-20', amount: 10 },
    { customer: 'D', date: '2024-04-30', amount: 10 },
    { customer: 'E', date: '2024-02-10', amount: -10 },
  ]);

  it('builds the monthly triangle', () => {
    const result = cohortRetention(tx, { period: 'month' });
    expect(result.periods).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
    expect(result.customers).toBe(4);
    expect(result.cohorts).toEqual([
      { cohort: '2024-01', start: 0, size: 2, active: [2, 0, 1, 0], share: [1, 0, 0.5, 0] },
      { cohort: '2024-02', start: 1, size: 1, active: [1, 0, 0], share: [1, 0, 0] },
      { cohort: '2024-04', start: 3, size: 1, active: [1], share: [1] },
    ]);
  });

  it('builds quarters', () => {
    // Q1: A, B, C (A again in Q1 only); Q2: D.
    const result = cohortRetention(tx, { period: 'quarter' });
    expect(result.periods).toEqual(['2024-Q1', '2024-Q2']);
    expect(result.cohorts).toEqual([
      { cohort: '2024-Q1', start: 0, size: 3, active: [3, 0], share: [1, 0] },
      { cohort: '2024-Q2', start: 1, size: 1, active: [1], share: [1] },
    ]);
  });

  it('crosses a year end', () => {
    const result = cohortRetention(
      makeTransactions([
        { customer: 'A', date: '2023-12-31', amount: 1 },
        { customer: 'A', date: '2024-01-01', amount: 1 },
      ]),
    );
    expect(result.periods).toEqual(['2023-12', '2024-01']);
    expect(result.cohorts[0]!.active).toEqual([1, 1]);
  });

  it('is empty without purchases', () => {
    expect(cohortRetention(makeTransactions([]), { period: 'month' })).toEqual({ period: 'month', periods: [], cohorts: [], customers: 0 });
  });

  it('refuses a span over 600 periods before allocating the triangle (one 9999-12-31 row used to need width²/2 cells)', () => {
    const placeholder = makeTransactions([
      { customer: 'A', date: '2024-01-05', amount: 10 },
      { customer: 'B', date: '9999-12-31', amount: 20 },
    ]);
    const error = expectEngineError(() => cohortRetention(placeholder, { period: 'month' }), 'span-too-long');
    expect(error.message).toContain('购买日期从 2024-01 到 9999-12，跨越 95712 个月，超过同期群表的上限 600 期');
    expectEngineError(() => cohortRetention(placeholder, { period: 'quarter' }), 'span-too-long');
    // 600 months exactly is allowed: 2000-01 … 2049-12.
    const edge = makeTransactions([
      { customer: 'A', date: '2000-01-05', amount: 10 },
      { customer: 'B', date: '2049-12-31', amount: 20 },
    ]);
    expect(cohortRetention(edge, { period: 'month' }).periods).toHaveLength(600);
  });

  it('rejects an unknown period', () => {
    expect(() => cohortRetention(tx, { period: 'week' as never })).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('has cohort sizes adding up to the customers, shares in [0, 1] and rows that reach the last period', () => {
    const row = fc.record({
      customer: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      date: fc.integer({ min: 19_000, max: 19_800 }),
      amount: fc.integer({ min: -5, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.constantFrom('month' as const, 'quarter' as const), (rows, period) => {
        const result = cohortRetention(makeTransactions(rows), { period });
        const buyers = new Set(rows.filter((r) => r.amount >= 0).map((r) => r.customer));
        expect(result.customers).toBe(buyers.size);
        expect(result.cohorts.reduce((sum, c) => sum + c.size, 0)).toBe(buyers.size);
        for (const cohort of result.cohorts) {
          expect(cohort.active.length).toBe(result.periods.length - cohort.start);
          expect(cohort.share[0]).toBe(1);
          cohort.share.forEach((s) => {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(1);
          });
        }
      }),
    );
  });
});
