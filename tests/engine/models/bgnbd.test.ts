import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bgNbdConditionalExpected,
  bgNbdExpectedPopulation,
  bgNbdLogLikelihood,
  bgNbdPAlive,
  bgNbdProbabilityOfCount,
  fitBgNbd,
  type BgNbdParams,
} from '~/engine/models/bgnbd';
import { PARAMETER_LIMIT } from '~/engine/models/optimize';
import { expectEngineError } from '../expect-engine-error';
import { readDatasetCsv } from '../support/read-dataset-csv';
import { simulateBgNbd } from '../support/simulate-bgnbd';

const cdnow = readDatasetCsv('cdnow-summary.csv');
const cdnowData = Object.freeze({
  x: Object.freeze(cdnow.map((row) => Number(row.x))),
  t_x: Object.freeze(cdnow.map((row) => Number(row.t_x))),
  T: Object.freeze(cdnow.map((row) => Number(row.T))),
});
// Fader, Hardie & Lee (2005), Table 1 / lifetimes' tests (the dataset README).
const published: BgNbdParams = Object.freeze({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
const ones: BgNbdParams = Object.freeze({ r: 1, alpha: 1, a: 1, b: 1 });

const arbitraryParams = fc.record({
  r: fc.double({ min: 0.05, max: 5, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
  a: fc.double({ min: 0.05, max: 5, noNaN: true }),
  b: fc.double({ min: 0.05, max: 5, noNaN: true }),
});
const arbitraryHistory = fc
  .tuple(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }))
  .map(([x, share, T]) => ({ x, t_x: x === 0 ? 0 : share * T, T }));

describe('fitBgNbd on the CDNOW sample (2,357 customers, weeks)', () => {
  const started = performance.now();
  const fit = fitBgNbd(cdnowData);
  const elapsed = performance.now() - started;

  it.each([
    ['r', 0.243],
    ['alpha', 4.414],
    ['a', 0.793],
    ['b', 2.426],
  ] as const)('reproduces the published %s = %d within 1 %', (name, expected) => {
    expect(Math.abs(fit[name] / expected - 1)).toBeLessThan(0.01);
  });

  it('reaches the published log-likelihood −9582.4', () => {
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(2357);
    expect(fit.logLikelihood).toBeCloseTo(-9582.4, 1);
    // The maximum is at least as high as the likelihood at the (rounded) published estimates.
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(bgNbdLogLikelihood(published, cdnowData));
  });

  // The time depends on the machine's load and is only reported; the work done is the check (678 evaluations today).
  it('converges in under 1,000 likelihood evaluations', () => {
    console.info(`fitBgNbd, 2,357 CDNOW customers: ${elapsed.toFixed(0)} ms, ${fit.evaluations} evaluations`);
    expect(fit.evaluations).toBeLessThan(1000);
  });

  // Published: E[X(t)] for t = 1, 3, 32, 78 weeks (FHL 2005 §4; lifetimes' tests), with the fitted parameters.
  it.each([
    [1, 0.0532],
    [3, 0.1506],
    [32, 1.0437],
    [78, 1.8576],
  ])('gives the published E[X(%d)] = %d', (t, expected) => {
    expect(Math.abs(bgNbdExpectedPopulation(fit, t) / expected - 1)).toBeLessThan(0.001);
  });

  it('gives customer 1 (x = 2, t_x = 30.43, T = 38.86) the published 1.226 purchases in the next 39 weeks', () => {
    expect(bgNbdConditionalExpected(fit, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
    expect(bgNbdConditionalExpected(published, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 2);
  });
});

describe('bgNbdLogLikelihood', () => {
  // By hand with r = α = a = b = 1 (B(1, 1) = 1, B(1, 2) = B(2, 1) = 1/2, Γ(2) = 1):
  // x = 0, T = 1: L = 1/(1 + 1) = 1/2.
  // x = 1, t_x = 1, T = 2: L = B(1, 2)·Γ(2)/(3²) + B(2, 1)/(2²) = 1/18 + 1/8 = 13/72.
  it.each([
    [{ x: [0], t_x: [0], T: [1] }, Math.log(1 / 2)],
    [{ x: [1], t_x: [1], T: [2] }, Math.log(13 / 72)],
    [{ x: [0, 1, 0], t_x: [0, 1, 0], T: [1, 2, 1] }, 2 * Math.log(1 / 2) + Math.log(13 / 72)],
  ])('of %j with all parameters 1 is %d', (data, expected) => {
    expect(bgNbdLogLikelihood(ones, data)).toBeCloseTo(expected, 12);
  });

  it.each([
    [{ x: [1], t_x: [3], T: [2] }],
    [{ x: [-1], t_x: [0], T: [2] }],
    [{ x: [1], t_x: [Number.NaN], T: [2] }],
    [{ x: [1, 2], t_x: [1], T: [2] }],
  ])('rejects the summary %j', (data) => {
    expect(() => bgNbdLogLikelihood(ones, data)).toThrowError(expect.objectContaining({ code: 'invalid-summary' }));
  });

  it.each([[{ ...ones, r: 0 }], [{ ...ones, alpha: -1 }], [{ ...ones, b: Number.POSITIVE_INFINITY }]])('rejects the parameters %j', (params) => {
    expect(() => bgNbdLogLikelihood(params, { x: [0], t_x: [0], T: [1] })).toThrowError(
      expect.objectContaining({ code: 'invalid-parameters' }),
    );
  });
});

describe('fitBgNbd', () => {
  it('recovers the parameters of 5,000 customers drawn from the model', () => {
    // Drawn with the CDNOW estimates; ages 27–39 weeks. The maximum must beat the true parameters'
    // likelihood, and with this many customers the estimates land near the truth.
    const truth = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const data = simulateBgNbd(truth, Array.from({ length: 5000 }, (_, i) => 39 - (i % 12)), 7);
    const fit = fitBgNbd(data);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(bgNbdLogLikelihood(truth, data));
    expect(Math.abs(fit.r / truth.r - 1)).toBeLessThan(0.15);
    expect(Math.abs(fit.alpha / truth.alpha - 1)).toBeLessThan(0.2);
    expect(Math.abs(fit.a / truth.a - 1)).toBeLessThan(0.3);
    expect(Math.abs(fit.b / truth.b - 1)).toBeLessThan(0.3);
  });

  it('gives the same estimates in days as in weeks (α scales by 7)', () => {
    const inDays = { x: cdnowData.x, t_x: cdnowData.t_x.map((v) => v * 7), T: cdnowData.T.map((v) => v * 7) };
    const weeks = fitBgNbd(cdnowData);
    const days = fitBgNbd(inDays);
    expect(days.r).toBeCloseTo(weeks.r, 4);
    expect(days.alpha / 7).toBeCloseTo(weeks.alpha, 3);
    expect(days.a).toBeCloseTo(weeks.a, 4);
    expect(days.b).toBeCloseTo(weeks.b, 4);
  });

  it('explains itself in Chinese with the English in brackets', () => {
    expect(() => fitBgNbd({ x: [1], t_x: [1], T: [2] })).toThrowErrorMatchingInlineSnapshot(
      `[EngineError: 至少需要 2 位客户，当前为 1(at least 2 customers are needed)]`,
    );
  });

  it.each([
    ['too-few-customers', { x: [1], t_x: [1], T: [2] }],
    ['no-repeat-purchases', { x: [0, 0], t_x: [0, 0], T: [1, 2] }],
    // A repeat purchase at time 0: ln L grows without bound as α → 0 (it was reported as +Infinity, converged).
    ['invalid-summary', { x: [1, 0, 2], t_x: [0, 0, 0], T: [1, 1, 3] }],
  ])('throws %s', (code, data) => {
    expect(() => fitBgNbd(data)).toThrowError(expect.objectContaining({ code }));
  });

  it('refuses a degenerate fit of three customers instead of reporting r ≈ 1e9 as converged', () => {
    // Three identical histories cannot tell the four parameters apart: the search runs off to r, α ≈ 1.6e9.
    const error = expectEngineError(() => fitBgNbd({ x: [1, 1, 1], t_x: [1, 1, 1], T: [1, 1, 1] }), 'degenerate-fit');
    expect(error.message).toContain('BG/NBD 模型拟合失败：参数跑到了极端值');
    expect(error.message).toContain('3 位客户的购买记录不足以估计模型的四个参数');
    const details = (error as unknown as { details: Record<string, number> }).details;
    expect(Math.max(details.r!, details.alpha!)).toBeGreaterThan(PARAMETER_LIMIT);
  });

  it('never reports estimates outside [1e-6, 1e6] or a log-likelihood that is not finite', () => {
    // Small random files (3–8 customers) are where the search runs off; whatever it returns must be usable.
    const history = fc.record({ x: fc.integer({ min: 0, max: 5 }), t_x: fc.integer({ min: 1, max: 10 }), extra: fc.integer({ min: 0, max: 10 }) });
    fc.assert(
      fc.property(fc.array(history, { minLength: 3, maxLength: 8 }), (rows) => {
        fc.pre(rows.some((row) => row.x > 0));
        const data = { x: rows.map((r) => r.x), t_x: rows.map((r) => (r.x > 0 ? r.t_x : 0)), T: rows.map((r) => r.t_x + r.extra) };
        let fit;
        try {
          fit = fitBgNbd(data);
        } catch (error) {
          expect((error as { code?: string }).code).toBe('degenerate-fit');
          return;
        }
        expect(Number.isFinite(fit.logLikelihood)).toBe(true);
        const scale = 10 / Math.max(...data.T);
        for (const v of [fit.r, fit.alpha * scale, fit.a, fit.b]) {
          expect(v).toBeGreaterThanOrEqual(1 / PARAMETER_LIMIT);
          expect(v).toBeLessThanOrEqual(PARAMETER_LIMIT);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('bgNbdPAlive', () => {
  // By hand: odds = a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x).
  it.each([
    [ones, 1, 1, 3, 1 / (1 + 1 * (4 / 2) ** 2)], // 0.2
    [ones, 2, 1, 1, 1 / (1 + 0.5 * 1)], // t_x = T: odds a/(b + 1) = 1/2
    [published, 0, 0, 38.86, 1],
  ])('with %j, x = %d, t_x = %d, T = %d is %d', (params, x, t_x, T, expected) => {
    expect(bgNbdPAlive(params, x, t_x, T)).toBeCloseTo(expected, 12);
  });

  it('lies in [0, 1], is 1 without repeat purchases and falls as T grows', () => {
    fc.assert(
      fc.property(arbitraryParams, arbitraryHistory, fc.double({ min: 0, max: 100, noNaN: true }), (p, h, extra) => {
        const now = bgNbdPAlive(p, h.x, h.t_x, h.T);
        const later = bgNbdPAlive(p, h.x, h.t_x, h.T + extra);
        expect(now).toBeGreaterThanOrEqual(0);
        expect(now).toBeLessThanOrEqual(1);
        if (h.x === 0) expect(now).toBe(1);
        expect(later).toBeLessThanOrEqual(now);
      }),
    );
  });
});

describe('bgNbdProbabilityOfCount', () => {
  it('agrees between eq. 7 (mean via 2F1) and eq. 8 (the distribution): Σ P(n) = 1 and Σ n·P(n) = E[X(t)]', () => {
    fc.assert(
      fc.property(arbitraryParams, fc.double({ min: 0.01, max: 5, noNaN: true }), (p, t) => {
        // Truncating at 400 leaves a tail that is negligible when α is not tiny relative to t.
        fc.pre(p.alpha > 2 * t);
        let total = 0;
        let mean = 0;
        for (let n = 0; n < 400; n++) {
          const probability = bgNbdProbabilityOfCount(p, t, n);
          total += probability;
          mean += n * probability;
        }
        expect(total).toBeCloseTo(1, 6);
        expect(mean).toBeCloseTo(bgNbdExpectedPopulation(p, t), 5);
      }),
    );
  });

  it('gives the published P(N(39) = 0) = 0.5737864', () => {
    // (α/(α + t))^r = (4.414/43.414)^0.243 (checked with a calculator: 0.5737864).
    expect(bgNbdProbabilityOfCount(published, 39, 0)).toBeCloseTo(0.5737864, 6);
  });

  it('is 1 for n = 0 and 0 otherwise at t = 0', () => {
    expect(bgNbdProbabilityOfCount(published, 0, 0)).toBe(1);
    expect(bgNbdProbabilityOfCount(published, 0, 3)).toBe(0);
  });

  it.each([[-1], [1.5]])('rejects n = %d', (n) => {
    expect(() => bgNbdProbabilityOfCount(published, 1, n)).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('bgNbdConditionalExpected', () => {
  it('lets expected purchases grow with the horizon, never below 0', () => {
    fc.assert(
      fc.property(arbitraryParams, arbitraryHistory, fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), (p, h, t, extra) => {
        const shorter = bgNbdConditionalExpected(p, t, h.x, h.t_x, h.T);
        const longer = bgNbdConditionalExpected(p, t + extra, h.x, h.t_x, h.T);
        expect(shorter).toBeGreaterThanOrEqual(-1e-12);
        expect(longer).toBeGreaterThanOrEqual(shorter - 1e-9 * (1 + shorter));
      }),
    );
  });

  it('for a new customer (x = t_x = T = 0) equals the population expectation', () => {
    expect(bgNbdConditionalExpected(published, 39, 0, 0, 0)).toBeCloseTo(bgNbdExpectedPopulation(published, 39), 12);
  });

  it('is continuous through a = 1, where the formula is 0/0', () => {
    const near = (a: number) => bgNbdConditionalExpected({ ...published, a }, 39, 2, 30.43, 38.86);
    expect(near(1)).toBeCloseTo((near(1.001) + near(0.999)) / 2, 5);
  });

  it('needs many series terms only far out, and still converges: 10 years ahead', () => {
    const tenYears = bgNbdConditionalExpected(published, 520, 2, 30.43, 38.86);
    expect(tenYears).toBeGreaterThan(bgNbdConditionalExpected(published, 78, 2, 30.43, 38.86));
  });

  it('rejects a negative horizon', () => {
    expect(() => bgNbdConditionalExpected(published, -1, 0, 0, 1)).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
