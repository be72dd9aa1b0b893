import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customerSatisfactionScore, netPromoterScore } from '~/engine/satisfaction';
import { expectEngineError } from '../expect-engine-error';

describe('customerSatisfactionScore (CSAT = % of 4–5 on 1–5)', () => {
  it.each([
    // by hand: satisfied / answered
    [[5, 4, 3, 2, null], 50, 2, 4, 1],
    [[5, 5, 5], 100, 3, 3, 0],
    [[1, 2, 3], 0, 0, 3, 0],
    [[4, 3, 5, 1, 4, 2, 5, undefined, Number.NaN], (4 / 7) * 100, 4, 7, 2],
  ])('%j → %d', (answers, csat, satisfied, n, missing) => {
    const result = customerSatisfactionScore(Object.freeze(answers));
    expect(result.csat).toBeCloseTo(csat, 12);
    expect(result).toMatchObject({ satisfied, n, missing });
  });

  it('counts each score and says null when nobody answered', () => {
    expect(customerSatisfactionScore([5, 4, 4, 1]).distribution).toEqual([1, 0, 0, 2, 1]);
    expect(customerSatisfactionScore([null, null])).toMatchObject({ csat: null, n: 0, missing: 2 });
    expect(customerSatisfactionScore([]).csat).toBeNull();
  });

  it('rejects answers off the 1–5 scale', () => {
    expectEngineError(() => customerSatisfactionScore([5, 0]), 'invalid-answer');
    expectEngineError(() => customerSatisfactionScore([6]), 'invalid-answer');
    expectEngineError(() => customerSatisfactionScore([4.5]), 'invalid-answer');
    expectEngineError(() => customerSatisfactionScore([Number.POSITIVE_INFINITY]), 'invalid-answer');
  });

  it('stays within 0–100 and counts every answer once', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null })), (answers) => {
        const r = customerSatisfactionScore(answers);
        expect(r.n + r.missing).toBe(answers.length);
        expect(r.distribution.reduce((a, b) => a + b, 0)).toBe(r.n);
        if (r.csat !== null) {
          expect(r.csat).toBeGreaterThanOrEqual(0);
          expect(r.csat).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});

describe('netPromoterScore (% 9–10 minus % 0–6)', () => {
  it.each([
    // by hand: (promoters − detractors) / answered × 100
    [[10, 9, 8, 6, 3], 0, 2, 1, 2],
    [[10, 10, 7, 0], 25, 2, 1, 1],
    [[9, 9, 9], 100, 3, 0, 0],
    [[0, 6, 5], -100, 0, 0, 3],
    [[7, 8, null, 8], 0, 0, 3, 0],
    [[10, 9, 9, 8, 7, 6, 5, 10, 2, 9, null], 20, 5, 2, 3], // 50 % − 30 %
  ])('%j → %d', (answers, nps, promoters, passives, detractors) => {
    const result = netPromoterScore(Object.freeze(answers));
    expect(result.nps).toBeCloseTo(nps, 12);
    expect(result).toMatchObject({ promoters, passives, detractors });
  });

  it('reports the three shares and null for no answers', () => {
    const r = netPromoterScore([10, 7, 3, 3]);
    expect([r.promoterPercent, r.passivePercent, r.detractorPercent]).toEqual([25, 25, 50]);
    expect(netPromoterScore([null])).toMatchObject({ nps: null, promoterPercent: null, n: 0, missing: 1 });
  });

  it('rejects answers off the 0–10 scale', () => {
    expectEngineError(() => netPromoterScore([11]), 'invalid-answer');
    expectEngineError(() => netPromoterScore([-1]), 'invalid-answer');
    expectEngineError(() => netPromoterScore([8.5]), 'invalid-answer');
  });

  it('stays within −100..100, equals % promoters − % detractors, and rises with an added promoter', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }), (answers) => {
        const r = netPromoterScore(answers);
        expect(r.nps!).toBeGreaterThanOrEqual(-100);
        expect(r.nps!).toBeLessThanOrEqual(100);
        expect(r.nps!).toBeCloseTo(r.promoterPercent! - r.detractorPercent!, 9);
        expect(r.promoters + r.passives + r.detractors).toBe(answers.length);
        expect(netPromoterScore([...answers, 10]).nps!).toBeGreaterThanOrEqual(r.nps! - 1e-9);
        expect(netPromoterScore([...answers, 0]).nps!).toBeLessThanOrEqual(r.nps! + 1e-9);
      }),
    );
  });
});
