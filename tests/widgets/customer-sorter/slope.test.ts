import { describe, expect, it } from 'vitest';
import { scoreSorting, type SorterDeck } from '~/engine/selection/sorter';
import { profitOrder, slopeLines, slopeSummary } from '~/widgets/customer-sorter/slope';
import { card } from '../../engine/selection/sorter/fixtures';

// Revenue order: 大 (1), 中 (2), 小 (3). Profit by hand (20-day payment: bad debt = revenue × 20/365 × 1 %):
// 大 10,000,000 × 5 % − 600,000 − 5,479 = −105,479; 中 2,000,000 × 20 % − 20,000 − 1,096 = 378,904;
// 小 500,000 × 40 % − 5,000 − 274 = 194,726. Profit order: 中, 小, 大.
const DECK: SorterDeck = {
  kind: 'intro', seed: 1, traps: {},
  cards: [
    card('S', { name: '小', revenue: 500_000, marginRate: 0.4, serviceCost: 5_000 }),
    card('B', { name: '大', revenue: 10_000_000, marginRate: 0.05, serviceCost: 600_000 }),
    card('M', { name: '中', revenue: 2_000_000, marginRate: 0.2, serviceCost: 20_000 }),
  ],
};

describe('slopeLines: revenue rank → profit rank', () => {
  const lines = slopeLines(scoreSorting(DECK, {}).cards);

  it('puts each customer at its row in both columns', () => {
    expect(lines.map((l) => [l.name, l.from, l.to])).toEqual([
      ['大', 0, 2],
      ['中', 1, 0],
      ['小', 2, 1],
    ]);
    expect(profitOrder(lines).map((l) => l.name)).toEqual(['中', '小', '大']);
    expect(lines[0]!.profit).toBeCloseTo(-105_479.45, 1);
  });

  it('says in one sentence who falls and who rises', () => {
    expect(slopeSummary(lines)).toBe('营收排第 1 的大，利润只排第 3；营收排第 2 的中，利润排到第 1。');
  });

  it('keeps tied ranks on separate rows', () => {
    const twins: SorterDeck = { ...DECK, cards: [card('X', { name: '甲' }), card('Y', { name: '乙' })] };
    const tied = slopeLines(scoreSorting(twins, {}).cards);
    expect(tied.map((l) => [l.rankByRevenue, l.from, l.to])).toEqual([
      [1, 0, 0],
      [1, 1, 1],
    ]);
    expect(slopeSummary(tied)).toBe('按营收和按利润排序，顺序完全相同。');
  });
});
