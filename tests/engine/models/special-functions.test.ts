import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hypergeometric2F1, logBeta, logGamma } from '~/engine/models/special-functions';

describe('logGamma', () => {
  // Expected values: ln((n − 1)!) by hand, ln √π from Γ(1/2) = √π, Γ(3/2) = √π/2,
  // ln Γ(100) = ln(99!) = 359.13420536957540 (Abramowitz & Stegun table 6.4 / any lgamma).
  it.each([
    [1, 0],
    [2, 0],
    [3, Math.log(2)],
    [5, Math.log(24)],
    [10, Math.log(362880)],
    [0.5, 0.5 * Math.log(Math.PI)],
    [1.5, Math.log(Math.sqrt(Math.PI) / 2)],
    [0.25, Math.log(3.6256099082219083)], // Γ(1/4), A&S table of constants
    [100, 359.1342053695754],
  ])('ln Γ(%d) = %d', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 12);
  });

  it('has Γ(x + 1) = x Γ(x): ln Γ(x + 1) − ln Γ(x) = ln x', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (x) => {
        expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 9);
      }),
    );
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %d', (x) => {
    expect(() => logGamma(x)).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('logBeta', () => {
  // B(a, b) = Γ(a)Γ(b)/Γ(a + b), by hand: B(1,1) = 1, B(2,3) = 1·2/24 = 1/12, B(1/2,1/2) = π.
  it.each([
    [1, 1, 0],
    [2, 3, Math.log(1 / 12)],
    [0.5, 0.5, Math.log(Math.PI)],
  ])('ln B(%d, %d) = %d', (a, b, expected) => {
    expect(logBeta(a, b)).toBeCloseTo(expected, 12);
  });

  it('is symmetric and satisfies B(a + 1, b) = B(a, b) · a/(a + b)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-2, max: 1e3, noNaN: true }), fc.double({ min: 1e-2, max: 1e3, noNaN: true }), (a, b) => {
        expect(logBeta(a, b)).toBeCloseTo(logBeta(b, a), 9);
        expect(logBeta(a + 1, b)).toBeCloseTo(logBeta(a, b) + Math.log(a / (a + b)), 9);
      }),
    );
  });
});

describe('hypergeometric2F1', () => {
  // Closed forms from Abramowitz & Stegun 15.1.3–15.1.8.
  it.each([0.1, 0.5, 0.9, 0.99, -0.5, -3])('2F1(1, 1; 2; z) = −ln(1 − z)/z at z = %d', (z) => {
    expect(hypergeometric2F1(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 10);
  });

  it.each([0.3, 0.8])('2F1(1/2, 1/2; 3/2; z²) = arcsin(z)/z at z = %d', (z) => {
    expect(hypergeometric2F1(0.5, 0.5, 1.5, z * z)).toBeCloseTo(Math.asin(z) / z, 12);
  });

  it('is a polynomial when a is a negative integer: 2F1(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1))', () => {
    // By hand with b = 3, c = 4, z = 0.5: 1 − 0.75 + 0.375·... = 1 − 3/4 + (12·0.25)/20 = 0.4
    expect(hypergeometric2F1(-2, 3, 4, 0.5)).toBeCloseTo(0.4, 14);
  });

  it('matches 2F1(a, b; b; z) = (1 − z)^(−a)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: -5, max: 0.95, noNaN: true }),
        (a, b, z) => {
          const expected = Math.pow(1 - z, -a);
          // 7 digits: for negative a and z near 1 the terms alternate and cancel (about 1e-9 lost).
          expect(hypergeometric2F1(a, b, b, z) / expected).toBeCloseTo(1, 7);
        },
      ),
    );
  });

  it("agrees with Euler's transformation 2F1(a, b; c; z) = (1 − z)^(c − a − b) 2F1(c − a, c − b; c; z)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0.5, max: 8, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (a, b, c, z) => {
          const direct = hypergeometric2F1(a, b, c, z);
          const euler = Math.pow(1 - z, c - a - b) * hypergeometric2F1(c - a, c - b, c, z);
          expect(euler / direct).toBeCloseTo(1, 8);
        },
      ),
    );
  });

  it.each([
    [1, 1, 2, 1],
    [1, 1, 2, 1.5],
    [1, 1, 0, 0.5],
    [1, 1, -2, 0.5],
    [Number.NaN, 1, 2, 0.5],
  ])('rejects 2F1(%d, %d; %d; %d)', (a, b, c, z) => {
    expect(() => hypergeometric2F1(a, b, c, z)).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('says so when the series needs more terms than allowed', () => {
    expect(() => hypergeometric2F1(1, 1, 2, 0.999, { maxTerms: 100 })).toThrowError(
      expect.objectContaining({ code: 'series-did-not-converge' }),
    );
  });
});
