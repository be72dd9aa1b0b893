import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { servqualGaps, servqualWeightedGap } from '~/engine/satisfaction';
import { expectEngineError } from '../expect-engine-error';

describe('servqualWeightedGap', () => {
  it('weights the dimension gaps by importance (worked by hand)', () => {
    // (0.5 · −1 + 0.3 · −0.5 + 0.2 · 0.5) / 1 = −0.5 − 0.15 + 0.1 = −0.55; the plain mean would be −1/3.
    const gaps = Object.freeze([
      Object.freeze({ dimension: '可靠性', gap: -1 }),
      Object.freeze({ dimension: '响应性', gap: -0.5 }),
      Object.freeze({ dimension: '移情性', gap: 0.5 }),
    ]);
    const result = servqualWeightedGap(gaps, Object.freeze({ 可靠性: 0.5, 响应性: 0.3, 移情性: 0.2 }));
    expect(result.weightedGap).toBeCloseTo(-0.55, 12);
    expect(result.largestShortfall).toBe('可靠性');
    expect(result.missing).toEqual([]);
    // The same importance as 100 points gives the same figure.
    expect(servqualWeightedGap(gaps, { 可靠性: 50, 响应性: 30, 移情性: 20 }).weightedGap).toBeCloseTo(-0.55, 12);
  });

  it('leaves out dimensions with no gap and renormalises the rest', () => {
    // (3 · −0.4 + 1 · 0.4) / 4 = −0.2; 保证性 is missing.
    const result = servqualWeightedGap(
      [{ dimension: '有形性', gap: -0.4 }, { dimension: '保证性', gap: null }, { dimension: '移情性', gap: 0.4 }],
      { 有形性: 3, 保证性: 5, 移情性: 1 },
    );
    expect(result.weightedGap).toBeCloseTo(-0.2, 12);
    expect(result.missing).toEqual(['保证性']);
  });

  it('has no figure without weight and no shortfall when nothing falls short', () => {
    expect(servqualWeightedGap([{ dimension: 'a', gap: 0.2 }], { a: 0 })).toEqual({ weightedGap: null, largestShortfall: null, missing: [] });
    expect(servqualWeightedGap([], {})).toEqual({ weightedGap: null, largestShortfall: null, missing: [] });
  });

  it('reads the dimensions of servqualGaps directly', () => {
    // 可靠性: items q1 (E 7, P 5) and q2 (E 6, P 5): gap −1.5; 有形性: q3 (E 5, P 6): +1. Weighted 3:1: (−4.5 + 1)/4 = −0.875.
    const { dimensions } = servqualGaps({
      expectation: { q1: [7], q2: [6], q3: [5] },
      perception: { q1: [5], q2: [5], q3: [6] },
      dimensions: { q1: '可靠性', q2: '可靠性', q3: '有形性' },
    });
    expect(servqualWeightedGap(dimensions, { 可靠性: 3, 有形性: 1 }).weightedGap).toBeCloseTo(-0.875, 12);
  });

  it('rejects missing or negative weights and gaps that are not numbers', () => {
    expectEngineError(() => servqualWeightedGap([{ dimension: 'a', gap: -1 }], {}), 'invalid-weights');
    expectEngineError(() => servqualWeightedGap([{ dimension: 'a', gap: -1 }], { a: -1 }), 'invalid-weights');
    expectEngineError(() => servqualWeightedGap([{ dimension: 'a', gap: Number.NaN }], { a: 1 }), 'invalid-score');
  });

  it('lies between the smallest and largest gap, and equal weights give the plain mean (property)', () => {
    const row = fc.record({ gap: fc.double({ min: -6, max: 6, noNaN: true }), weight: fc.double({ min: 0.01, max: 100, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const dims = rows.map((r, i) => ({ dimension: `d${i}`, gap: r.gap }));
        const weights = Object.fromEntries(rows.map((r, i) => [`d${i}`, r.weight]));
        const { weightedGap } = servqualWeightedGap(dims, weights);
        expect(weightedGap!).toBeGreaterThanOrEqual(Math.min(...rows.map((r) => r.gap)) - 1e-9);
        expect(weightedGap!).toBeLessThanOrEqual(Math.max(...rows.map((r) => r.gap)) + 1e-9);
        const equal = servqualWeightedGap(dims, Object.fromEntries(rows.map((_, i) => [`d${i}`, 1]))).weightedGap!;
        expect(equal).toBeCloseTo(rows.reduce((s, r) => s + r.gap, 0) / rows.length, 9);
      }),
    );
  });
});
