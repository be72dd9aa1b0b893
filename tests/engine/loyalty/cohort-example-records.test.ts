import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortExampleRecords, COHORT_CHAPTER_EXAMPLE } from '~/engine/loyalty/cohort-example-records';
import { cohortRetention } from '~/engine/loyalty/cohort-retention';
import { repurchaseRate } from '~/engine/loyalty/repurchase-rate';
import { pooledCohortRetention } from '~/engine/loyalty/retention/pooled-cohort-retention';
import { transactionsFromRecords } from '~/engine/core/transactions-from-records';
import { expectEngineError } from '../expect-engine-error';

const fixture = JSON.parse(readFileSync('tests/fixtures/chapter-examples/09-customer-loyalty.json', 'utf8')) as { id: string; input: { cohorts: { active: number[] }[] }; expected: { share: number[][]; weightedShare: number[] } }[];
const douye = fixture.find((f) => f.id === 'cohort-retention-douye')!;

describe('cohortExampleRecords', () => {
  it('writes a small table out as purchases on the 5th and the 15th', () => {
    // By hand: cohort 2024-12 of 2, one of them active the next month (January 2025).
    expect(cohortExampleRecords([{ cohort: '2024-12', active: [2, 1] }])).toEqual([
      { customer: '2412-001', date: '2024-12-05', amount: 30 },
      { customer: '2412-002', date: '2024-12-05', amount: 30 },
      { customer: '2412-001', date: '2025-01-15', amount: 30 },
    ]);
  });

  it('reads back as chapter 9’s 豆叶咖啡 table (fixture checked by hand and with Python)', () => {
    const table = cohortRetention(transactionsFromRecords(cohortExampleRecords(COHORT_CHAPTER_EXAMPLE)), { period: 'month' });
    expect(table.periods).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
    expect(table.cohorts.map((c) => c.active)).toEqual(douye.input.cohorts.map((c) => c.active));
    table.cohorts.forEach((c, i) => c.share.forEach((s, k) => expect(s).toBeCloseTo(douye.expected.share[i]![k]!, 6)));
    const pooled = pooledCohortRetention(table.cohorts);
    pooled.share.forEach((s, k) => expect(s).toBeCloseTo(douye.expected.weightedShare[k]!, 6));
  });

  it('gives the repeat-purchase rate of the example: members active in any later month repeat', () => {
    // By hand: the first 110 of January, 150 of February and 80 of March bought again; 340 of 610.
    const rate = repurchaseRate(transactionsFromRecords(cohortExampleRecords(COHORT_CHAPTER_EXAMPLE)));
    expect(rate).toEqual({ by: 'day', customers: 610, repeatCustomers: 340, rate: 340 / 610 });
  });

  it('rejects a malformed month or a count above the cohort size', () => {
    expectEngineError(() => cohortExampleRecords([{ cohort: '2024-13', active: [1] }]), 'invalid-argument');
    expectEngineError(() => cohortExampleRecords([{ cohort: '2024-01', active: [1, 2] }]), 'invalid-count');
  });

  it('always reads back as the counts it was given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }), (size, fractions) => {
        const active = [size, ...fractions.map((f) => Math.floor(f * size))];
        const table = cohortRetention(transactionsFromRecords(cohortExampleRecords([{ cohort: '2023-11', active }])), { period: 'month' });
        // The data ends with the last month anybody bought in, so trailing zero months are not in the table.
        const row = table.cohorts[0]!.active;
        expect(row.length).toBeLessThanOrEqual(active.length);
        active.forEach((n, k) => expect(row[k] ?? 0).toBe(n));
      }),
    );
  });
});
