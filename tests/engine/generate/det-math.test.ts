import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detExp, detLog, detPow, detSqrt } from '~/engine/generate/det-math';

// Reference values: Math.E, Math.LN2 and ln 10 = 2.302585092994046 (Abramowitz & Stegun table 4.1);
// the rest are compared with V8's Math.exp / Math.log (fdlibm), which are accurate to < 1 ulp.
describe('detExp and detLog, by hand', () => {
  it.each([
    [0, 1],
    [1, Math.E],
    [-1, 1 / Math.E],
    [Math.LN2, 2],
    [10 * Math.LN2, 1024],
  ])('detExp(%d) = %d', (x, expected) => {
    expect(detExp(x)).toBeCloseTo(expected, 13);
  });

  it.each([
    [1, 0],
    [2, Math.LN2],
    [8, 3 * Math.LN2],
    [10, 2.302585092994046],
    [0.5, -Math.LN2],
  ])('detLog(%d) = %d', (x, expected) => {
    expect(detLog(x)).toBeCloseTo(expected, 14);
  });

  it('handles the edges: 0, negatives, NaN, infinities, overflow', () => {
    expect(detLog(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(detLog(-1)).toBeNaN();
    expect(detLog(Number.NaN)).toBeNaN();
    expect(detLog(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(detExp(Number.NaN)).toBeNaN();
    expect(detExp(800)).toBe(Number.POSITIVE_INFINITY);
    expect(detExp(-800)).toBe(0);
    expect(detSqrt(-4)).toBeNaN();
    expect(detSqrt(0)).toBe(0);
  });

  it('detSqrt and detPow agree with hand values', () => {
    expect(detSqrt(2)).toBeCloseTo(Math.SQRT2, 15);
    expect(detSqrt(144)).toBeCloseTo(12, 13);
    expect(detPow(2, 10)).toBeCloseTo(1024, 10);
    expect(detPow(9, 0.5)).toBeCloseTo(3, 13);
  });
});

describe('detExp and detLog, properties', () => {
  it('stay within a few ulps (1e-15 relative) of the platform functions over their working range', () => {
    fc.assert(
      // Below about −700 the result is near the subnormal range, where a relative bound means nothing.
      fc.property(fc.double({ min: -650, max: 700, noNaN: true }), (x) => {
        const expected = Math.exp(x);
        expect(Math.abs(detExp(x) - expected)).toBeLessThanOrEqual(1e-15 * expected + Number.MIN_VALUE);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) => {
        const expected = Math.log(x);
        expect(Math.abs(detLog(x) - expected)).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(expected)));
      }),
    );
  });

  it('are inverse to each other, and log turns products into sums', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (x, y) => {
        expect(detExp(detLog(x))).toBeCloseTo(x, Math.max(0, 12 - Math.ceil(Math.log10(x + 1))));
        expect(detLog(x * y)).toBeCloseTo(detLog(x) + detLog(y), 12);
      }),
    );
  });

  it('detSqrt squares back within an ulp or two', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-200, max: 1e200, noNaN: true }), (x) => {
        const root = detSqrt(x);
        expect(Math.abs(root * root - x)).toBeLessThanOrEqual(5e-16 * x);
      }),
    );
  });
});
