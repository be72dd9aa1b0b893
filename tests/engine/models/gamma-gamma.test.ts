import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitGammaGamma, gammaGammaExpectedSpend, gammaGammaLogLikelihood } from '~/engine/models/gamma-gamma';
import { readDatasetCsv } from '../support/read-dataset-csv';
import { gamma, mulberry32 } from '../support/simulate-bgnbd';

const cdnow = readDatasetCsv('cdnow-summary.csv');
const cdnowData = Object.freeze({
  x: Object.freeze(cdnow.map((row) => Number(row.x))),
  zbar: Object.freeze(cdnow.map((row) => Number(row.zbar))),
});
// Fader, Hardie & Lee (2005) "RFM and CLV"; lifetimes' tests (the dataset README).
const published = Object.freeze({ p: 6.25, q: 3.74, v: 15.44 });

describe('fitGammaGamma on the CDNOW sample', () => {
  const fit = fitGammaGamma(cdnowData);

  it('fits the 946 repeat buyers and skips the one-time buyers', () => {
    expect(fit.customers).toBe(946);
    expect(fit.skipped).toBe(2357 - 946);
    expect(fit.converged).toBe(true);
  });

  it.each([
    ['p', 6.25],
    ['q', 3.74],
    ['v', 15.44],
  ] as const)('reproduces the published %s = %d within 1 %', (name, expected) => {
    expect(Math.abs(fit[name] / expected - 1)).toBeLessThan(0.01);
  });

  it('beats the likelihood at the rounded published estimates', () => {
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(gammaGammaLogLikelihood(published, cdnowData));
  });
});

describe('fitGammaGamma on spend drawn from the model', () => {
  it('recovers the parameters of 3,000 simulated customers', () => {
    // Each customer: ν ~ Gamma(q, rate v), x transactions each ~ Gamma(p, rate ν); z̄ is their mean.
    const truth = { p: 6, q: 4, v: 15 };
    const random = mulberry32(11);
    const x: number[] = [];
    const zbar: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const nu = gamma(random, truth.q) / truth.v;
      const count = 1 + (i % 6);
      let total = 0;
      for (let k = 0; k < count; k++) total += gamma(random, truth.p) / nu;
      x.push(count);
      zbar.push(total / count);
    }
    const fit = fitGammaGamma({ x, zbar });
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(gammaGammaLogLikelihood(truth, { x, zbar }));
    // p and v trade off against each other (tried seeds 11–13: p from 6.1 to 7.5), but the mean spend
    // pv/(q − 1) (truth 30) and q are pinned down well.
    expect(Math.abs((fit.p * fit.v) / (fit.q - 1) / 30 - 1)).toBeLessThan(0.05);
    expect(Math.abs(fit.q / truth.q - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.p / truth.p - 1)).toBeLessThan(0.3);
    expect(Math.abs(fit.v / truth.v - 1)).toBeLessThan(0.3);
  });
});

describe('gammaGammaLogLikelihood', () => {
  // By hand, p = q = v = 1: x = 1, z̄ = 1 → Γ(2)/(Γ(1)Γ(1)) · 1/(1 + 1)² = 1/4;
  // x = 2, z̄ = 0.5 → Γ(3)/(Γ(2)Γ(1)) · 0.5^1 · 2² / (1 + 1)³ = 2 · 0.5 · 4/8 = 1/2.
  it.each([
    [{ x: [1], zbar: [1] }, Math.log(1 / 4)],
    [{ x: [2], zbar: [0.5] }, Math.log(1 / 2)],
    [{ x: [1, 0, 2], zbar: [1, 0, 0.5] }, Math.log(1 / 8)],
  ])('of %j with p = q = v = 1 is %d', (data, expected) => {
    expect(gammaGammaLogLikelihood({ p: 1, q: 1, v: 1 }, data)).toBeCloseTo(expected, 12);
  });

  it.each([[{ x: [1, 2], zbar: [1] }], [{ x: [-1], zbar: [1] }], [{ x: [1], zbar: [Number.NaN] }]])('rejects %j', (data) => {
    expect(() => gammaGammaLogLikelihood(published, data)).toThrowError(expect.objectContaining({ code: 'invalid-summary' }));
  });

  it('rejects fewer than 2 repeat buyers for a fit', () => {
    expect(() => fitGammaGamma({ x: [0, 3], zbar: [0, 10] })).toThrowError(expect.objectContaining({ code: 'too-few-customers' }));
  });
});

describe('gammaGammaExpectedSpend', () => {
  // By hand with the published CDNOW estimates: population mean pv/(q − 1) = 6.25·15.44/2.74 = 35.219;
  // customer 1 (x = 2, z̄ = 22.35): 6.25·(15.44 + 44.70)/(12.5 + 2.74) = 375.875/15.24 = 24.664.
  it.each([
    [0, 0, 35.219],
    [2, 22.35, 24.664],
  ])('with x = %d, z̄ = %d is %d', (x, zbar, expected) => {
    expect(gammaGammaExpectedSpend(published, x, zbar)).toBeCloseTo(expected, 3);
  });

  it('lies between the population mean and the customer’s own mean, moving towards it as x grows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        fc.double({ min: 1.05, max: 20, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        (p, q, v, x, zbar) => {
          const params = { p, q, v };
          const population = (p * v) / (q - 1);
          const spend = gammaGammaExpectedSpend(params, x, zbar);
          const more = gammaGammaExpectedSpend(params, x + 1, zbar);
          const eps = 1e-9 * (population + zbar);
          expect(spend).toBeGreaterThanOrEqual(Math.min(population, zbar) - eps);
          expect(spend).toBeLessThanOrEqual(Math.max(population, zbar) + eps);
          expect(Math.abs(more - zbar)).toBeLessThanOrEqual(Math.abs(spend - zbar) + eps);
        },
      ),
    );
  });

  it('refuses q ≤ 1, where the mean spend is infinite', () => {
    expect(() => gammaGammaExpectedSpend({ p: 1, q: 1, v: 1 }, 1, 1)).toThrowError(expect.objectContaining({ code: 'invalid-parameters' }));
  });
});
