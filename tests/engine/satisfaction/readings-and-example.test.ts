import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  customerSatisfactionScore, importancePerformance, netPromoterScore, readCsat, readNps, SATISFACTION_CHAPTER_EXAMPLE, SERVQUAL_ADVICE,
  SERVQUAL_DIMENSIONS, servqualAdvice, servqualMeanGaps, servqualWeightedGap,
} from '~/engine/satisfaction';
import { expectEngineError } from '../expect-engine-error';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/chapter-examples/08-customer-satisfaction.json', import.meta.url), 'utf8')) as { id: string; input: Record<string, unknown> }[];
const input = (id: string) => fixture.find((f) => f.id === id)!.input as any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('SATISFACTION_CHAPTER_EXAMPLE is chapter 8’s data, as the hand-checked fixture has it', () => {
  const ex = SATISFACTION_CHAPTER_EXAMPLE;
  it('the same numbers as tests/fixtures/chapter-examples/08-customer-satisfaction.json', () => {
    expect(ex.survey.recommend).toEqual(input('ch08-nps-xianlin-20').scores);
    expect(ex.survey.overall).toEqual(input('ch08-csat-xianlin-20').scores);
    const gap: { dimensions: { name: string; expectation: number; perception: number; weight: number }[] } = input('ch08-servqual-gap-xunda');
    expect(ex.servqual.dimensions.map((d) => [d.dimension, d.expectation, d.perception, d.weight])).toEqual(gap.dimensions.map((d) => [d.name, d.expectation, d.perception, d.weight]));
    const ipa: { items: { name: string; importance: number; performance: number }[] } = input('ch08-ipa-xianlin');
    expect(ex.ipa.items.map((i) => [i.item, i.importance, i.performance])).toEqual(ipa.items.map((i) => [i.name, i.importance, i.performance]));
  });

  it('gives the chapter’s answers: NPS 15, CSAT 70 %, mean 3.9; gaps, −0.48 and −0.67; the IPA quadrants', () => {
    // By hand (the chapter and the fixture note): 8 promoters, 7 passives, 5 detractors; 14 of 20 satisfied; 78 / 20.
    expect(netPromoterScore(ex.survey.recommend)).toMatchObject({ nps: 15, promoters: 8, passives: 7, detractors: 5 });
    const csat = customerSatisfactionScore(ex.survey.overall);
    expect(csat).toMatchObject({ csat: 70, satisfied: 14, n: 20 });
    expect(readCsat(csat).mean).toBeCloseTo(3.9, 12);
    const gaps = servqualMeanGaps(ex.servqual.dimensions);
    expect(gaps.map((g) => g.gap)).toEqual([-0.2, -1.2, -0.8, -0.3, 0.1].map((v) => expect.closeTo(v, 9)));
    expect(gaps.map((g) => g.fallsShort)).toEqual([true, true, true, true, false]);
    const mean = gaps.reduce((s, g) => s + g.gap!, 0) / gaps.length;
    expect(mean).toBeCloseTo(-0.48, 9);
    const weighted = servqualWeightedGap(gaps, Object.fromEntries(ex.servqual.dimensions.map((d) => [d.dimension, d.weight])));
    expect(weighted.weightedGap).toBeCloseTo(-0.67, 9);
    expect(weighted.largestShortfall).toBe('可靠性');
    const ipa = importancePerformance(ex.ipa.items);
    expect(ipa.importanceCut).toBeCloseTo(3.8, 9);
    expect(ipa.performanceCut).toBeCloseTo(22.4 / 6, 9);
    expect(ipa.items.map((i) => i.name)).toEqual(['重点改进', '继续保持', '重点改进', '过度投入', '优先级低', '过度投入']);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(ex.servqual.dimensions[0])).toBe(true);
    expect(Object.isFrozen(ex.survey.recommend)).toBe(true);
  });
});

describe('servqualMeanGaps', () => {
  it('P − E per row, falling short when negative', () => {
    expect(servqualMeanGaps([{ dimension: '移情性', expectation: 3, perception: 3 }])[0]).toEqual({ dimension: '移情性', expectation: 3, perception: 3, gap: 0, fallsShort: false, items: [] });
    expectEngineError(() => servqualMeanGaps([{ dimension: 'x', expectation: Number.NaN, perception: 3 }]), 'invalid-score');
  });
  it('gap + E = P and the sign decides fallsShort', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 7, noNaN: true }), fc.double({ min: 1, max: 7, noNaN: true }), (e, p) => {
        const [g] = servqualMeanGaps(Object.freeze([Object.freeze({ dimension: 'd', expectation: e, perception: p })]));
        expect(g!.gap! + e).toBeCloseTo(p, 9);
        expect(g!.fallsShort).toBe(p < e);
      }),
    );
  });
});

describe('readCsat and readNps', () => {
  const csatOf = (satisfied: number, n: number) => ({ csat: (100 * satisfied) / n, satisfied, n, missing: 0, distribution: [0, 0, n - satisfied, satisfied, 0] as [number, number, number, number, number] });
  it.each([
    [49, 100, 'low'],
    [50, 100, 'middle'],
    [74, 100, 'middle'],
    [75, 100, 'high'],
  ])('CSAT %d of %d → %s', (satisfied, n, band) => {
    expect(readCsat(csatOf(satisfied, n)).band).toBe(band);
  });
  it('CSAT: the mean counts each score once (3 × 1 + 4 × 3) / 4 = 3.75; no answers → none', () => {
    expect(readCsat({ ...csatOf(3, 4), distribution: [0, 0, 1, 3, 0] }).mean).toBe(3.75);
    expect(readCsat(customerSatisfactionScore([null]))).toMatchObject({ band: 'none', mean: null });
    expect(readCsat(csatOf(14, 20)).text).toContain('14 ÷ 20');
  });
  it.each([
    [[0], 'negative'], // −100
    [[10, 0, 7, 7], 'modest'], // (1 − 1) / 4 = 0
    [[10, 10, 10, 10, 0, 7, 7, 7, 7, 7], 'good'], // (4 − 1) / 10 = 30
    [[10, 10, 9], 'strong'], // 100
  ])('NPS of %j → %s (worked by hand)', (answers, band) => {
    expect(readNps(netPromoterScore(answers)).band).toBe(band);
  });
  it('NPS bands at their edges: −1 negative, 0 and 29 modest, 30 good, 50 strong', () => {
    const at = (nps: number) => readNps({ ...netPromoterScore([9]), nps }).band;
    expect([at(-1), at(0), at(29.9), at(30), at(49.9), at(50), at(100)]).toEqual(['negative', 'modest', 'modest', 'good', 'good', 'strong', 'strong']);
    expect(readNps(netPromoterScore([])).band).toBe('none');
  });
});

describe('servqualAdvice', () => {
  it('has advice for each of the five dimensions, by Chinese or English name, and a general step otherwise', () => {
    for (const d of SERVQUAL_DIMENSIONS) expect(servqualAdvice(d.name)).toBe(SERVQUAL_ADVICE[d.name]);
    expect(servqualAdvice('Reliability')).toBe(SERVQUAL_ADVICE['可靠性']);
    expect(servqualAdvice('价格')).toContain('差距最大的题项');
  });
});
