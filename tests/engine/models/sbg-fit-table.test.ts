import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sbgFitTable } from '~/engine/models/sbg-fit-table';
import { expectEngineError } from '../expect-engine-error';
import { fitUnlessDegenerate } from '../support/sbg-degenerate';

// Fader & Hardie (2007), Table 1: survivors of 1,000 "highend" customers after years 1–7 (also /work/shared/datasets/README.md).
const HIGHEND = Object.freeze([1000, 869, 743, 653, 593, 551, 517, 491]);

describe('sbgFitTable', () => {
  it('reproduces the published fit and lays out observed beside expected', () => {
    const table = sbgFitTable(HIGHEND, 5);
    expect(table.alpha).toBeCloseTo(0.668, 3); // published α = 0.668, β = 3.806
    expect(table.beta).toBeCloseTo(3.806, 3);
    expect(table.periods).toHaveLength(13);
    // Year 1 by hand: r(1) = β/(α + β) = 3.806/4.474 = 0.8507 → 850.7 expected; observed 869/1000.
    expect(table.periods[1]).toMatchObject({ period: 1, observed: 869, observedRetention: 0.869 });
    expect(table.periods[1]!.expected).toBeCloseTo(850.7, 0);
    expect(table.periods[1]!.retention).toBeCloseTo(0.8507, 3);
    // Year 8 is a projection: no observation; r(8) = (β + 7)/(α + β + 7) = 10.806/11.474 = 0.9418.
    expect(table.periods[8]).toMatchObject({ period: 8, observed: null, observedRetention: null });
    expect(table.periods[8]!.retention).toBeCloseTo(0.9418, 3);
    expect(table.periods[0]).toEqual({ period: 0, observed: 1000, expected: 1000, observedRetention: null, retention: null });
  });

  it('refuses a bad horizon and passes on the fit’s errors', () => {
    expectEngineError(() => sbgFitTable(HIGHEND, 1.5), 'invalid-horizon');
    expectEngineError(() => sbgFitTable([100, 100]), 'no-churn');
    expectEngineError(() => sbgFitTable([100, 120]), 'invalid-argument');
  });

  it('properties: expected survivors fall and the model’s retention rises, period after period (or the fit is refused as degenerate)', () => {
    const counts = fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 6 }).map((losses) => {
      const survivors = [1000];
      for (const lost of losses) survivors.push(Math.max(0, survivors.at(-1)! - lost));
      return survivors;
    });
    fc.assert(
      fc.property(counts, (survivors) => {
        fc.pre(survivors.at(-1)! < 1000);
        const table = fitUnlessDegenerate(survivors, () => sbgFitTable(survivors, 3));
        if (table === null) return;
        for (let t = 1; t < table.periods.length; t++) {
          expect(table.periods[t]!.expected).toBeLessThanOrEqual(table.periods[t - 1]!.expected + 1e-9);
          if (t > 1) expect(table.periods[t]!.retention!).toBeGreaterThanOrEqual(table.periods[t - 1]!.retention! - 1e-12);
        }
      }),
      { numRuns: 25 },
    );
  });
});
