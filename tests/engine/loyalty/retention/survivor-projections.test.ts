import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { constantRetentionProjection, mixtureRetention, retentionFromSurvivors } from '~/engine/loyalty';
import { sbgProject } from '~/engine/models/sbg';
import { expectEngineError } from '../../expect-engine-error';

describe('retentionFromSurvivors', () => {
  it('divides each count by the one before', () => {
    // 800/1000 = 0.8, 600/800 = 0.75, 450/600 = 0.75, 0/450 = 0 (by hand)
    expect(retentionFromSurvivors(Object.freeze([1000, 800, 600, 450, 0]))).toEqual([0.8, 0.75, 0.75, 0]);
    // A period that starts with nobody has no rate; a single count has no period.
    expect(retentionFromSurvivors([10, 0, 0])).toEqual([0, null]);
    expect(retentionFromSurvivors([10])).toEqual([]);
    // Active counts may rise again (someone came back): 60/50 = 1.2.
    expect(retentionFromSurvivors([100, 50, 60])).toEqual([0.5, 1.2]);
  });

  it('rejects no counts and negative ones', () => {
    expectEngineError(() => retentionFromSurvivors([]), 'invalid-argument');
    expectEngineError(() => retentionFromSurvivors([10, -1]), 'invalid-count');
  });

  it('multiplying the rates back gives the survivors (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }), (counts) => {
        const rates = retentionFromSurvivors(counts);
        let n = counts[0]!;
        rates.forEach((r, t) => {
          n *= r!;
          expect(n).toBeCloseTo(counts[t + 1]!, 6);
        });
      }),
    );
  });
});

describe('constantRetentionProjection', () => {
  it('keeps one rate for every period', () => {
    // 1000 · 0.5^t: 1000, 500, 250, 125 (by hand)
    expect(constantRetentionProjection(1000, 0.5, 3)).toEqual([1000, 500, 250, 125]);
    expect(constantRetentionProjection(200, 1, 2)).toEqual([200, 200, 200]);
    expect(constantRetentionProjection(200, 0.9, 0)).toEqual([200]);
  });

  it('rejects bad arguments', () => {
    expectEngineError(() => constantRetentionProjection(-1, 0.5, 3), 'invalid-count');
    expectEngineError(() => constantRetentionProjection(10, 1.5, 3), 'invalid-retention');
    expectEngineError(() => constantRetentionProjection(10, 0.5, 2.5), 'invalid-periods');
  });

  it('is what sBG projects when everybody has the same churn probability (property)', () => {
    // With α, β large and α/(α+β) = 1 − r, the Beta mixing distribution collapses to one point: sBG → constant r.
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.integer({ min: 1, max: 10 }), (r, periods) => {
        const scale = 1e9;
        const sbg = sbgProject((1 - r) * scale, r * scale, 1000, periods);
        constantRetentionProjection(1000, r, periods).forEach((n, t) => expect(n).toBeCloseTo(sbg[t]!, 4));
      }),
    );
  });
});

describe('mixtureRetention', () => {
  it('mixes two constant groups into a rising retention (worked by hand)', () => {
    // 100 at 0.5 and 100 at 1.0: 200, 150 (50 + 100), 125 (25 + 100); rates 0.75, 125/150 = 0.8333
    const result = mixtureRetention(
      Object.freeze([Object.freeze({ name: '甲', customers: 100, retention: 0.5 }), Object.freeze({ name: '乙', customers: 100, retention: 1 })]),
      2,
    );
    expect(result.survivors).toEqual([200, 150, 125]);
    expect(result.retention[0]).toBe(0.75);
    expect(result.retention[1]).toBeCloseTo(5 / 6, 12);
    expect(result.bySegment).toEqual([
      { name: '甲', survivors: [100, 50, 25] },
      { name: '乙', survivors: [100, 100, 100] },
    ]);
  });

  it('has no rate once nobody is left', () => {
    expect(mixtureRetention([{ name: 'x', customers: 10, retention: 0 }], 2).retention).toEqual([0, null]);
  });

  it('rejects bad groups', () => {
    expectEngineError(() => mixtureRetention([], 3), 'invalid-argument');
    expectEngineError(() => mixtureRetention([{ name: 'x', customers: -1, retention: 0.5 }], 3), 'invalid-count');
    expectEngineError(() => mixtureRetention([{ name: 'x', customers: 1, retention: 2 }], 3), 'invalid-retention');
    expectEngineError(() => mixtureRetention([{ name: 'x', customers: 1, retention: 0.5 }], -1), 'invalid-periods');
  });

  it('the cohort rate never falls and stays between the lowest and highest group rates (property)', () => {
    const group = fc.record({ name: fc.constant('g'), customers: fc.integer({ min: 1, max: 10_000 }), retention: fc.double({ min: 0.01, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 15 }), (groups, periods) => {
        const rates = mixtureRetention(groups, periods).retention as number[];
        const lo = Math.min(...groups.map((g) => g.retention));
        const hi = Math.max(...groups.map((g) => g.retention));
        rates.forEach((r, t) => {
          expect(r).toBeGreaterThanOrEqual(lo - 1e-12);
          expect(r).toBeLessThanOrEqual(hi + 1e-12);
          if (t > 0) expect(r).toBeGreaterThanOrEqual(rates[t - 1]! - 1e-12);
        });
      }),
    );
  });
});
