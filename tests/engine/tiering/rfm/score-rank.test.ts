import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreByRank } from '~/engine/tiering/rfm';
import { expectEngineError } from '../../expect-engine-error';

/** docs/contracts.md §5 read literally, O(N²): 1 + floor(bins × L / N), L = values strictly worse. */
function naiveScores(values: readonly number[], bins: number, better: 'higher' | 'lower'): number[] {
  return values.map((v) => {
    const worse = values.filter((w) => (better === 'higher' ? w < v : w > v)).length;
    return 1 + Math.floor((bins * worse) / values.length);
  });
}

describe('scoreByRank', () => {
  // Each row worked by hand from 1 + floor(bins·L/N).
  it.each([
    { values: [10, 20, 20, 40], bins: 4, better: 'higher', scores: [1, 2, 2, 4] }, // L = 0, 1, 1, 3
    { values: [3, 1, 2], bins: 3, better: 'lower', scores: [1, 3, 2] }, // L = 0, 2, 1
    { values: [7, 7, 7], bins: 5, better: 'higher', scores: [1, 1, 1] }, // all tied: L = 0
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], bins: 5, better: 'higher', scores: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5] },
    { values: [1, 2], bins: 5, better: 'higher', scores: [1, 3] }, // L = 1: 1 + floor(5/2) = 3
    { values: [-5, 0, 5], bins: 3, better: 'higher', scores: [1, 2, 3] },
    { values: [6, 11, 5, 16, 5, 8], bins: 5, better: 'lower', scores: [3, 1, 4, 1, 4, 2] }, // L = 3, 1, 4, 0, 4, 2 of N = 6
    { values: [], bins: 5, better: 'higher', scores: [] },
  ] as const)('$values, $bins bins, $better is better → $scores', ({ values, bins, better, scores }) => {
    expect(Array.from(scoreByRank(Object.freeze([...values]), bins, better))).toEqual(scores);
  });

  it('accepts typed arrays', () => {
    expect(Array.from(scoreByRank(new Int32Array([4, 2, 9]), 3, 'higher'))).toEqual([2, 1, 3]);
  });

  it('rejects bad bins and values that are not finite', () => {
    expectEngineError(() => scoreByRank([1, 2], 0, 'higher'), 'invalid-bins');
    expectEngineError(() => scoreByRank([1, 2], 2.5, 'higher'), 'invalid-bins');
    expectEngineError(() => scoreByRank([1, Number.NaN], 5, 'higher'), 'invalid-value');
    expectEngineError(() => scoreByRank([1, Number.POSITIVE_INFINITY], 5, 'lower'), 'invalid-value');
  });

  const valuesArb = fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 80 });
  const binsArb = fc.integer({ min: 1, max: 9 });
  const betterArb = fc.constantFrom('higher' as const, 'lower' as const);

  it('agrees with the definition read literally', () => {
    fc.assert(
      fc.property(valuesArb, binsArb, betterArb, (values, bins, better) => {
        expect(Array.from(scoreByRank(values, bins, better))).toEqual(naiveScores(values, bins, better));
      }),
    );
  });

  it('agrees with the definition for values that are not counted: fractions, and whole numbers far apart', () => {
    const spread = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(0.5, 1, 2));
    fc.assert(
      fc.property(fc.array(spread, { maxLength: 60 }), binsArb, betterArb, (values, bins, better) => {
        expect(Array.from(scoreByRank(values, bins, better))).toEqual(naiveScores(values, bins, better));
      }),
    );
  });

  it('counts whole numbers of a small range: 100,000 customers’ recency in days, checked against the definition at sampled values', () => {
    // Recency 1–1000 days, each value taken 100 times: for value v, L (higher is better) = 100·(v − 1).
    const values = Int32Array.from({ length: 100_000 }, (_, i) => 1 + (i % 1000));
    const higher = scoreByRank(values, 5, 'higher');
    const lower = scoreByRank(values, 5, 'lower');
    for (const i of [0, 199, 200, 999, 500, 1999]) {
      const v = values[i]!;
      expect(higher[i]).toBe(1 + Math.floor((5 * 100 * (v - 1)) / 100_000));
      expect(lower[i]).toBe(1 + Math.floor((5 * 100 * (1000 - v)) / 100_000));
    }
    expect(higher[999]).toBe(5); // v = 1000: L = 99,900 → 1 + floor(4.995) = 5
    expect(lower[0]).toBe(5); // v = 1: L = 99,900
  });

  it('gives scores in 1..bins, equal scores to equal values, and never ranks a better value lower', () => {
    fc.assert(
      fc.property(valuesArb, binsArb, betterArb, (values, bins, better) => {
        const s = scoreByRank(values, bins, better);
        for (let i = 0; i < values.length; i++) {
          expect(s[i]).toBeGreaterThanOrEqual(1);
          expect(s[i]).toBeLessThanOrEqual(bins);
          for (let j = 0; j < values.length; j++) {
            const iBetter = better === 'higher' ? values[i]! >= values[j]! : values[i]! <= values[j]!;
            if (iBetter) expect(s[i]).toBeGreaterThanOrEqual(s[j]!);
          }
        }
      }),
    );
  });

  it('scores the worst value 1 and, for distinct values with N ≥ bins, the best value bins', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 9, maxLength: 60 }), binsArb, (values, bins) => {
        const s = scoreByRank(values, bins, 'higher');
        const best = values.indexOf(Math.max(...values));
        const worst = values.indexOf(Math.min(...values));
        expect(s[best]).toBe(bins);
        expect(s[worst]).toBe(1);
      }),
    );
  });

  it('treats lower-is-better as higher-is-better on the negated values', () => {
    fc.assert(
      fc.property(valuesArb, binsArb, (values, bins) => {
        expect(scoreByRank(values, bins, 'lower')).toEqual(scoreByRank(values.map((v) => -v), bins, 'higher'));
      }),
    );
  });
});
