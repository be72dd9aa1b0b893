import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fitPnbd,
  pnbdConditionalExpected,
  pnbdExpectedPopulation,
  pnbdLogLikelihood,
  pnbdPAlive,
  type PnbdParams,
} from '~/engine/models/pnbd';
import { expectEngineError } from '../expect-engine-error';
import { readDatasetCsv } from '../support/read-dataset-csv';

const cdnow = readDatasetCsv('cdnow-summary.csv');
const cdnowData = Object.freeze({
  x: Object.freeze(cdnow.map((row) => Number(row.x))),
  t_x: Object.freeze(cdnow.map((row) => Number(row.t_x))),
  T: Object.freeze(cdnow.map((row) => Number(row.T))),
});
// Fader, Hardie & Shang (2005), "A note on implementing the Pareto/NBD model in MATLAB" (CDNOW sample, weeks).
const published: PnbdParams = Object.freeze({ r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.665 });
const ones: PnbdParams = Object.freeze({ r: 1, alpha: 1, s: 1, beta: 1 });

const arbitraryParams = fc.record({
  r: fc.double({ min: 0.05, max: 5, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
  s: fc.double({ min: 0.05, max: 5, noNaN: true }),
  beta: fc.double({ min: 0.1, max: 50, noNaN: true }),
});
const arbitraryHistory = fc
  .tuple(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }))
  .map(([x, share, T]) => ({ x, t_x: x === 0 ? 0 : share * T, T }));

describe('fitPnbd on the CDNOW sample (2,357 customers, weeks)', () => {
  const fit = fitPnbd(cdnowData);

  it.each([
    ['r', 0.5533],
    ['alpha', 10.5776],
    ['s', 0.6061],
    ['beta', 11.665],
  ] as const)('reproduces the published %s = %d within 0.5 %', (name, expected) => {
    expect(Math.abs(fit[name] / expected - 1)).toBeLessThan(0.005);
  });

  it('reaches the published log-likelihood −9594.98 within 0.05', () => {
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(2357);
    expect(Math.abs(fit.logLikelihood - -9594.98)).toBeLessThan(0.05);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(pnbdLogLikelihood(published, cdnowData));
  });

  it('starts from given values too and finds the same maximum', () => {
    const again = fitPnbd(cdnowData, { start: { r: 2, alpha: 30, s: 2, beta: 5 } });
    expect(again.logLikelihood).toBeCloseTo(fit.logLikelihood, 2);
  });
});

describe('pnbdLogLikelihood', () => {
  it('is ln 5/8 for one customer without purchases over T = 1 with r = α = s = β = 1 (worked by hand)', () => {
    // λ, μ ~ Exp(1): P(no purchase in [0, 1]) = E[e^(−λ−μ)] + E[μ/(λ + μ)]·E[1 − e^(−λ−μ)] = 1/4 + 1/2 · 3/4.
    expect(pnbdLogLikelihood(ones, { x: [0], t_x: [0], T: [1] })).toBeCloseTo(Math.log(5 / 8), 12);
  });

  // Reference: the likelihood with A₀ as the integral (r + s + x)∫ (α + y)^−(r+x) (β + y)^−(s+1) dy from t_x to T,
  // by mpmath quadrature at 30 digits (no 2F1), for both of the note's cases.
  it.each([
    ['α < β (the published CDNOW fit)', published, 2, 30.43, 38.86, -9.55427760902],
    ['α ≥ β', { r: 0.5, alpha: 15, s: 0.8, beta: 5 }, 2, 30.43, 38.86, -10.4267408764],
    ['α ≥ β, no repeat purchase', { r: 0.5, alpha: 15, s: 0.8, beta: 5 }, 0, 0, 38.86, -0.242755566599],
  ] as const)('matches numerical integration when %s', (_, params, x, t_x, T, expected) => {
    expect(pnbdLogLikelihood(params, { x: [x], t_x: [t_x], T: [T] })).toBeCloseTo(expected, 9);
  });

  it('refuses parameters that are not positive and histories with t_x > T', () => {
    expectEngineError(() => pnbdLogLikelihood({ ...ones, s: 0 }, { x: [0], t_x: [0], T: [1] }), 'invalid-parameters');
    expectEngineError(() => pnbdLogLikelihood(ones, { x: [1], t_x: [2], T: [1] }), 'invalid-summary');
  });
});

describe('pnbdPAlive and pnbdConditionalExpected', () => {
  // Reference values: P(alive) = 1/(1 + s·∫(α + y)^−(r+x)(β + y)^−(s+1)dy·(α + T)^(r+x)(β + T)^s) (the expression of
  // lifetimes' ParetoNBDFitter.conditional_probability_alive and CLVTools' pnbd PAlive with A₀ written as its integral)
  // and E[Y(39)] = (r + x)(β + T)/((α + T)(s − 1))·[1 − ((β + T)/(β + T + 39))^(s − 1)]·P(alive), by mpmath at 30 digits.
  it.each([
    ['CDNOW customer 1', 2, 30.43, 38.86, 0.869133351256, 1.45518828198],
    ['a one-off buyer of week 0', 0, 0, 38.86, 0.295107797196, 0.107071104526],
    ['a buyer gone quiet', 5, 10, 38.86, 0.0466543754052, 0.169892592412],
  ] as const)('match the reference for %s with the published fit', (_, x, t_x, T, pAlive, expected) => {
    expect(pnbdPAlive(published, x, t_x, T)).toBeCloseTo(pAlive, 9);
    expect(pnbdConditionalExpected(published, 39, x, t_x, T)).toBeCloseTo(expected, 9);
  });

  it('P(alive) is 0.4 for the worked example (r = α = s = β = 1, x = 0, T = 1)', () => {
    expect(pnbdPAlive(ones, 0, 0, 1)).toBeCloseTo(0.4, 12);
  });

  it('E[X(39)] of a new customer with the published fit is 1.21348 (mpmath)', () => {
    expect(pnbdExpectedPopulation(published, 39)).toBeCloseTo(1.21348028205, 9);
    expect(pnbdExpectedPopulation({ r: 1, alpha: 1, s: 2, beta: 1 }, 1)).toBeCloseTo(0.5, 12);
  });

  it('at s = 1 uses the logarithm, continuous with s near 1', () => {
    const atOne = pnbdConditionalExpected({ ...published, s: 1 }, 39, 2, 30.43, 38.86);
    const near = pnbdConditionalExpected({ ...published, s: 1 + 1e-7 }, 39, 2, 30.43, 38.86);
    expect(atOne).toBeCloseTo(near, 6);
    expect(pnbdExpectedPopulation({ ...published, s: 1 }, 39)).toBeCloseTo(((0.5533 * 11.665) / 10.5776) * Math.log((11.665 + 39) / 11.665), 12);
  });

  it('P(alive) lies in [0, 1], is 1 when the last purchase was at T, and falls as the last purchase gets older', () => {
    fc.assert(
      fc.property(arbitraryParams, arbitraryHistory, fc.double({ min: 0, max: 1, noNaN: true }), (params, { x, T }, share) => {
        const later = x === 0 ? 0 : share * T;
        const earlier = later * 0.5;
        const pLater = pnbdPAlive(params, x, later, T);
        const pEarlier = pnbdPAlive(params, x, earlier, T);
        expect(pLater).toBeGreaterThanOrEqual(0);
        expect(pLater).toBeLessThanOrEqual(1);
        if (x > 0) expect(pEarlier).toBeLessThanOrEqual(pLater + 1e-12);
        expect(pnbdPAlive(params, x, T, T)).toBe(1);
      }),
    );
  });

  it('expected purchases are ≥ 0, grow with the horizon and are 0 at t = 0', () => {
    fc.assert(
      fc.property(arbitraryParams, arbitraryHistory, fc.double({ min: 0.1, max: 200, noNaN: true }), (params, { x, t_x, T }, t) => {
        const shorter = pnbdConditionalExpected(params, t, x, t_x, T);
        const longer = pnbdConditionalExpected(params, 2 * t, x, t_x, T);
        expect(shorter).toBeGreaterThanOrEqual(0);
        expect(longer).toBeGreaterThanOrEqual(shorter - 1e-12);
        expect(pnbdConditionalExpected(params, 0, x, t_x, T)).toBe(0);
      }),
    );
  });
});

describe('fitPnbd refuses data it cannot fit', () => {
  it('with fewer than 2 customers or no repeat purchase', () => {
    expectEngineError(() => fitPnbd({ x: [1], t_x: [1], T: [2] }), 'too-few-customers');
    expectEngineError(() => fitPnbd({ x: [0, 0], t_x: [0, 0], T: [2, 3] }), 'no-repeat-purchases');
  });

  it('small random files either fit within the limits or are refused as degenerate', () => {
    fc.assert(
      fc.property(fc.array(arbitraryHistory, { minLength: 2, maxLength: 6 }), (rows) => {
        const data = { x: rows.map((r) => r.x), t_x: rows.map((r) => r.t_x), T: rows.map((r) => r.T) };
        if (!data.x.some((x) => x > 0)) return;
        try {
          const fit = fitPnbd(data);
          expect(Number.isFinite(fit.logLikelihood)).toBe(true);
        } catch (error) {
          expect((error as { code?: string }).code).toBe('degenerate-fit');
        }
      }),
      { numRuns: 15 },
    );
  });
});
