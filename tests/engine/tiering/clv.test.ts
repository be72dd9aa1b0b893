import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customerLifetimeValue } from '~/engine/tiering/clv';
import { expectEngineError } from '../expect-engine-error';

describe('customerLifetimeValue, worked by hand', () => {
  it.each([
    // 100 / (1 + 0.1 − 0.8) = 100 / 0.3
    [{ margin: 100, retention: 0.8, discount: 0.1 }, 1000 / 3],
    // 100 / 1.1 + 80 / 1.21 + 64 / 1.331 = 90.90909 + 66.11570 + 48.08415
    [{ margin: 100, retention: 0.8, discount: 0.1, years: 3 }, 205.10894],
    // 100 + 50 − 20 (no discounting)
    [{ margin: 100, retention: 0.5, discount: 0, years: 2, acquisition: 20 }, 130],
    // 500 / (1 + 0.12 − 0.7) − 300 = 1190.476 − 300
    [{ margin: 500, retention: 0.7, discount: 0.12, acquisition: 300 }, 890.47619],
    // retention 0: only the first year counts, 100 / 1.1
    [{ margin: 100, retention: 0, discount: 0.1 }, 90.90909],
    // retention 1 with a horizon: a 3-year annuity at 10 % = 248.68520
    [{ margin: 100, retention: 1, discount: 0.1, years: 3 }, 248.6852],
    // a negative discount rate is allowed while r < 1 + d: 100 / (0.5 − 0.4)
    [{ margin: 100, retention: 0.4, discount: -0.5 }, 1000],
  ])('%j → %d', (input, clv) => {
    expect(customerLifetimeValue(Object.freeze(input)).clv).toBeCloseTo(clv, 4);
  });

  it('lays out the years: survival, discount factor, present value and running totals', () => {
    const { perYear, infinite } = customerLifetimeValue({ margin: 100, retention: 0.8, discount: 0.1, years: 3, acquisition: 150 });
    expect(infinite).toBe(false);
    expect(perYear.map((y) => y.year)).toEqual([1, 2, 3]);
    expect(perYear[1]!.survival).toBeCloseTo(0.8, 12);
    expect(perYear[2]!.survival).toBeCloseTo(0.64, 12);
    expect(perYear[2]!.expectedMargin).toBeCloseTo(64, 12);
    expect(perYear[1]!.discountFactor).toBeCloseTo(1 / 1.21, 12);
    expect(perYear[1]!.presentValue).toBeCloseTo(66.1157, 4);
    expect(perYear[1]!.cumulative).toBeCloseTo(157.02479, 4);
    // Pays back in year 2: 157.02 − 150 > 0, year 1 90.91 − 150 < 0.
    expect(perYear[0]!.cumulativeNet).toBeLessThan(0);
    expect(perYear[1]!.cumulativeNet).toBeGreaterThan(0);
    expect(perYear.every((y) => y.margin === 100)).toBe(true);
  });

  it('shows the first 10 years when there is no horizon', () => {
    const result = customerLifetimeValue({ margin: 100, retention: 0.8, discount: 0.1 });
    expect(result.infinite).toBe(true);
    expect(result.perYear).toHaveLength(10);
  });

  it('rejects values out of range', () => {
    expectEngineError(() => customerLifetimeValue({ margin: Number.NaN, retention: 0.5, discount: 0.1 }), 'invalid-margin');
    expectEngineError(() => customerLifetimeValue({ margin: 1, retention: 1.1, discount: 0.1 }), 'invalid-retention');
    expectEngineError(() => customerLifetimeValue({ margin: 1, retention: -0.1, discount: 0.1 }), 'invalid-retention');
    expectEngineError(() => customerLifetimeValue({ margin: 1, retention: 0.5, discount: -1 }), 'invalid-discount');
    expectEngineError(() => customerLifetimeValue({ margin: 1, retention: 0.5, discount: 0.1, years: 0 }), 'invalid-years');
    expectEngineError(() => customerLifetimeValue({ margin: 1, retention: 0.5, discount: 0.1, years: 2.5 }), 'invalid-years');
    expectEngineError(() => customerLifetimeValue({ margin: 1, retention: 0.5, discount: 0.1, acquisition: Number.POSITIVE_INFINITY }), 'invalid-acquisition');
    expectEngineError(() => customerLifetimeValue({ margin: 1, retention: 1, discount: 0 }), 'diverging-clv');
    expectEngineError(() => customerLifetimeValue({ margin: 1, retention: 0.6, discount: -0.5 }), 'diverging-clv');
  });
});

describe('customerLifetimeValue, properties', () => {
  const margin = fc.double({ min: 1, max: 10_000, noNaN: true });
  const retention = fc.double({ min: 0, max: 0.99, noNaN: true });
  const discount = fc.double({ min: 0, max: 0.5, noNaN: true });

  it('the finite sum rises with the horizon towards the closed form', () => {
    fc.assert(
      fc.property(margin, retention, discount, fc.integer({ min: 1, max: 50 }), (m, r, d, t) => {
        const limit = customerLifetimeValue({ margin: m, retention: r, discount: d }).clv;
        const short = customerLifetimeValue({ margin: m, retention: r, discount: d, years: t }).clv;
        const longer = customerLifetimeValue({ margin: m, retention: r, discount: d, years: t + 1 }).clv;
        expect(longer).toBeGreaterThanOrEqual(short);
        expect(short).toBeLessThanOrEqual(limit * (1 + 1e-12));
        // The tail beyond T is exactly limit · (r/(1+d))^T.
        expect(Math.abs(limit - short - limit * Math.pow(r / (1 + d), t))).toBeLessThan(1e-9 * limit);
      }),
    );
  });

  it('rises with retention and falls with the discount rate', () => {
    fc.assert(
      fc.property(margin, retention, retention, discount, discount, (m, r1, r2, d1, d2) => {
        const [rLow, rHigh] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const [dLow, dHigh] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const clv = (r: number, d: number) => customerLifetimeValue({ margin: m, retention: r, discount: d }).clv;
        expect(clv(rHigh, dLow)).toBeGreaterThanOrEqual(clv(rLow, dLow));
        expect(clv(rLow, dHigh)).toBeLessThanOrEqual(clv(rLow, dLow));
      }),
    );
  });

  it('with a horizon, clv is the last cumulative minus the acquisition cost', () => {
    fc.assert(
      fc.property(margin, retention, discount, fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 5000, noNaN: true }), (m, r, d, t, c) => {
        const { clv, perYear } = customerLifetimeValue({ margin: m, retention: r, discount: d, years: t, acquisition: c });
        expect(perYear).toHaveLength(t);
        expect(clv).toBeCloseTo(perYear.at(-1)!.cumulative - c, 9);
      }),
    );
  });
});
