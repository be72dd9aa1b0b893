import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointsFor, scoreSorting, type SorterBin, type SorterDeck } from '~/engine/selection/sorter';
import { card } from './fixtures';

// The five customers of tests/engine/profitability/customer-profitability.test.ts, whose figures were
// worked by hand there: 大华 bad (120 days; profit 97,397.26, bad debt 52,602.74), 小美 good (profit 23,956.16),
// 中兴 watch (profit 36,054.79, 9.0 %), 亏损 bad (loss 10,164.38), 稳健 good (profit 14,876.71).
// Revenue ranks: 大华 1, 中兴 2, 亏损 3, 稳健 4, 小美 5. With 5 cards 大客户 = rank 1 (ceil(5 × 20 %));
// the smaller half = ranks 4 and 5.
const DECK: SorterDeck = Object.freeze({
  kind: 'intro',
  seed: 1,
  traps: {},
  cards: [
    card('DH', { name: '大华', revenue: 1_000_000, marginRate: 0.2, serviceCost: 50_000, paymentDays: 120, growth: 0.02, fit: 0.5 }),
    card('XM', { name: '小美', revenue: 80_000, marginRate: 0.35, serviceCost: 4_000, paymentDays: 20, growth: 0.25, fit: 0.9 }),
    card('ZX', { name: '中兴', revenue: 400_000, marginRate: 0.25, serviceCost: 60_000, paymentDays: 60, growth: -0.15, fit: 0.6 }),
    card('KS', { name: '亏损', revenue: 200_000, marginRate: 0.1, serviceCost: 30_000, paymentDays: 30, growth: null, fit: 0.3 }),
    card('WJ', { name: '稳健', revenue: 150_000, marginRate: 0.12, serviceCost: 3_000, paymentDays: 30, growth: null, fit: null }),
  ],
});

describe('pointsFor', () => {
  it.each([
    ['good', 'good', 1],
    ['good', 'bad', 0],
    ['bad', 'bad', 1],
    ['bad', 'good', 0],
    ['watch', 'good', 0.5],
    ['watch', 'bad', 0.5],
    ['good', null, 0],
    ['watch', null, 0],
  ] as const)('verdict %s, call %s: %d', (verdict, call, points) => {
    expect(pointsFor(verdict, call)).toBe(points);
  });
});

describe('scoreSorting on five hand-worked customers', () => {
  it('everything called good: 0 + 1 + ½ + 0 + 1 = 2.5', () => {
    const score = scoreSorting(DECK, { DH: 'good', XM: 'good', ZX: 'good', KS: 'good', WJ: 'good' });
    expect(score.cards.map((c) => [c.card.id, c.verdict, c.outcome, c.points])).toEqual([
      ['DH', 'bad', 'wrong', 0],
      ['XM', 'good', 'right', 1],
      ['ZX', 'watch', 'partial', 0.5],
      ['KS', 'bad', 'wrong', 0],
      ['WJ', 'good', 'right', 1],
    ]);
    expect(score).toMatchObject({ points: 2.5, max: 5, right: 2, partial: 1, wrong: 2, none: 0 });
    expect(score.headline).toBe('得分 2.5 / 5：判断正确 2 张，“观察”类 1 张得半分，判断错误 2 张。');
    expect(score.cards.map((c) => c.line)).toEqual([
      '你判为好客户，模型结论是坏客户：它一年赚 9.7 万元（利润率 9.7%）。',
      '你判为好客户，判断正确：它一年赚 2.4 万元（利润率 29.9%）。',
      '你判为好客户；模型结论是“观察”：有值得警惕的信号，但还不到坏客户，两种判断都得半分。它一年赚 3.6 万元（利润率 9%）。',
      '你判为好客户，模型结论是坏客户：它一年亏 1.0 万元。',
      '你判为好客户，判断正确：它一年赚 1.5 万元（利润率 9.9%）。',
    ]);
    // 大华 is the one 大客户 and is bad although it shows a profit; both small customers are good and were
    // called good; the costliest miss is 大华: bad debt 52,603 (5.3 万) against 亏损's loss of 10,164.
    expect(score.insights).toEqual([
      '你把 1 位大客户（营收排本组前 1 名）判为好客户，其中 1 位扣除服务成本和风险后并不是好客户：大客户不等于好客户。',
      '营收排在本组后一半的 2 位好客户，你都认出来了：小客户有可能是好客户。',
      '代价最大的一次误判：大华（你判为好客户），它平均 120 天才回款，预期坏账 5.3 万元，风险高。',
    ]);
  });

  it('a learner who distrusts small customers: 1 + 0 + ½ + 1 + 1 = 3.5', () => {
    const score = scoreSorting(DECK, { DH: 'bad', XM: 'bad', ZX: 'bad', KS: 'bad', WJ: 'good' });
    expect(score).toMatchObject({ points: 3.5, right: 3, partial: 1, wrong: 1 });
    expect(score.insights).toEqual([
      '营收排在本组后一半的客户中有 2 位是好客户，你把其中 1 位判为坏客户：小客户有可能是好客户。',
      '代价最大的一次误判：小美（你判为坏客户），它一年赚 2.4 万元，放弃它就少了这份利润。',
    ]);
  });

  it('a loss-making giant called good is named as losing money', () => {
    // 45,472,000 at 5.4 % = 2,455,488 gross; 157 days: p = 0.01 + 0.05 × 127/30 = 0.221667, exposure
    // 45,472,000 × 157 / 365 = 7,139,104,000 / 365 = 19,559,189.04 → bad debt 4,335,620.2;
    // profit 2,455,488 − 3,336,000 − 4,335,620.2 = −5,216,132.2.
    const deck: SorterDeck = { ...DECK, cards: [card('GI', { name: '电商平台', revenue: 45_472_000, marginRate: 0.054, serviceCost: 3_336_000, paymentDays: 157 }), ...DECK.cards] };
    const score = scoreSorting(deck, { GI: 'good' }, {}, '全班');
    expect(score.cards[0]!.profitability.profit).toBeCloseTo(-5_216_132.2, 0);
    expect(score.cards[0]!.line).toBe('全班判为好客户，模型结论是坏客户：它一年亏 521.6 万元。');
    expect(score.insights[0]).toBe('全班把 1 位大客户（营收排本组前 2 名）判为好客户，其中 1 位其实在亏钱：大客户不等于好客户。');
    expect(score.cards[1]!.line).toBe('全班没有作出判断，模型结论是坏客户：它一年赚 9.7 万元（利润率 9.7%）。');
    expect(score).toMatchObject({ none: 5, wrong: 1, points: 0 });
    expect(score.headline).toBe('得分 0 / 6：判断正确 0 张，判断错误 1 张，没有判断 5 张。');
  });

  it('properties: points between 0 and the card count, counts add up, and perfect calls score full marks', () => {
    const bin = fc.constantFrom<SorterBin | null>('good', 'bad', null);
    fc.assert(
      fc.property(fc.tuple(bin, bin, bin, bin, bin), (calls) => {
        const score = scoreSorting(DECK, Object.fromEntries(DECK.cards.map((c, i) => [c.id, calls[i]])));
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(5);
        expect(score.right + score.partial + score.wrong + score.none).toBe(5);
        expect(score.points).toBe(score.right + score.partial / 2);
      }),
    );
    const perfect = scoreSorting(DECK, { DH: 'bad', XM: 'good', ZX: 'bad', KS: 'bad', WJ: 'good' });
    expect(perfect.points).toBe(4.5); // 中兴 is 观察: half a point whichever pile
    expect(perfect.insights.some((s) => s.startsWith('代价最大'))).toBe(false);
  });
});
