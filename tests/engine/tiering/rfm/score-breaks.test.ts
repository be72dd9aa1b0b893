import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantileCutPoints, scoreByBreaks } from '~/engine/tiering/rfm';
import { expectEngineError } from '../../expect-engine-error';

describe('quantileCutPoints', () => {
  // By hand: type-7 quantiles at k/bins, plus 1.
  it.each([
    { values: [1, 2, 3, 4, 5], bins: 2, cuts: [4] }, // median 3
    { values: [2, 1, 2, 3, 1, 1], bins: 5, cuts: [2, 2, 3, 3] }, // sorted 1 1 1 2 2 3; h = 2, 3, 4, 5
    { values: [10, 20, 30, 40, 50], bins: 5, cuts: [19, 27, 35, 43] }, // h = 1.8, 2.6, 3.4, 4.2
    { values: [4, 4, 4], bins: 3, cuts: [5, 5] },
  ])('$values in $bins bins → $cuts', ({ values, bins, cuts }) => {
    const got = quantileCutPoints(Object.freeze(values), bins);
    expect(got).toHaveLength(cuts.length);
    got.forEach((v, i) => expect(v).toBeCloseTo(cuts[i]!, 12));
  });

  it('rejects no values and bad bins', () => {
    expectEngineError(() => quantileCutPoints([], 5), 'no-values');
    expectEngineError(() => quantileCutPoints([1], 0), 'invalid-bins');
  });
});

describe('scoreByBreaks', () => {
  it.each([
    // [min, 4) → 1, [4, 6) → 2, [6, max+1) → 3; recency runs the other way.
    { values: [1, 4, 5, 9], cuts: [4, 6], better: 'higher', scores: [1, 2, 2, 3] },
    { values: [1, 4, 5, 9], cuts: [4, 6], better: 'lower', scores: [3, 2, 2, 1] },
    // equal cut points leave score 2 unused
    { values: [1, 2, 3, 4], cuts: [2, 2, 3, 3], better: 'higher', scores: [1, 3, 5, 5] },
    { values: [1, 2, 3, 4], cuts: [2, 2, 3, 3], better: 'lower', scores: [5, 3, 1, 1] },
    // cut points with decimals, as R gives: 297.4 starts the 4th interval
    { values: [297, 297.4, 298], cuts: [115, 181, 297.4, 482], better: 'lower', scores: [3, 2, 2] },
  ] as const)('$values against $cuts ($better) → $scores', ({ values, cuts, better, scores }) => {
    expect(Array.from(scoreByBreaks(Object.freeze([...values]), Object.freeze([...cuts]), better))).toEqual(scores);
  });

  it('scores every value in 1..bins and never ranks a larger value lower (higher is better)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (values, bins) => {
        const s = scoreByBreaks(values, quantileCutPoints(values, bins), 'higher');
        values.forEach((v, i) => {
          expect(s[i]).toBeGreaterThanOrEqual(1);
          expect(s[i]).toBeLessThanOrEqual(bins);
          values.forEach((w, j) => {
            if (v >= w) expect(s[i]).toBeGreaterThanOrEqual(s[j]!);
          });
        });
      }),
    );
  });
});
