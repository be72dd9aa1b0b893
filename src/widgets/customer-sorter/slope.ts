import type { ScoredCard } from '../../engine/selection/sorter';

/** One customer in the two rankings: its place (0-based, top first) by revenue and by profit. */
export interface SlopeLine {
  readonly id: string;
  readonly name: string;
  readonly revenue: number;
  readonly profit: number;
  readonly rankByRevenue: number;
  readonly rankByProfit: number;
  readonly verdict: ScoredCard['verdict'];
  /** Row in the revenue column and in the profit column (0 = top). */
  readonly from: number;
  readonly to: number;
}

/**
 * The deck ranked by revenue (left) and by profit (right), one line per customer from its revenue row to its
 * profit row. Rows follow the engine's ranks; equal ranks are kept apart by customer id so no two rows overlap.
 */
export function slopeLines(cards: readonly ScoredCard[]): SlopeLine[] {
  const byId = (a: ScoredCard, b: ScoredCard) => (a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0);
  const left = [...cards].sort((a, b) => a.profitability.rankByRevenue - b.profitability.rankByRevenue || byId(a, b));
  const right = [...cards].sort((a, b) => a.profitability.rankByProfit - b.profitability.rankByProfit || byId(a, b));
  return left.map((c, from) => ({
    id: c.card.id,
    name: c.card.name,
    revenue: c.card.revenue,
    profit: c.profitability.profit,
    rankByRevenue: c.profitability.rankByRevenue,
    rankByProfit: c.profitability.rankByProfit,
    verdict: c.verdict,
    from,
    to: right.indexOf(c),
  }));
}

/** Rows ordered by the profit column. */
export function profitOrder(lines: readonly SlopeLine[]): SlopeLine[] {
  return [...lines].sort((a, b) => a.to - b.to);
}

/**
 * One sentence for the chart: the customer whose place falls furthest from revenue to profit, and the one
 * that rises furthest, e.g. 营收排第 1 的华东某电商平台，利润排第 12；营收排第 9 的……，利润排第 2。
 * Empty when every customer keeps its place.
 */
export function slopeSummary(lines: readonly SlopeLine[]): string {
  const fall = [...lines].sort((a, b) => b.to - b.from - (a.to - a.from))[0];
  const rise = [...lines].sort((a, b) => a.to - a.from - (b.to - b.from))[0];
  const parts: string[] = [];
  if (fall && fall.to > fall.from) parts.push(`营收排第 ${fall.rankByRevenue} 的${fall.name}，利润只排第 ${fall.rankByProfit}`);
  if (rise && rise.to < rise.from) parts.push(`营收排第 ${rise.rankByRevenue} 的${rise.name}，利润排到第 ${rise.rankByProfit}`);
  return parts.length ? `${parts.join('；')}。` : '按营收和按利润排序，顺序完全相同。';
}
