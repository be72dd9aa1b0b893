import type { RfmSegmentDefinition, RfmSegmentSummary } from './types';
import { groupedNumber, percentText } from '../../core/number-text';

/** A segment explained in plain words for a learner: who these customers are, what to do, and this data's numbers. */
export interface RfmSegmentReading {
  readonly key: string;
  readonly name: string;
  readonly rule: string;
  /** Who these customers are (the model's description). */
  readonly who: string;
  /** What the chapter teaches to do with them. */
  readonly strategy: string;
  /** cn8: 关键客户 / 普通客户 / 小客户, as chapter 6 roughly maps the segments. */
  readonly tier: string | null;
  /** This data's numbers in one sentence. */
  readonly figures: string;
}

/**
 * Reads one segment of an RFM result aloud: the rule, who the customers are, the strategy, and a sentence
 * with this data's figures (customers and their share, revenue share, mean recency, frequency and monetary).
 *
 * Source: chapter 6 (客户是谁 / 策略 table; 与 RFM 八类的对应 note); docs/contracts.md §5.
 * @example
 * readRfmSegment({ segment: '重要价值客户', segmentKey: 'important-value', customers: 1, orders: 5, revenue: 1680,
 *   customerShare: 0.1, revenueShare: 0.2, meanRecency: 3, meanFrequency: 5, meanMonetary: 1680 }, CN8_SEGMENTS[0]).figures
 * // '1 位客户，占全部客户的 10%，贡献 20% 的消费金额；平均 3 天前最后一次购买，购买 5 次，消费 1,680 元。'
 */
export function readRfmSegment(summary: RfmSegmentSummary, definition: RfmSegmentDefinition): RfmSegmentReading {
  return {
    key: definition.key,
    name: definition.name,
    rule: definition.rule,
    who: definition.description,
    strategy: definition.strategy,
    tier: definition.tier ?? null,
    figures: figures(summary),
  };
}

function figures(s: RfmSegmentSummary): string {
  if (s.customers === 0 || s.meanRecency === null || s.meanFrequency === null || s.meanMonetary === null) {
    return '这份数据里没有这一类客户。';
  }
  const share = s.customerShare === null ? '' : `，占全部客户的 ${percentText(s.customerShare)}`;
  const revenue = s.revenueShare === null ? '' : `，贡献 ${percentText(s.revenueShare)} 的消费金额`;
  return (
    `${groupedNumber(s.customers)} 位客户${share}${revenue}；` +
    `平均 ${groupedNumber(s.meanRecency, 1)} 天前最后一次购买，购买 ${groupedNumber(s.meanFrequency, 1)} 次，消费 ${groupedNumber(s.meanMonetary, 2)} 元。`
  );
}
