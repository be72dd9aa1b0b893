import type { RfmSegmentDefinition } from './types';

/**
 * The eight-class RFM model taught in Chinese CRM textbooks, in the model's order
 * (R高F高M高 first, R低F低M低 last). 高 means the score is strictly above the mean score.
 * Source: SPEC §5, the eight-class model common in Chinese CRM and e-commerce analytics teaching;
 * the strategies follow the usual 客户分级 advice (keep the best, win back the lapsing, spend little on the least).
 */
export const CN8_SEGMENTS: readonly RfmSegmentDefinition[] = Object.freeze([
  {
    key: 'important-value',
    name: '重要价值客户',
    rule: 'R高F高M高',
    description: '最近买过、买得频繁、花得多:企业最有价值的客户。',
    strategy: '倾斜资源重点维护:提供 VIP 专属服务和个性化关怀,保持他们的忠诚。',
  },
  {
    key: 'important-retain',
    name: '重要保持客户',
    rule: 'R低F高M高',
    description: '过去买得频繁、花得多,但最近一段时间没有再来。',
    strategy: '主动联系:电话或短信回访,了解近况与不满,用关怀和专属优惠把他们留住。',
  },
  {
    key: 'important-develop',
    name: '重要发展客户',
    rule: 'R高F低M高',
    description: '最近买过、花得多,但购买次数少。',
    strategy: '提高购买频次:会员积分、交叉销售和定期提醒,培养成重要价值客户。',
  },
  {
    key: 'important-winback',
    name: '重要挽留客户',
    rule: 'R低F低M高',
    description: '曾经花得多,但买得少、很久没来,有流失的危险。',
    strategy: '重点挽留:查明流失原因,针对性地改进并给出挽回方案。',
  },
  {
    key: 'general-value',
    name: '一般价值客户',
    rule: 'R高F高M低',
    description: '最近常来,但每次花得少。',
    strategy: '提高客单价:推荐高价值商品、组合套餐和满额优惠。',
  },
  {
    key: 'general-retain',
    name: '一般保持客户',
    rule: 'R低F高M低',
    description: '过去常来但花得少,最近没有再来。',
    strategy: '低成本维系:推送优惠券和新品信息,唤起再次购买。',
  },
  {
    key: 'general-develop',
    name: '一般发展客户',
    rule: 'R高F低M低',
    description: '最近才来、买得少、花得少,多为新客户。',
    strategy: '新客培育:新人礼遇和首单后的跟进,引导重复购买。',
  },
  {
    key: 'general-winback',
    name: '一般挽留客户',
    rule: 'R低F低M低',
    description: '很久没来、买得少、花得少,价值最低。',
    strategy: '控制投入:只做低成本的自动化触达,必要时放弃。',
  },
].map((segment) => Object.freeze(segment)));

/**
 * The cn8 segment of one customer: each score is 高 when strictly greater than the mean of that
 * score over all customers, else 低; the eight R/F/M combinations name the segments (SPEC §5).
 *
 * Source: SPEC §5.
 * @example segmentCn8(5, 4, 2, 3, 3, 3).name // '一般价值客户' (R高 F高 M低)
 * @example segmentCn8(3, 3, 3, 3, 3, 3).key // 'general-winback' (equal to the mean is 低)
 */
export function segmentCn8(r: number, f: number, m: number, meanR: number, meanF: number, meanM: number): RfmSegmentDefinition {
  // Within each M half the table runs R高F高, R低F高, R高F低, R低F低.
  const index = (m > meanM ? 0 : 4) + (f > meanF ? 0 : 2) + (r > meanR ? 0 : 1);
  return CN8_SEGMENTS[index] as RfmSegmentDefinition;
}
