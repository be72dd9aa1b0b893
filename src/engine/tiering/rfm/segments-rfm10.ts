import type { RfmSegmentDefinition } from './types';

/** An rfm10 segment: its inclusive score ranges [low, high] for R, F and M. */
export interface Rfm10SegmentDefinition extends RfmSegmentDefinition {
  readonly recency: readonly [number, number];
  readonly frequency: readonly [number, number];
  readonly monetary: readonly [number, number];
}

type Range = readonly [number, number];

function define(key: string, name: string, r: Range, f: Range, m: Range, description: string, strategy: string): Rfm10SegmentDefinition {
  const rule = `R ${span(r)} · F ${span(f)} · M ${span(m)}`;
  return Object.freeze({ key, name, rule, description, strategy, recency: r, frequency: f, monetary: m });
}

function span([low, high]: Range): string {
  return low === high ? `${low}` : `${low}–${high}`;
}

/**
 * The R package `rfm`'s segments (its introduction vignette), in the order the rules are tried,
 * then `Others`. Keys are the English names exactly as docs/contracts.md §5 writes them.
 * Source: docs/contracts.md §5; rsquaredacademy/rfm 0.3.0, vignette "Introduction to rfm" (after Putler's RFM segments).
 */
export const RFM10_SEGMENTS: readonly Rfm10SegmentDefinition[] = Object.freeze([
  define('Champions', '冠军客户', [5, 5], [5, 5], [5, 5],
    '最近买过、买得最频繁、花得最多。',
    '给予回报和礼遇；请他们抢先试用新品，他们会替品牌说话。'),
  define('Potential Loyalist', '潜力忠诚客户', [3, 5], [3, 5], [2, 5],
    '最近来过，买过不止一次，花费不少。',
    '邀请加入会员或忠诚度计划，推荐相关商品，培养成忠诚客户。'),
  define('Loyal Customers', '忠诚客户', [2, 4], [2, 4], [2, 4],
    '经常购买、花费稳定，对促销反应积极。',
    '向上销售更高价值的商品，请他们评价，让他们参与品牌活动。'),
  define('Promising', '有望客户', [3, 4], [1, 3], [3, 5],
    '近期购买过，但次数不多。',
    '加深品牌认知，提供试用或体验，争取再次购买。'),
  define('New Customers', '新客户', [4, 5], [1, 3], [1, 5],
    '最近才开始购买，次数少。',
    '做好新客引导和首单后的跟进，尽早建立关系。'),
  define("Can't Lose Them", '不能失去的客户', [1, 2], [3, 4], [4, 5],
    '曾经买得多、花得多，但很久没有回来。',
    '用新品或专属优惠赢回，主动沟通，不要让他们流向竞争对手。'),
  define('At Risk', '风险客户', [1, 2], [2, 5], [4, 5],
    '曾经花费很多、常来购买，但已有很长时间没来。',
    '发送个性化的联系和优惠，提供有用的资源，重新建立联系。'),
  define('Need Attention', '需要关注客户', [1, 3], [3, 5], [3, 5],
    '频次和金额都不错，但最近来得少了。',
    '提供限时优惠，按购买历史推荐商品，重新激活。'),
  define('About To Sleep', '即将沉睡客户', [2, 3], [1, 3], [1, 4],
    '近期、频次和金额都偏低，再不行动就会流失。',
    '推荐热门商品或续购折扣，分享有价值的内容，重新建立联系。'),
  define('Lost', '流失客户', [1, 1], [1, 5], [1, 5],
    '很久没有购买。',
    '用有吸引力的活动尝试唤回，无效则不再投入。'),
]);

/** Customers that no rfm10 rule matches. */
export const RFM10_OTHERS: RfmSegmentDefinition = Object.freeze({
  key: 'Others',
  name: '其他',
  rule: '不符合以上任何规则',
  description: '得分组合不属于任何一个规则。',
  strategy: '按一般客户维护，结合其他信息再判断。',
});

/**
 * The rfm10 segment of scores (r, f, m): the first rule of `RFM10_SEGMENTS` whose inclusive
 * R, F and M ranges all hold, else `Others`. Meant for 5-level scores.
 *
 * Source: docs/contracts.md §5; rsquaredacademy/rfm 0.3.0's introduction.
 * @example segmentRfm10(5, 5, 5).key // 'Champions'
 * @example segmentRfm10(4, 4, 4).key // 'Potential Loyalist' (tried before Loyal Customers)
 * @example segmentRfm10(5, 1, 1).key // 'New Customers'
 * @example segmentRfm10(2, 5, 2).key // 'Others'
 */
export function segmentRfm10(r: number, f: number, m: number): RfmSegmentDefinition {
  for (const segment of RFM10_SEGMENTS) {
    if (within(r, segment.recency) && within(f, segment.frequency) && within(m, segment.monetary)) return segment;
  }
  return RFM10_OTHERS;
}

function within(score: number, [low, high]: Range): boolean {
  return score >= low && score <= high;
}
