import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bgNbdConditionalExpected } from '~/engine/models/bgnbd';
import { customerClvBgNbdGammaGamma } from '~/engine/models/bgnbd-clv';
import { gammaGammaExpectedSpend } from '~/engine/models/gamma-gamma';

// The published CDNOW estimates (dataset README).
const bgNbd = Object.freeze({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
const gammaGamma = Object.freeze({ p: 6.25, q: 3.74, v: 15.44 });
const customer1 = Object.freeze({ x: 2, t_x: 30.43, T: 38.86, zbar: 22.35 });

describe('customerClvBgNbdGammaGamma', () => {
  it('for one 39-week period is margin · spend · purchases / (1 + d)', () => {
    // By hand from the published numbers: spend 24.664 (see gamma-gamma tests), purchases 1.226:
    // 0.3 · 24.664 · 1.226 / 1.1 = 8.2467 (±0.005 from the rounding of 1.226).
    const result = customerClvBgNbdGammaGamma(bgNbd, gammaGamma, customer1, { steps: 1, stepLength: 39, discountRate: 0.1, margin: 0.3 });
    expect(result.clv).toBeCloseTo(8.2467, 2);
    expect(result.expectedSpend).toBeCloseTo(24.664, 3);
    expect(result.expectedPurchases).toBeCloseTo(1.226, 2);
    expect(result.perStep).toEqual([result.clv]);
  });

  it('with no discounting adds up to margin · spend · all purchases over the horizon', () => {
    const history = fc
      .tuple(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1, max: 60, noNaN: true }), fc.double({ min: 1, max: 200, noNaN: true }))
      .map(([x, share, T, zbar]) => ({ x, t_x: x === 0 ? 0 : share * T, T, zbar }));
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 24 }), fc.double({ min: 0.5, max: 10, noNaN: true }), (h, steps, stepLength) => {
        const result = customerClvBgNbdGammaGamma(bgNbd, gammaGamma, h, { steps, stepLength, discountRate: 0, margin: 0.25 });
        const whole = 0.25 * gammaGammaExpectedSpend(gammaGamma, h.x, h.zbar) * bgNbdConditionalExpected(bgNbd, steps * stepLength, h.x, h.t_x, h.T);
        expect(result.clv).toBeCloseTo(whole, 9);
        expect(result.perStep.reduce((sum, v) => sum + v, 0)).toBeCloseTo(result.clv, 12);
      }),
    );
  });

  it('is never negative and falls as the discount rate rises', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), (d, extra) => {
        const options = { steps: 12, stepLength: 4.345, margin: 0.3 };
        const low = customerClvBgNbdGammaGamma(bgNbd, gammaGamma, customer1, { ...options, discountRate: d }).clv;
        const high = customerClvBgNbdGammaGamma(bgNbd, gammaGamma, customer1, { ...options, discountRate: d + extra }).clv;
        expect(high).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(low + 1e-12);
      }),
    );
  });

  it.each([
    [{ steps: 0, stepLength: 1, discountRate: 0, margin: 0.5 }],
    [{ steps: 1.5, stepLength: 1, discountRate: 0, margin: 0.5 }],
    [{ steps: 1, stepLength: 0, discountRate: 0, margin: 0.5 }],
    [{ steps: 1, stepLength: 1, discountRate: -1, margin: 0.5 }],
    [{ steps: 1, stepLength: 1, discountRate: 0, margin: 1.5 }],
  ])('rejects %j', (options) => {
    expect(() => customerClvBgNbdGammaGamma(bgNbd, gammaGamma, customer1, options)).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
