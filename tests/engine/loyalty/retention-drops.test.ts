import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retentionDrops } from '~/engine/loyalty/retention-drops';

describe('retentionDrops', () => {
  it('finds where chapter 9’s January cohort loses most: the first month', () => {
    // By hand: 1 → 0.55 loses 0.45; 0.55 → 0.45 loses 0.10 (90 ÷ 110 ≈ 0.8182); 0.45 → 0.40 loses 0.05 (80 ÷ 90 ≈ 0.8889).
    const result = retentionDrops(Object.freeze([1, 0.55, 0.45, 0.4]));
    expect(result.steps.map((s) => s.period)).toEqual([1, 2, 3]);
    expect(result.steps.map((s) => s.drop)).toEqual([expect.closeTo(0.45, 12), expect.closeTo(0.1, 12), expect.closeTo(0.05, 12)]);
    expect(result.steps.map((s) => s.stepRetention)).toEqual([0.55, expect.closeTo(0.818182, 6), expect.closeTo(0.888889, 6)]);
    expect(result.largest.map((s) => s.period)).toEqual([1, 2, 3]);
  });

  it('skips steps with an unknown end and a step from zero has no step retention', () => {
    const result = retentionDrops([1, null, 0.5, 0, 0]);
    expect(result.steps).toEqual([
      { period: 3, drop: 0.5, stepRetention: 0 },
      { period: 4, drop: 0, stepRetention: null },
    ]);
  });

  it('orders by drop, earlier first on ties, and the drops add up to first minus last', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }), (shares) => {
        const result = retentionDrops(shares);
        const total = result.steps.reduce((sum, s) => sum + s.drop, 0);
        expect(total).toBeCloseTo(shares[0]! - shares[shares.length - 1]!, 9);
        for (let i = 1; i < result.largest.length; i++) {
          const [p, q] = [result.largest[i - 1]!, result.largest[i]!];
          expect(p.drop > q.drop || (p.drop === q.drop && p.period < q.period)).toBe(true);
        }
      }),
    );
  });
});
