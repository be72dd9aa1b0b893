import type { CustomerProfitability, ProfitabilityInput, ProfitabilityOptions, ProfitabilityVerdict } from './types';
import { type ResolvedProfitabilityOptions, resolveProfitabilityOptions } from './options';
import { percent, yuan } from './format';

/** good/watch/bad rules decide the verdict; info rules only explain it. */
export type RuleEffect = ProfitabilityVerdict | 'info';

/** What a rule sees: the input, the computed figures, the options, the customer count and (for info rules) the verdict. */
export interface RuleContext {
  readonly input: ProfitabilityInput;
  readonly row: Omit<CustomerProfitability, 'verdict' | 'reasons' | 'rules'>;
  readonly o: ResolvedProfitabilityOptions;
  readonly customers: number;
  readonly verdict?: ProfitabilityVerdict;
}

export interface ProfitabilityRule {
  readonly id: string;
  readonly effect: RuleEffect;
  /** The condition in Chinese, with the thresholds filled in. */
  readonly condition: (o: ResolvedProfitabilityOptions) => string;
  readonly applies: (c: RuleContext) => boolean;
  /** The reason shown to the learner when the rule fires. */
  readonly reason: (c: RuleContext) => string;
}

const bigCutoff = (c: RuleContext) => Math.max(1, Math.ceil(c.customers * c.o.bigShare));

/**
 * The rules behind the good/bad customer verdict (第三章 "好客户"与"坏客户": 大客户不等于好客户,
 * 小客户有可能是好客户), in the order their reasons are listed. Verdict: bad when any bad rule fires,
 * else watch when any watch rule fires, else good. Info rules fire after the verdict and only explain.
 *
 * | rule | effect | fires when |
 * | loss | bad | profit < 0 |
 * | credit-risk | bad | paymentDays > riskDays (90) |
 * | late-payment | watch | termsDays (30) < paymentDays ≤ riskDays |
 * | thin-margin | watch | 0 ≤ profit margin < thinMargin (5 %) |
 * | high-service-cost | watch | cost to serve > highServiceShare (50 %) of a positive gross margin |
 * | decline | watch | growth ≤ decline (−10 %) |
 * | poor-fit | watch | strategicFit < poorFit (0.4) |
 * | strong-margin | good | profit margin ≥ strongMargin (15 %) |
 * | pays-on-time | good | paymentDays ≤ termsDays |
 * | growing | good | growth ≥ strongGrowth (10 %) |
 * | good-fit | good | strategicFit ≥ goodFit (0.7) |
 * | big-not-good | info | revenue rank in the top bigShare (20 %) and verdict not good |
 * | small-but-good | info | revenue rank in the bottom half and verdict good |
 */
export const PROFITABILITY_RULES: readonly ProfitabilityRule[] = Object.freeze(([
  {
    id: 'loss',
    effect: 'bad',
    condition: () => '扣除服务成本和预期坏账后利润为负',
    applies: (c) => c.row.profit < 0,
    reason: (c) => `扣除服务成本和预期坏账后亏损 ${yuan(-c.row.profit)} 元`,
  },
  {
    id: 'credit-risk',
    effect: 'bad',
    condition: (o) => `平均付款天数超过 ${o.riskDays} 天`,
    applies: (c) => c.input.paymentDays > c.o.riskDays,
    reason: (c) => `账期长达 ${c.input.paymentDays} 天，坏账风险高（预期坏账 ${yuan(c.row.expectedBadDebt)} 元）`,
  },
  {
    id: 'late-payment',
    effect: 'watch',
    condition: (o) => `平均付款天数超过约定账期 ${o.termsDays} 天，但不超过 ${o.riskDays} 天`,
    applies: (c) => c.input.paymentDays > c.o.termsDays && c.input.paymentDays <= c.o.riskDays,
    reason: (c) => `平均 ${c.input.paymentDays} 天才付款，比约定账期晚 ${Number((c.input.paymentDays - c.o.termsDays).toFixed(1))} 天`,
  },
  {
    id: 'thin-margin',
    effect: 'watch',
    condition: (o) => `利润率在 0 到 ${percent(o.thinMargin)} 之间`,
    applies: (c) => c.row.profitMargin !== null && c.row.profitMargin >= 0 && c.row.profitMargin < c.o.thinMargin,
    reason: (c) => `利润率仅 ${percent(c.row.profitMargin ?? 0)}，盈利微薄`,
  },
  {
    id: 'high-service-cost',
    effect: 'watch',
    condition: (o) => `服务成本超过毛利的 ${percent(o.highServiceShare)}`,
    applies: (c) => c.row.grossMargin > 0 && c.row.costToServe > c.o.highServiceShare * c.row.grossMargin,
    reason: (c) => `服务成本 ${yuan(c.row.costToServe)} 元，占毛利的 ${percent(c.row.costToServe / c.row.grossMargin)}，服务成本高`,
  },
  {
    id: 'decline',
    effect: 'watch',
    condition: (o) => `销售额增长率不高于 ${percent(o.decline)}`,
    applies: (c) => c.input.growth !== undefined && c.input.growth <= c.o.decline,
    reason: (c) => `销售额比上年下降 ${percent(-(c.input.growth ?? 0))}，需要关注`,
  },
  {
    id: 'poor-fit',
    effect: 'watch',
    condition: (o) => `与企业定位的契合度低于 ${o.poorFit}`,
    applies: (c) => c.input.strategicFit !== undefined && c.input.strategicFit < c.o.poorFit,
    reason: (c) => `与企业定位的契合度只有 ${c.input.strategicFit}，不是“门当户对”的客户`,
  },
  {
    id: 'strong-margin',
    effect: 'good',
    condition: (o) => `利润率不低于 ${percent(o.strongMargin)}`,
    applies: (c) => c.row.profitMargin !== null && c.row.profitMargin >= c.o.strongMargin,
    reason: (c) => `利润率 ${percent(c.row.profitMargin ?? 0)}，盈利能力强`,
  },
  {
    id: 'pays-on-time',
    effect: 'good',
    condition: (o) => `平均付款天数不超过约定账期 ${o.termsDays} 天`,
    applies: (c) => c.input.paymentDays <= c.o.termsDays,
    reason: (c) => `平均 ${c.input.paymentDays} 天付款，按约定账期回款，信用良好`,
  },
  {
    id: 'growing',
    effect: 'good',
    condition: (o) => `销售额增长率不低于 ${percent(o.strongGrowth)}`,
    applies: (c) => c.input.growth !== undefined && c.input.growth >= c.o.strongGrowth,
    reason: (c) => `销售额比上年增长 ${percent(c.input.growth ?? 0)}，有发展潜力`,
  },
  {
    id: 'good-fit',
    effect: 'good',
    condition: (o) => `与企业定位的契合度不低于 ${o.goodFit}`,
    applies: (c) => c.input.strategicFit !== undefined && c.input.strategicFit >= c.o.goodFit,
    reason: (c) => `与企业定位高度契合（${c.input.strategicFit}），门当户对`,
  },
  {
    id: 'big-not-good',
    effect: 'info',
    condition: (o) => `销售额排在前 ${percent(o.bigShare)}，但结论不是好客户`,
    applies: (c) => c.row.rankByRevenue <= bigCutoff(c) && c.verdict !== 'good',
    reason: (c) => `销售额排第 ${c.row.rankByRevenue}，是大客户，但${c.verdict === 'bad' ? '被判为坏客户' : '需要关注'}：大客户不等于好客户`,
  },
  {
    id: 'small-but-good',
    effect: 'info',
    condition: () => '销售额排在后一半，但结论是好客户',
    applies: (c) => c.row.rankByRevenue > Math.ceil(c.customers / 2) && c.verdict === 'good',
    reason: (c) => `销售额只排第 ${c.row.rankByRevenue}，利润排第 ${c.row.rankByProfit}，各项指标良好：小客户也可能是好客户`,
  },
] satisfies ProfitabilityRule[]).map((rule) => Object.freeze(rule)));

/**
 * The rule table for display: id, effect and the condition in Chinese with the thresholds in use.
 * @throws EngineError for options out of range, as `customerProfitability`.
 * @example profitabilityRuleTable()[1] // { id: 'credit-risk', effect: 'bad', condition: '平均付款天数超过 90 天' }
 */
export function profitabilityRuleTable(options: ProfitabilityOptions = {}): { id: string; effect: RuleEffect; condition: string }[] {
  const o = resolveProfitabilityOptions(options);
  return PROFITABILITY_RULES.map((rule) => ({ id: rule.id, effect: rule.effect, condition: rule.condition(o) }));
}
