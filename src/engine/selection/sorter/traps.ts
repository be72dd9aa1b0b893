import type { ResolvedProfitabilityOptions } from '../profitability/options';
import type { CustomerProfitability } from '../profitability/types';
import type { SorterCard, TrapKind } from './types';

/** What a trap card is there to teach: a short title and the lesson, in the chapter's words. */
export interface TrapInfo {
  readonly title: string;
  readonly lesson: string;
}

/** The traps of the 进阶 deck, in the order the deck builder looks for them. */
export const SORTER_TRAPS: Readonly<Record<TrapKind, TrapInfo>> = Object.freeze({
  'giant-loss': { title: '营收第一，却在亏钱', lesson: '大客户不等于好客户：量大带来压价、加急、长账期和坏账风险，扣除这些以后可能是亏的。' },
  'big-thin': { title: '量大价低', lesson: '大客户不等于好客户：毛利被服务成本和长账期吃掉，营收很大，利润很薄。' },
  'big-good': { title: '又大又好', lesson: '大客户也可以是好客户：毛利不薄、按时付款、需求与公司匹配，就该重点维护。' },
  'small-star': { title: '小而精', lesson: '小客户有可能是好客户：毛利高、服务省、回款快，每 100 元营收赚得比大客户多。' },
  'start-up': { title: '成长中的新客户', lesson: '选择有潜力的客户：今天体量小，但增长快、与公司匹配，在它弱小时建立的关系最牢固。' },
  'late-payer': { title: '看起来不错，却迟迟不付款', lesson: '信用是好客户的标准之一：回款越慢，占用资金越多，坏账越可能发生。' },
  churned: { title: '刚刚流失的老客户', lesson: '过去的好客户已转投对手、营收大幅下滑：要观察并找出流失原因（第十章 客户挽回）。' },
  'poor-fit': { title: '不门当户对', lesson: '选择与企业定位一致的客户：需求与公司网络不匹配，服务成本高，越做越亏。' },
  'small-loss': { title: '小客户也不全是好客户', lesson: '订单小而散、特殊要求多时，服务成本会超过毛利；服务小客户要靠标准化降低成本。' },
});

/** A customer of the whole file with its profitability and its revenue rank in the file. */
export interface TrapCandidate {
  readonly card: SorterCard;
  readonly profit: CustomerProfitability;
}

/** The file-wide facts the trap rules need. */
export interface TrapContext {
  readonly o: ResolvedProfitabilityOptions;
  /** Revenue rank at or below this: 大客户 (the top `bigShare` of the file). */
  readonly bigCutoff: number;
  /** Revenue rank above this: the smaller half of the file. */
  readonly smallFrom: number;
}

type Finder = (pool: readonly TrapCandidate[], c: TrapContext) => TrapCandidate | undefined;

const byRevenue = (a: TrapCandidate, b: TrapCandidate) => b.card.revenue - a.card.revenue || cmp(a.card.id, b.card.id);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const first = (pool: readonly TrapCandidate[], keep: (x: TrapCandidate) => boolean, order: (a: TrapCandidate, b: TrapCandidate) => number = byRevenue) =>
  pool.filter(keep).sort(order)[0];
const isBig = (x: TrapCandidate, c: TrapContext) => x.profit.rankByRevenue <= c.bigCutoff;
const isSmall = (x: TrapCandidate, c: TrapContext) => x.profit.rankByRevenue > c.smallFrom;
const isNew = (x: TrapCandidate) => x.card.years === 0 || x.card.status === '新签约';
const isActive = (x: TrapCandidate) => x.card.status !== '已流失' && !isNew(x);

/**
 * The rule that picks each trap card from the file (each card at most once, first trap first):
 * | trap | picks |
 * | giant-loss | the 大客户 (top 20 % by revenue) with the highest revenue among those making a loss |
 * | big-thin | the next 大客户 by revenue whose verdict is bad |
 * | big-good | the 大客户 with the highest revenue whose verdict is good |
 * | small-star | in the smaller half by revenue, the good customer with the highest profit margin |
 * | start-up | a customer signed this year whose verdict is good, the fastest-growing |
 * | late-payer | paying after the risk limit (90 days) with a gross margin of 18 % or more, fit 0.5 or more and
 *   no sharp decline: the one with the highest revenue |
 * | churned | the customer with the highest revenue among those that have left (已流失) |
 * | poor-fit | fit under the poor-fit limit (0.4) and a loss: the largest loss |
 * | small-loss | in the smaller half, an established active customer (≥ 1 year) paying within 90 days, not
 *   declining sharply, that makes a loss: the best fit (then the higher revenue) |
 */
export const TRAP_FINDERS: readonly { readonly trap: TrapKind; readonly find: Finder }[] = Object.freeze([
  { trap: 'giant-loss', find: (pool, c) => first(pool, (x) => isBig(x, c) && x.profit.profit < 0) },
  { trap: 'big-thin', find: (pool, c) => first(pool, (x) => isBig(x, c) && x.profit.verdict === 'bad') },
  { trap: 'big-good', find: (pool, c) => first(pool, (x) => isBig(x, c) && x.profit.verdict === 'good') },
  {
    trap: 'small-star',
    find: (pool, c) => first(pool, (x) => isSmall(x, c) && x.profit.verdict === 'good', (a, b) => (b.profit.profitMargin ?? 0) - (a.profit.profitMargin ?? 0) || byRevenue(a, b)),
  },
  { trap: 'start-up', find: (pool) => first(pool, (x) => isNew(x) && x.profit.verdict === 'good', (a, b) => (b.card.growth ?? 0) - (a.card.growth ?? 0) || byRevenue(a, b)) },
  {
    trap: 'late-payer',
    find: (pool, c) =>
      first(pool, (x) => x.card.paymentDays > c.o.riskDays && x.card.marginRate >= 0.18 && (x.card.fit ?? 0) >= 0.5 && (x.card.growth ?? 0) > c.o.decline),
  },
  { trap: 'churned', find: (pool) => first(pool, (x) => x.card.status === '已流失') },
  { trap: 'poor-fit', find: (pool, c) => first(pool, (x) => x.card.fit !== null && x.card.fit < c.o.poorFit && x.profit.profit < 0, (a, b) => a.profit.profit - b.profit.profit || byRevenue(a, b)) },
  {
    trap: 'small-loss',
    find: (pool, c) =>
      first(
        pool,
        (x) => isSmall(x, c) && isActive(x) && x.profit.profit < 0 && x.card.paymentDays <= c.o.riskDays && (x.card.growth ?? 0) > c.o.decline,
        (a, b) => (b.card.fit ?? 0) - (a.card.fit ?? 0) || byRevenue(a, b),
      ),
  },
]);
