import type { CsatResult } from './csat';
import type { NpsResult } from './nps';

/** What a CSAT or NPS figure says, in words for the learner. */
export interface ScoreReading {
  /** A stable key for the band the figure falls in. */
  readonly band: string;
  /** One or two Chinese sentences: what the number means and what to look at next. */
  readonly text: string;
}

/**
 * What a CSAT says: the share of satisfied answers (4–5) read in bands (no answers · under half · half to
 * three quarters · three quarters or more), with the mean score beside it because the two are different
 * measures of the same answers (chapter 8: “平均 3.9 分”和“满意率 70%”).
 *
 * Source: course chapter 8 (客户满意的衡量); docs/contracts.md §5 for CSAT.
 * @example readCsat(customerSatisfactionScore([5, 5, 4, 3, 4, 4, 5, 2, 4, 3, 5, 3, 5, 4, 4, 4, 2, 4, 5, 3])).mean // 3.9 (78 ÷ 20)
 */
export function readCsat(result: CsatResult): ScoreReading & { readonly mean: number | null } {
  if (result.csat === null || result.n === 0) return { band: 'none', mean: null, text: '没有人回答总体满意度题，无法计算 CSAT。' };
  const mean = result.distribution.reduce((sum, count, k) => sum + (k + 1) * count, 0) / result.n;
  const share = `${result.satisfied} ÷ ${result.n}`;
  if (result.csat < 50) {
    return { band: 'low', mean, text: `不到一半的回答是“满意”或“非常满意”（${share}）：多数客户觉得一般或不满意，需要找出原因（看分项得分最低、差距最大的地方）。` };
  }
  if (result.csat < 75) {
    return { band: 'middle', mean, text: `多数回答是满意（${share}），但仍有相当一部分客户觉得一般或不满意：满意率还有提升空间。` };
  }
  return { band: 'high', mean, text: `大多数回答是满意（${share}）：保持现有做法，同时留意打 1–3 分的少数客户为什么不满意。` };
}

/**
 * What an NPS says: negative means more detractors than promoters (word of mouth is working against the
 * company), 0–30 a small lead of promoters, 30–50 a clear lead, 50 and above a strong one. An NPS is best
 * compared with the same company's earlier surveys and with its industry, not with a fixed target.
 *
 * Source: Reichheld, F.F. (2003), "The one number you need to grow", Harvard Business Review 81(12); course chapter 8.
 * @example readNps(netPromoterScore([10, 9, 8, 6, 9, 7, 10, 3, 8, 5, 9, 7, 10, 8, 6, 9, 4, 7, 9, 8])).band // 'modest' (NPS 15)
 */
export function readNps(result: NpsResult): ScoreReading {
  if (result.nps === null) return { band: 'none', text: '没有人回答推荐意愿题，无法计算 NPS。' };
  if (result.nps < 0) {
    return { band: 'negative', text: '贬损者多于推荐者：不满意、可能说坏话的客户比愿意推荐的客户多，口碑在拖后腿。先弄清贬损者为什么不满（看他们的分项评分），再谈增长。' };
  }
  if (result.nps < 30) {
    return { band: 'modest', text: '推荐者略多于贬损者：口碑为正，但优势不大。把打 7–8 分的被动者变成推荐者，是提升 NPS 最现实的空间。' };
  }
  if (result.nps < 50) return { band: 'good', text: '推荐者明显多于贬损者：口碑良好。继续保持，并留意贬损者的意见。' };
  return { band: 'strong', text: '推荐者远多于贬损者：口碑很好。NPS 最好与本企业以往的调查和同行业比较，而不是只看一个固定标准。' };
}
