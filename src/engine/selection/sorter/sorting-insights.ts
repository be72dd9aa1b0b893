import type { ResolvedProfitabilityOptions } from '../profitability/options';
import { formatWan } from './format';
import type { ScoredCard, Subject } from './score-sorting';

/**
 * What a set of calls shows about the two claims of chapter 3, in plain Chinese, strongest point first.
 * 大客户 = the top `bigShare` (20 %) of the deck by revenue (at least one card); 小客户 = the smaller half.
 * 1. Big customers called good: how many of them lose money, or are not good by the model, or that they
 *    all are good (大客户不等于好客户 / 大客户也可以是好客户).
 * 2. Good customers in the smaller half called bad (小客户有可能是好客户); or, when none were missed, that
 *    they were all spotted; loss-making small customers called good (小客户也不全是好客户).
 * 3. The costliest wrong call: a bad customer called good costs its loss (or, when it still shows a profit,
 *    its expected bad debt); a good customer called bad costs the profit given up. The largest is named.
 * Cards without a call are left out.
 *
 * Source: syllabus ch. 3, 第二节 “好客户”与“坏客户”.
 * @throws never.
 * @example
 * // a deck of 5; the top card (revenue rank 1) loses 100 万元 and was called good
 * sortingInsights(cards, o)[0] // '你把 1 位大客户（营收排本组前 1 名）判为好客户，其中 1 位其实在亏钱：大客户不等于好客户。'
 */
export function sortingInsights(cards: readonly ScoredCard[], o: ResolvedProfitabilityOptions, subject: Subject = '你'): string[] {
  const n = cards.length;
  if (n === 0) return [];
  const bigCutoff = Math.max(1, Math.ceil(n * o.bigShare));
  const smallFrom = Math.ceil(n / 2);
  const called = cards.filter((c) => c.call !== null);
  const big = called.filter((c) => c.profitability.rankByRevenue <= bigCutoff);
  const small = called.filter((c) => c.profitability.rankByRevenue > smallFrom);
  const out: string[] = [];

  const bigGood = big.filter((c) => c.call === 'good');
  if (bigGood.length > 0) {
    const losing = bigGood.filter((c) => c.profitability.profit < 0).length;
    const notGood = bigGood.filter((c) => c.verdict !== 'good').length;
    const lead = `${subject}把 ${bigGood.length} 位大客户（营收排本组前 ${bigCutoff} 名）判为好客户，`;
    if (losing > 0) out.push(`${lead}其中 ${losing} 位其实在亏钱：大客户不等于好客户。`);
    else if (notGood > 0) out.push(`${lead}其中 ${notGood} 位扣除服务成本和风险后并不是好客户：大客户不等于好客户。`);
    else out.push(`${lead}它们确实都是好客户：大客户也可以是好客户，关键看利润和风险。`);
  }
  const bigBadButGood = big.filter((c) => c.call === 'bad' && c.verdict === 'good');
  if (bigBadButGood.length > 0) {
    out.push(`${subject}把 ${bigBadButGood.length} 位其实很赚钱的大客户判为坏客户：不能因为“大”就怀疑它，要看利润和风险。`);
  }

  const smallGood = small.filter((c) => c.verdict === 'good');
  const missed = smallGood.filter((c) => c.call === 'bad').length;
  if (missed > 0) out.push(`营收排在本组后一半的客户中有 ${smallGood.length} 位是好客户，${subject}把其中 ${missed} 位判为坏客户：小客户有可能是好客户。`);
  else if (smallGood.length > 0) out.push(`营收排在本组后一半的 ${smallGood.length} 位好客户，${subject}都认出来了：小客户有可能是好客户。`);
  const smallLossCalledGood = small.filter((c) => c.call === 'good' && c.profitability.profit < 0).length;
  if (smallLossCalledGood > 0) out.push(`${subject}把 ${smallLossCalledGood} 位亏钱的小客户判为好客户：小客户也不全是好客户，服务成本可能超过毛利。`);

  const worst = called
    .filter((c) => c.outcome === 'wrong')
    .map((c) => ({ c, cost: missCost(c) }))
    .sort((a, b) => b.cost.amount - a.cost.amount)[0];
  if (worst) out.push(`代价最大的一次误判：${worst.c.card.name}（${subject}判为${worst.c.call === 'good' ? '好客户' : '坏客户'}），${worst.cost.text}。`);
  return out;
}

/** What a wrong call costs: the loss or the expected bad debt taken on, or the profit given up. */
function missCost(c: ScoredCard): { amount: number; text: string } {
  const p = c.profitability;
  if (c.call === 'bad') return { amount: p.profit, text: `它一年赚 ${formatWan(p.profit)} 万元，放弃它就少了这份利润` };
  if (p.profit < 0) return { amount: -p.profit, text: `它一年亏 ${formatWan(-p.profit)} 万元` };
  return { amount: p.expectedBadDebt, text: `它平均 ${c.card.paymentDays} 天才回款，预期坏账 ${formatWan(p.expectedBadDebt)} 万元，风险高` };
}
