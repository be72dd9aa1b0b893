import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareClvScenarios } from '~/engine/tiering/clv-compare';
import { expectEngineError } from '../expect-engine-error';

describe('compareClvScenarios: chapter 6’s gym member, retention 80 % vs 90 %', () => {
  it('no horizon: 600 / 0.3 = 2,000 against 600 / 0.2 = 3,000, half as much again (by hand)', () => {
    const c = compareClvScenarios(Object.freeze({ margin: 600, retention: 0.8, discount: 0.1 }), Object.freeze({ margin: 600, retention: 0.9, discount: 0.1 }));
    expect(c.base.clv).toBeCloseTo(2000, 9);
    expect(c.alternative.clv).toBeCloseTo(3000, 9);
    expect(c.difference).toBeCloseTo(1000, 9);
    expect(c.relativeChange).toBeCloseTo(0.5, 9);
  });

  it('5 years: 1,593.07 against 1,900.06 (the chapter, checked with Python fractions)', () => {
    const c = compareClvScenarios({ margin: 600, retention: 0.8, discount: 0.1, years: 5 }, { margin: 600, retention: 0.9, discount: 0.1, years: 5 });
    expect(c.base.clv).toBeCloseTo(1593.073, 3);
    expect(c.alternative.clv).toBeCloseTo(1900.0565, 3);
    expect(c.difference).toBeCloseTo(306.9835, 3);
  });

  it('has no relative change from a zero base', () => {
    expect(compareClvScenarios({ margin: 0, retention: 0.5, discount: 0.1 }, { margin: 10, retention: 0.5, discount: 0.1 }).relativeChange).toBeNull();
  });

  it('refuses a scenario the CLV formula refuses', () => {
    expectEngineError(() => compareClvScenarios({ margin: 1, retention: 0.5, discount: 0.1 }, { margin: 1, retention: 1, discount: 0 }), 'diverging-clv');
  });

  it('more retention never lowers the value of a positive margin (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 10_000, noNaN: true }), fc.double({ min: 0, max: 0.95, noNaN: true }), fc.double({ min: 0, max: 0.05, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }), fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
        (margin, retention, extra, discount, years) => {
          const c = compareClvScenarios({ margin, retention, discount, years }, { margin, retention: retention + extra, discount, years });
          expect(c.difference).toBeGreaterThanOrEqual(-1e-9 * c.base.clv);
          expect(c.difference).toBeCloseTo(c.alternative.clv - c.base.clv, 9);
        },
      ),
    );
  });
});
