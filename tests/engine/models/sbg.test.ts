import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitSbg, sbgLogLikelihood, sbgProject, sbgRetention, sbgSurvival, survivorsFromChurnYears } from '~/engine/models/sbg';
import { logBeta } from '~/engine/models/special-functions';
import { expectEngineError } from '../expect-engine-error';
import { readDatasetCsv } from '../support/read-dataset-csv';
import { retentionRisesWithLosses } from '../support/sbg-degenerate';

const rows = readDatasetCsv('sbg-retention.csv');
const churnYears = (cohort: string) => Object.freeze(rows.filter((row) => row.cohorts === cohort).map((row) => Number(row.recency)));

// Independent form of the likelihood with closed-form Beta functions (Fader & Hardie 2007, eq. 5–7):
// P(T = t) = B(α + 1, β + t − 1)/B(α, β), S(t) = B(α, β + t)/B(α, β).
function closedFormLogLikelihood(alpha: number, beta: number, survivors: readonly number[]): number {
  let total = 0;
  for (let t = 1; t < survivors.length; t++) {
    total += (survivors[t - 1]! - survivors[t]!) * (logBeta(alpha + 1, beta + t - 1) - logBeta(alpha, beta));
  }
  const last = survivors.length - 1;
  return total + survivors[last]! * (logBeta(alpha, beta + last) - logBeta(alpha, beta));
}

describe('the Fader & Hardie (2007) retention data', () => {
  // Survivor counts published in the paper (Table 1; dataset README).
  it.each([
    ['highend', [1000, 869, 743, 653, 593, 551, 517, 491]],
    ['regular', [1000, 631, 468, 382, 326, 289, 262, 241]],
  ])('survivorsFromChurnYears gives the published %s counts', (cohort, expected) => {
    expect(survivorsFromChurnYears(churnYears(cohort), 7)).toEqual(expected);
  });

  // Published fits: highend α = 0.668, β = 3.806, LL = −1611.2; regular α = 0.704, β = 1.182, LL = −1680.3 (§3).
  it.each([
    ['highend', 0.668, 3.806, -1611.2],
    ['regular', 0.704, 1.182, -1680.3],
  ])('fitSbg reproduces the %s cohort: α = %d, β = %d, LL = %d', (cohort, alpha, beta, ll) => {
    const survivors = Object.freeze(survivorsFromChurnYears(churnYears(cohort), 7));
    const fit = fitSbg(survivors);
    expect(fit.converged).toBe(true);
    expect(Math.abs(fit.alpha / alpha - 1)).toBeLessThan(0.01);
    expect(Math.abs(fit.beta / beta - 1)).toBeLessThan(0.01);
    expect(fit.logLikelihood).toBeCloseTo(ll, 1);
    expect(fit.logLikelihood).toBeCloseTo(closedFormLogLikelihood(fit.alpha, fit.beta, survivors), 8);
  });
});

describe('sbgLogLikelihood', () => {
  it('agrees with the closed-form Beta-function likelihood', () => {
    const counts = fc
      .array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 10 })
      .map((losses) => {
        const start = losses.reduce((sum, n) => sum + n, 0) + 50;
        return losses.reduce<number[]>((list, n) => [...list, list[list.length - 1]! - n], [start]);
      });
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 20, noNaN: true }), fc.double({ min: 0.05, max: 20, noNaN: true }), counts, (alpha, beta, survivors) => {
        expect(sbgLogLikelihood(alpha, beta, survivors)).toBeCloseTo(closedFormLogLikelihood(alpha, beta, survivors), 7);
      }),
    );
  });

  it('is 2 ln(1/2) for α = β = 1 and survivors [2, 1] (by hand: P(T = 1) = S(1) = 1/2)', () => {
    expect(sbgLogLikelihood(1, 1, [2, 1])).toBeCloseTo(2 * Math.log(0.5), 12);
  });

  it.each([[[5]], [[0, 0]], [[5, 6]], [[5, -1]], [[5, Number.NaN]]])('rejects the counts %j', (survivors) => {
    expect(() => sbgLogLikelihood(1, 1, survivors)).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('refuses to fit a cohort that lost nobody', () => {
    expect(() => fitSbg([10, 10, 10])).toThrowError(expect.objectContaining({ code: 'no-churn' }));
  });
});

describe('fitSbg refuses degenerate fits (estimates outside [1e-6, 1e6]) in words a student can check', () => {
  it.each([
    // Was reported as converged with α 5.2e8, β 3.7e-11.
    [[1000, 0], '所有客户在第 1 期就流失了'],
    // Constant or falling retention: sBG can only become a constant rate (α, β → ∞).
    [[1000, 500, 250, 125], '实际逐期为 50.0%、50.0%、50.0%'],
    [[1000, 500, 0], '实际逐期为 50.0%、0.0%'],
    // Some leave at once, nobody after: α, β → 0.
    [[1000, 867, 867], '有的期一个客户也没有流失'],
  ])('%j', (survivors, words) => {
    const error = expectEngineError(() => fitSbg(survivors), 'degenerate-fit');
    expect(error.message).toMatch(/^sBG 模型拟合失败：参数跑到了极端值（α = \S+，β = \S+）。/);
    expect(error.message).toContain(words);
  });

  it('fits every cohort whose retention rises while someone leaves each period', () => {
    const cohort = fc
      .record({ n0: fc.integer({ min: 200, max: 20_000 }), first: fc.double({ min: 0.2, max: 0.9, noNaN: true }), steps: fc.array(fc.double({ min: 0.05, max: 0.6, noNaN: true }), { minLength: 1, maxLength: 7 }) })
      .map(({ n0, first, steps }) => {
        const survivors = [n0];
        let rate = first;
        for (const step of [0, ...steps]) {
          rate += (1 - rate) * step;
          survivors.push(Math.round(survivors.at(-1)! * rate));
        }
        return survivors;
      });
    fc.assert(
      fc.property(cohort, (survivors) => {
        fc.pre(retentionRisesWithLosses(survivors));
        const fit = fitSbg(survivors);
        expect(Number.isFinite(fit.logLikelihood)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('sbgRetention, sbgSurvival and sbgProject', () => {
  // By hand with α = β = 1: r(t) = t/(t + 1), S(t) = 1/(t + 1).
  it.each([
    [1, 1 / 2, 1 / 2],
    [2, 2 / 3, 1 / 3],
    [3, 3 / 4, 1 / 4],
  ])('with α = β = 1 in period %d: retention %d, survival %d', (t, retention, survival) => {
    expect(sbgRetention(1, 1, t)).toBeCloseTo(retention, 14);
    expect(sbgSurvival(1, 1, t)).toBeCloseTo(survival, 14);
  });

  it('gives r(8) = (3.806 + 7)/(0.668 + 3.806 + 7) for the highend fit and 1000·S(t) = 1000/(t + 1) for α = β = 1', () => {
    expect(sbgRetention(0.668, 3.806, 8)).toBeCloseTo(10.806 / 11.474, 12);
    expect(sbgProject(1, 1, 1000, 3).map((n) => Number(n.toFixed(2)))).toEqual([1000, 500, 333.33, 250]);
  });

  it('has rising retention, falling survival, S(t) = B(α, β + t)/B(α, β) and projections n0 · S(t)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        (alpha, beta, t) => {
          const retention = sbgRetention(alpha, beta, t);
          expect(retention).toBeGreaterThan(0);
          expect(retention).toBeLessThan(1);
          expect(sbgRetention(alpha, beta, t + 1)).toBeGreaterThanOrEqual(retention);
          expect(sbgSurvival(alpha, beta, t)).toBeLessThanOrEqual(sbgSurvival(alpha, beta, t - 1));
          expect(Math.log(sbgSurvival(alpha, beta, t))).toBeCloseTo(logBeta(alpha, beta + t) - logBeta(alpha, beta), 8);
          expect(sbgProject(alpha, beta, 500, t)[t]).toBeCloseTo(500 * sbgSurvival(alpha, beta, t), 8);
        },
      ),
    );
  });

  it.each([
    () => sbgRetention(1, 1, 0),
    () => sbgSurvival(0, 1, 1),
    () => sbgSurvival(1, 1, 1.5),
    () => sbgProject(1, 1, -5, 3),
    () => survivorsFromChurnYears([0], 7),
    () => survivorsFromChurnYears([1], 0),
  ])('rejects invalid arguments (%#)', (call) => {
    expect(call).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
