import type { RfmSegmentDefinition } from './types';

/**
 * The eight-class RFM model taught in Chinese CRM textbooks, in the model's order
 * (R高F高M高 first, R低F低M低 last). 高 means the score is strictly above the mean score.
 * Source: docs/contracts.md §5, the eight-class model common in Chinese CRM and e-commerce analytics teaching.
 * `description` and `strategy` are the two columns 客户是谁 and 策略 of chapter 6's table; `tier` is the chapter's
 * note 与 RFM 八类的对应 (关键客户 / 普通客户 / 小客户), which the chapter says is a rough guide, not a rule.
 */
export const CN8_SEGMENTS: readonly RfmSegmentDefinition[] = Object.freeze([
  {
    key: 'important-value',
    name: '重要价值客户',
    rule: 'R高F高M高',
    description: '最近来过、常来、花得多，最有价值。',
    strategy: '重点维护：专属服务、优先权益、个性化关怀，保持忠诚。',
    tier: '关键客户',
  },
  {
    key: 'important-retain',
    name: '重要保持客户',
    rule: 'R低F高M高',
    description: '过去常来、花得多，最近却没来。',
    strategy: '主动联系：回访了解原因，用关怀和专属优惠把他们留住。',
    tier: '关键客户',
  },
  {
    key: 'important-develop',
    name: '重要发展客户',
    rule: 'R高F低M高',
    description: '最近来过、花得多，但来得少。',
    strategy: '提高频率：会员积分、定期提醒、交叉推荐，培养成重要价值客户。',
    tier: '普通客户',
  },
  {
    key: 'important-winback',
    name: '重要挽留客户',
    rule: 'R低F低M高',
    description: '花过大钱，但来得少、很久没来。',
    strategy: '重点挽回：查明流失原因，有针对性地改进并提出挽回方案。',
    tier: '普通客户',
  },
  {
    key: 'general-value',
    name: '一般价值客户',
    rule: 'R高F高M低',
    description: '最近来过、常来，但每次花得少。',
    strategy: '提高客单价：推荐组合套餐、满额优惠、品质更高的商品。',
    tier: '普通客户',
  },
  {
    key: 'general-retain',
    name: '一般保持客户',
    rule: 'R低F高M低',
    description: '过去常来、花得少，最近没来。',
    strategy: '低成本唤醒：推送优惠券和新品信息。',
    tier: '小客户',
  },
  {
    key: 'general-develop',
    name: '一般发展客户',
    rule: 'R高F低M低',
    description: '最近才来、来得少、花得少，多为新客户。',
    strategy: '新客培育：新人礼遇、首单后跟进，引导再次购买。',
    tier: '小客户',
  },
  {
    key: 'general-winback',
    name: '一般挽留客户',
    rule: 'R低F低M低',
    description: '很久没来、来得少、花得少。',
    strategy: '控制投入：只做低成本的自动化触达，必要时放弃。',
    tier: '小客户',
  },
].map((segment) => Object.freeze(segment)));

/**
 * The cn8 segment of one customer: each score is 高 when strictly greater than the mean of that
 * score over all customers, else 低; the eight R/F/M combinations name the segments (docs/contracts.md §5).
 *
 * Source: docs/contracts.md §5.
 * @example segmentCn8(5, 4, 2, 3, 3, 3).name // '一般价值客户' (R高 F高 M低)
 * @example segmentCn8(3, 3, 3, 3, 3, 3).key // 'general-winback' (equal to the mean is 低)
 */
export function segmentCn8(r: number, f: number, m: number, meanR: number, meanF: number, meanM: number): RfmSegmentDefinition {
  // Within each M half the table runs R高F高, R低F高, R高F低, R低F低.
  const index = (m > meanM ? 0 : 4) + (f > meanF ? 0 : 2) + (r > meanR ? 0 : 1);
  return CN8_SEGMENTS[index] as RfmSegmentDefinition;
}
