import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditGradeDistribution, type CreditApplication } from '~/engine/information/credit/credit-grade-distribution';
import { expectEngineError } from '../../expect-engine-error';

const app = (s: [number, number, number, number, number], defaulted?: boolean | null): CreditApplication =>
  Object.freeze({ scores: Object.freeze({ character: s[0], capacity: s[1], capital: s[2], collateral: s[3], conditions: s[4] }), defaulted });

describe('creditGradeDistribution', () => {
  it('grades each application and counts defaults per grade (by hand, equal weights)', () => {
    // 90 → AAA; (85 + 85 + 80 + 75 + 80) / 5 = 81 → AA; 50 → C twice (one defaulted, one unknown); mean (90 + 81 + 50 + 50) / 4 = 67.75.
    const result = creditGradeDistribution(Object.freeze([app([90, 90, 90, 90, 90], false), app([85, 85, 80, 75, 80], false), app([50, 50, 50, 50, 50], true), app([50, 50, 50, 50, 50], null)]));
    expect(result.applications).toBe(4);
    expect(result.meanScore).toBeCloseTo(67.75, 12);
    expect(result.grades.map((g) => [g.grade, g.count, g.defaults, g.known, g.defaultRate])).toEqual([
      ['AAA', 1, 0, 1, 0],
      ['AA', 1, 0, 1, 0],
      ['A', 0, 0, 0, null],
      ['B', 0, 0, 0, null],
      ['C', 2, 1, 1, 1],
    ]);
    expect(result.grades[4]!.share).toBe(0.5);
  });

  it('no applications: every grade empty, no mean', () => {
    const result = creditGradeDistribution([]);
    expect(result.meanScore).toBeNull();
    expect(result.grades.every((g) => g.count === 0 && g.share === null)).toBe(true);
  });

  it('passes on the rating’s errors', () => {
    expectEngineError(() => creditGradeDistribution([app([101, 0, 0, 0, 0])]), 'invalid-score');
  });

  it('properties: every application lands in exactly one grade; defaults never exceed known outcomes', () => {
    const score = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.tuple(score, score, score, score, score), fc.option(fc.boolean(), { nil: null })), { maxLength: 50 }), (list) => {
        const result = creditGradeDistribution(list.map(([s, d]) => app(s, d)));
        expect(result.grades.reduce((n, g) => n + g.count, 0)).toBe(list.length);
        for (const g of result.grades) expect(g.defaults).toBeLessThanOrEqual(g.known), expect(g.known).toBeLessThanOrEqual(g.count);
      }),
    );
  });
});
