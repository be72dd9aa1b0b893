import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerLifetimeValue } from '~/engine/tiering/clv';
import { clvFromSurvivors } from '~/engine/loyalty/retention/clv-from-survivors';
import { compareRetentionProjections } from '~/engine/loyalty/retention/compare-retention-projections';
import { constantRetentionProjection } from '~/engine/loyalty/retention/constant-retention-projection';
import { FADER_HARDIE_COHORTS } from '~/engine/loyalty/retention/fader-hardie-cohorts';
import { survivorsFromChurnYears } from '~/engine/models/sbg';
import { expectEngineError } from '../../expect-engine-error';
import { fitUnlessDegenerate } from '../../support/sbg-degenerate';

const cohort = (key: 'regular' | 'highend') => FADER_HARDIE_COHORTS.find((c) => c.key === key)!.survivors;

describe('FADER_HARDIE_COHORTS', () => {
  it.each(['regular', 'highend'] as const)('agrees with sbg-retention.csv for years 0–7 (%s)', (key) => {
    const lines = readFileSync('public/datasets/sbg-retention.csv', 'utf8').trim().split(/\r?\n/).slice(1);
    const churn = lines.map((l) => l.split(',')).filter((c) => c[3] === key).map((c) => Number(c[1]));
    expect(survivorsFromChurnYears(churn, 7)).toEqual(cohort(key).slice(0, 8));
  });
});

describe('compareRetentionProjections', () => {
  // Expected projections computed with Python 3 from the published α, β (S_t = S_{t−1}(β + t − 1)/(α + β + t − 1));
  // the fit reproduces them to the published 3 decimals, so a tolerance of 1 customer.
  it('fits chapter 10’s regular cohort on 7 years and judges both projections on years 8–12', () => {
    const result = compareRetentionProjections(Object.freeze([...cohort('regular')]), 7, 12);
    expect(result.fit.alpha).toBeCloseTo(0.704, 3);
    expect(result.fit.beta).toBeCloseTo(1.182, 3);
    expect(result.constantRate).toBe(0.631);
    const sbg = [1000, 626.723, 473.843, 388.0, 332.095, 292.374, 262.483, 239.051, 220.112, 204.437, 191.216, 179.891, 170.063];
    result.rows.forEach((row, t) => expect(Math.abs(row.sbg - sbg[t]!)).toBeLessThan(1));
    expect(result.rows[10]!.constant).toBeCloseTo(1000 * 0.631 ** 10, 9); // ≈ 10.0
    expect(result.rows.map((r) => r.heldOut)).toEqual([false, false, false, false, false, false, false, false, true, true, true, true, true]);
    expect(result.rows[2]!.actualRetention).toBeCloseTo(468 / 631, 12);
    expect(result.rows[0]!.sbgRetention).toBeNull();
    // MAPE over years 8–12 (Python 3): sBG 0.0147, constant 0.9403.
    expect(result.heldOutError!.sbg).toBeCloseTo(0.0147, 2);
    expect(result.heldOutError!.constant).toBeCloseTo(0.9403, 3);
  });

  it('fits the highend cohort (α 0.668, β 3.806) and projects with no holdout when all data is used', () => {
    const result = compareRetentionProjections(cohort('highend').slice(0, 8), 7, 10);
    expect(result.fit.alpha).toBeCloseTo(0.668, 3);
    expect(result.fit.beta).toBeCloseTo(3.806, 3);
    expect(result.heldOutError).toBeNull();
    expect(result.rows).toHaveLength(11);
    expect(result.rows[9]!.actual).toBeNull();
  });

  it('uses given α, β as chapter 10 does, reproducing its fixture exactly', () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/chapter-examples/10-customer-winback.json', 'utf8')) as { id: string; expected: { survivors: number[] } }[];
    const expected = fixture.find((f) => f.id === 'sbg-projection-regular')!.expected.survivors;
    const result = compareRetentionProjections(cohort('regular').slice(0, 8), 7, 10, { alpha: 0.704, beta: 1.182 });
    expect(result.fitted).toBe(false);
    expect(result.fit.alpha).toBe(0.704);
    result.rows.slice(1).forEach((row, i) => expect(row.sbg).toBeCloseTo(expected[i]!, 3));
    // The published values are the maximum to 3 decimals: the likelihood there is within 0.01 of the fitted one.
    expect(Math.abs(result.fit.logLikelihood - compareRetentionProjections(cohort('regular').slice(0, 8), 7, 10).fit.logLikelihood)).toBeLessThan(0.01);
  });

  it.each([
    ['calibration 0', [1000, 600], 0, 5, 'invalid-periods'],
    ['calibration beyond the data', [1000, 600], 2, 5, 'invalid-periods'],
    ['a horizon shorter than the calibration', [1000, 600, 400], 2, 1, 'invalid-periods'],
    ['one count', [1000], 1, 5, 'invalid-argument'],
    ['nobody leaving', [1000, 1000], 1, 5, 'no-churn'],
  ] as const)('rejects %s', (_label, survivors, calibration, horizon, code) => {
    expectEngineError(() => compareRetentionProjections(survivors, calibration, horizon), code);
  });

  it('keeps both projections at n0 in period 0 and never rising (or refuses a degenerate fit)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.3, max: 0.98, noNaN: true }), { minLength: 2, maxLength: 6 }), (rates) => {
        const survivors = [1000];
        // Rising retention, as cohorts show it (the likeliest leavers go first); rounding may still flatten it.
        for (const r of [...rates].sort((p, q) => p - q)) survivors.push(Math.round(survivors[survivors.length - 1]! * r));
        if (survivors[survivors.length - 1] === 1000) return;
        const result = fitUnlessDegenerate(survivors, () => compareRetentionProjections(survivors, survivors.length - 1, 10));
        if (result === null) return;
        expect(result.rows[0]!.sbg).toBe(1000);
        expect(result.rows[0]!.constant).toBe(1000);
        for (let t = 1; t < result.rows.length; t++) {
          expect(result.rows[t]!.sbg).toBeLessThanOrEqual(result.rows[t - 1]!.sbg);
          expect(result.rows[t]!.sbgRetention!).toBeGreaterThanOrEqual(result.rows[t - 1]!.sbgRetention ?? 0);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('clvFromSurvivors', () => {
  it('adds each year’s margin for the share still there at its start, discounted', () => {
    // By hand: 100 · 1 ÷ 1.1 + 100 · 0.5 ÷ 1.21 = 90.909 + 41.322 = 132.231; with no discount 150.
    expect(clvFromSurvivors([1000, 500], 100, 0)).toBe(150);
    expect(clvFromSurvivors(Object.freeze([1000, 500]), 100, 0.1)).toBeCloseTo(132.2314, 4);
  });

  it('equals chapter 6’s CLV (docs/contracts.md §5) for a constant-retention projection', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.99, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.integer({ min: 1, max: 30 }), (r, d, years) => {
        const survivors = constantRetentionProjection(1000, r, years - 1);
        const expected = customerLifetimeValue({ margin: 480, retention: r, discount: d, years }).clv;
        expect(clvFromSurvivors(survivors, 480, d)).toBeCloseTo(expected, 6);
      }),
    );
  });

  it('rejects an empty start, a negative count and a discount above 1', () => {
    expectEngineError(() => clvFromSurvivors([0, 0], 1, 0.1), 'invalid-argument');
    expectEngineError(() => clvFromSurvivors([10, -1], 1, 0.1), 'invalid-count');
    expectEngineError(() => clvFromSurvivors([10, 5], 1, 1.5), 'invalid-discount');
    expectEngineError(() => clvFromSurvivors([10, 5], Number.NaN, 0.1), 'invalid-margin');
  });
});
