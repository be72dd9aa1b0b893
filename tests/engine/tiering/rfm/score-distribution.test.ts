import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeRfm, rfmScoreDistribution, RFM_CHAPTER_EXAMPLE } from '~/engine/tiering/rfm';
import { transactionsFromRecords } from '~/engine/core/transactions-from-records';
import { expectEngineError } from '../../expect-engine-error';

const example = computeRfm(transactionsFromRecords(RFM_CHAPTER_EXAMPLE.records), { bins: 5 });

describe('rfmScoreDistribution on chapter 6’s ten members (5 bins)', () => {
  // From the chapter's table (checked by hand): two members per score on every measure;
  // R 5 = C01 (3 days), C05 (1); R 1 = C04 (74), C08 (87); M 4 = C03 (1,260), C04 (980); …
  const d = rfmScoreDistribution(Object.freeze(example.customers), 5);

  it.each([
    ['recency', [[1, 2, 74, 87], [2, 2, 42, 52], [3, 2, 21, 34], [4, 2, 6, 11], [5, 2, 1, 3]]],
    ['frequency', [[1, 2, 1, 1], [2, 2, 2, 2], [3, 2, 3, 3], [4, 2, 4, 4], [5, 2, 5, 5]]],
    ['monetary', [[1, 2, 60, 85], [2, 2, 310, 420], [3, 2, 520, 640], [4, 2, 980, 1260], [5, 2, 1450, 1680]]],
  ] as const)('%s', (measure, levels) => {
    expect(d[measure].map((l) => [l.score, l.customers, l.min, l.max])).toEqual(levels);
  });

  it('reports an unused score as empty (9 bins on ten members)', () => {
    const nine = rfmScoreDistribution(computeRfm(transactionsFromRecords(RFM_CHAPTER_EXAMPLE.records), { bins: 9 }).customers, 9);
    // By hand: F values 1,1,2,2,3,3,4,4,5,5 give L = 0, 2, 4, 6, 8 and scores 1 + floor(9L/10) = 1, 2, 4, 6, 8,
    // so 3, 5, 7 and 9 are unused.
    expect(nine.frequency.map((l) => l.customers)).toEqual([2, 2, 0, 2, 0, 2, 0, 2, 0]);
    expect(nine.frequency[2]).toEqual({ score: 3, customers: 0, min: null, max: null });
  });

  it('rejects bins that are not a whole number', () => {
    expectEngineError(() => rfmScoreDistribution([], 2.5), 'invalid-bins');
  });
});

describe('rfmScoreDistribution invariants (property)', () => {
  const tx = fc.array(
    fc.record({ customer: fc.integer({ min: 1, max: 40 }).map(String), day: fc.integer({ min: 0, max: 400 }), amount: fc.integer({ min: -50, max: 500 }).filter((a) => a !== 0) }),
    { minLength: 1, maxLength: 120 },
  ).filter((rows) => rows.some((r) => r.amount > 0));

  it('counts every customer once per measure, and (rank method) higher scores cover better values', () => {
    fc.assert(
      fc.property(tx, fc.integer({ min: 2, max: 9 }), (rows, bins) => {
        const records = rows.map((r) => ({ customer: r.customer, date: new Date(Date.UTC(2024, 0, 1 + r.day)).toISOString().slice(0, 10), amount: r.amount }));
        const result = computeRfm(transactionsFromRecords(records), { bins, asOf: 21_000 });
        const d = rfmScoreDistribution(result.customers, bins);
        for (const [measure, better] of [['recency', -1], ['frequency', 1], ['monetary', 1]] as const) {
          expect(d[measure].reduce((s, l) => s + l.customers, 0)).toBe(result.customers.length);
          const used = d[measure].filter((l) => l.customers > 0);
          used.forEach((l) => expect(l.min!).toBeLessThanOrEqual(l.max!));
          // Rank scores never overlap: every value behind score k+1 is better than every value behind score k.
          for (let k = 1; k < used.length; k++) {
            if (better === 1) expect(used[k]!.min!).toBeGreaterThan(used[k - 1]!.max!);
            else expect(used[k]!.max!).toBeLessThan(used[k - 1]!.min!);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
