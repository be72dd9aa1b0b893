import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantileType7 } from '~/engine/tiering/rfm';
import { expectEngineError } from '../../expect-engine-error';

describe('quantileType7', () => {
  // Expected values worked by hand with h = 1 + (n − 1)p and checked against R 4.x `quantile(x, p)`
  // (type 7 is R's default): e.g. quantile(1:10, 0.33) = 3.97.
  it.each([
    [[1, 2, 3, 4], 0.5, 2.5],
    [[10, 20, 30, 40, 50], 0.2, 18],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.33, 3.97],
    [[5], 0.7, 5],
    [[1, 1, 1, 2, 2, 3], 0.6, 2], // h = 4: exactly the 4th value
    [[2, 4], 0, 2],
    [[2, 4], 1, 4],
    [[-3, -1, 0], 0.25, -2], // h = 1.5: halfway between −3 and −1
  ])('quantile(%j, %d) = %d', (values, p, expected) => {
    expect(quantileType7(Object.freeze(values), p)).toBeCloseTo(expected, 12);
  });

  it('rejects an empty array and a probability outside [0, 1]', () => {
    expectEngineError(() => quantileType7([], 0.5), 'no-values');
    expectEngineError(() => quantileType7([1, 2], 1.5), 'invalid-probability');
    expectEngineError(() => quantileType7([1, 2], Number.NaN), 'invalid-probability');
  });

  it('stays between the neighbouring order statistics and rises with p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (raw, p1, p2) => {
          const sorted = [...raw].sort((a, b) => a - b);
          const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
          const q = quantileType7(sorted, lo);
          const h = 1 + (sorted.length - 1) * lo;
          expect(q).toBeGreaterThanOrEqual(sorted[Math.floor(h) - 1]! - 1e-9);
          expect(q).toBeLessThanOrEqual(sorted[Math.ceil(h) - 1]! + 1e-9);
          expect(quantileType7(sorted, hi)).toBeGreaterThanOrEqual(q - 1e-9 * (1 + Math.abs(q)));
        },
      ),
    );
  });
});
