import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pooledCohortRetention } from '~/engine/loyalty';
import { cohortRetention } from '~/engine/loyalty';
import { transactionsFromRecords } from '~/engine/core/transactions-from-records';
import { expectEngineError } from '../../expect-engine-error';

describe('pooledCohortRetention', () => {
  it('weights each cohort by its size and drops cohorts not yet observed (worked by hand)', () => {
    // age 1: (30 + 20) / (100 + 50) = 1/3; age 2: only the first cohort, 10/100.
    // The plain mean of the row shares at age 1 would be (0.3 + 0.4) / 2 = 0.35 instead.
    const result = pooledCohortRetention(Object.freeze([Object.freeze({ size: 100, active: [100, 30, 10] }), Object.freeze({ size: 50, active: [50, 20] })]));
    expect(result.share[0]).toBe(1);
    expect(result.share[1]).toBeCloseTo(1 / 3, 12);
    expect(result.share[2]).toBeCloseTo(0.1, 12);
    expect(result.active).toEqual([150, 50, 10]);
    expect(result.base).toEqual([150, 150, 100]);
  });

  it('reads the cohorts of cohortRetention directly', () => {
    // A, B join in January (A back in February), C joins in February and comes back in March.
    const tx = transactionsFromRecords([
      { customer: 'A', date: '2024-01-05', amount: 10 },
      { customer: 'B', date: '2024-01-09', amount: 10 },
      { customer: 'A', date: '2024-02-03', amount: 10 },
      { customer: 'C', date: '2024-02-20', amount: 10 },
      { customer: 'C', date: '2024-03-01', amount: 10 },
    ]);
    // age 1: January 1 of 2 (A), February 1 of 1 (C) → 2/3; age 2: January only, 0 of 2.
    const result = pooledCohortRetention(cohortRetention(tx, { period: 'month' }).cohorts);
    expect(result.share).toEqual([1, 2 / 3, 0]);
  });

  it('has no share where every cohort observed is empty, and rejects inconsistent rows', () => {
    expect(pooledCohortRetention([{ size: 0, active: [0, 0] }]).share).toEqual([null, null]);
    expectEngineError(() => pooledCohortRetention([]), 'invalid-argument');
    expectEngineError(() => pooledCohortRetention([{ size: 10, active: [9, 5] }]), 'invalid-argument');
    expectEngineError(() => pooledCohortRetention([{ size: 10, active: [10, 11] }]), 'invalid-count');
    expectEngineError(() => pooledCohortRetention([{ size: 10, active: [10, -1] }]), 'invalid-count');
  });

  it('lies between the lowest and highest cohort share at each age (property)', () => {
    const cohort = fc.integer({ min: 1, max: 500 }).chain((size) =>
      fc.array(fc.integer({ min: 0, max: size }), { maxLength: 6 }).map((later) => ({ size, active: [size, ...later] })),
    );
    fc.assert(
      fc.property(fc.array(cohort, { minLength: 1, maxLength: 6 }), (cohorts) => {
        const { share } = pooledCohortRetention(cohorts);
        share.forEach((s, k) => {
          const shares = cohorts.filter((c) => c.active.length > k).map((c) => c.active[k]! / c.size);
          expect(s!).toBeGreaterThanOrEqual(Math.min(...shares) - 1e-12);
          expect(s!).toBeLessThanOrEqual(Math.max(...shares) + 1e-12);
        });
      }),
    );
  });
});
