import { resolveProfitabilityOptions } from '../profitability/options';
import type { ProfitabilityOptions } from '../profitability/types';
import type { SorterCard } from './types';

/** A card's figures in plain words, as a manager would say them. */
export interface CardWords {
  /** 毛利薄 / 毛利一般 / 毛利高. */
  readonly margin: string;
  /** 每 100 元营收的服务成本 7.3 元. */
  readonly service: string;
  /** 按时付款 / 偶尔逾期 / 经常逾期. */
  readonly payment: string;
  /** 明显下滑 / 略有下降 / 基本持平 / 稳定增长 / 快速增长, or '' when unknown. */
  readonly growth: string;
  /** 不太匹配 / 基本匹配 / 高度匹配, or '' when unknown. */
  readonly fit: string;
  /** 今年新签约 / 合作 6 年, or '' when unknown. */
  readonly tenure: string;
}

/**
 * Plain words for a card's figures. Margin: under 10 % 毛利薄, under 20 % 毛利一般, else 毛利高. Payment (as
 * the file's 付款记录): up to the credit term (30 days) 按时付款, up to the risk limit (90) 偶尔逾期, else
 * 经常逾期. Growth: the decline limit (−10 %) or less 明显下滑, below 0 略有下降, below the strong-growth limit (10 %) 基本持平, below 30 % 稳定增长,
 * else 快速增长. Fit: under the poor-fit limit (0.4) 不太匹配, under the good-fit limit (0.7) 基本匹配, else
 * 高度匹配. Service cost as cost per 100 元 of revenue, one decimal. Describes; never judges the customer.
 *
 * Source: the data dictionary of `logistics-customers.csv` (付款记录) and `DEFAULT_PROFITABILITY_OPTIONS`.
 * @throws EngineError for options out of range, as `customerProfitability`.
 * @example
 * // margin 0.054, service 3,336,000 on revenue 45,472,000 (7.34 per 100), 157 days, growth 0.15, fit 0.36, 6 years
 * describeCard(card) // { margin: '毛利薄', service: '每 100 元营收的服务成本 7.3 元', payment: '经常逾期',
 * //                      growth: '稳定增长', fit: '不太匹配', tenure: '合作 6 年' }
 */
export function describeCard(card: SorterCard, options: ProfitabilityOptions = {}): CardWords {
  const o = resolveProfitabilityOptions(options);
  const perHundred = card.revenue > 0 ? (card.serviceCost / card.revenue) * 100 : null;
  return {
    margin: card.marginRate < 0.1 ? '毛利薄' : card.marginRate < 0.2 ? '毛利一般' : '毛利高',
    service: perHundred === null ? '没有营收，服务成本全是支出' : `每 100 元营收的服务成本 ${perHundred.toFixed(1)} 元`,
    payment: card.paymentDays <= o.termsDays ? '按时付款' : card.paymentDays <= o.riskDays ? '偶尔逾期' : '经常逾期',
    growth: card.growth === null ? '' : growthWords(card.growth, o.decline, o.strongGrowth),
    fit: card.fit === null ? '' : card.fit < o.poorFit ? '不太匹配' : card.fit < o.goodFit ? '基本匹配' : '高度匹配',
    tenure: card.years === null ? '' : card.years === 0 ? '今年新签约' : `合作 ${card.years} 年`,
  };
}

function growthWords(growth: number, decline: number, strongGrowth: number): string {
  if (growth <= decline) return '明显下滑';
  if (growth < 0) return '略有下降';
  if (growth < strongGrowth) return '基本持平';
  if (growth < 0.3) return '稳定增长';
  return '快速增长';
}
