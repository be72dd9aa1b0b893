import type { ProfitabilityOptions } from './types';
import { requireAbove, requireInRange } from '../../core/guards';

export type ResolvedProfitabilityOptions = Required<ProfitabilityOptions>;

/** The defaults: illustrative teaching values an instructor can change, not industry norms. */
export const DEFAULT_PROFITABILITY_OPTIONS: ResolvedProfitabilityOptions = Object.freeze({
  termsDays: 30,
  baseDefaultRate: 0.01,
  defaultRatePer30DaysLate: 0.05,
  maxDefaultRate: 0.5,
  riskDays: 90,
  thinMargin: 0.05,
  strongMargin: 0.15,
  highServiceShare: 0.5,
  decline: -0.1,
  strongGrowth: 0.1,
  poorFit: 0.4,
  goodFit: 0.7,
  bigShare: 0.2,
});

/** Fills in defaults and checks the ranges. */
export function resolveProfitabilityOptions(options: ProfitabilityOptions = {}): ResolvedProfitabilityOptions {
  const o = { ...DEFAULT_PROFITABILITY_OPTIONS, ...options };
  const rate = (v: number, code: string, zh: string, en: string) => requireInRange(v, 0, 1, { code, zh, en });
  requireAbove(o.termsDays, 0, { code: 'invalid-terms', zh: '约定账期（天）', en: 'credit term (days)' }, true);
  requireAbove(o.riskDays, o.termsDays, { code: 'invalid-risk-days', zh: '高风险账期（天，不小于约定账期）', en: 'high-risk payment days (at least the credit term)' }, true);
  rate(o.baseDefaultRate, 'invalid-default-rate', '基础违约概率', 'base default probability');
  rate(o.defaultRatePer30DaysLate, 'invalid-default-rate', '每逾期 30 天增加的违约概率', 'default probability per 30 days late');
  requireInRange(o.maxDefaultRate, o.baseDefaultRate, 1, { code: 'invalid-default-rate', zh: '违约概率上限（不小于基础违约概率）', en: 'default probability cap (at least the base)' });
  requireInRange(o.thinMargin, -1, 1, { code: 'invalid-threshold', zh: '微利阈值', en: 'thin-margin threshold' });
  requireInRange(o.strongMargin, o.thinMargin, 1, { code: 'invalid-threshold', zh: '高利润率阈值（不小于微利阈值）', en: 'strong-margin threshold (at least the thin one)' });
  requireAbove(o.highServiceShare, 0, { code: 'invalid-threshold', zh: '服务成本占毛利比例阈值', en: 'service-cost share threshold' });
  requireAbove(o.decline, -1, { code: 'invalid-threshold', zh: '销售下滑阈值', en: 'decline threshold' });
  requireAbove(o.strongGrowth, o.decline, { code: 'invalid-threshold', zh: '高增长阈值（大于下滑阈值）', en: 'strong-growth threshold (above the decline one)' });
  rate(o.poorFit, 'invalid-threshold', '低契合度阈值', 'poor-fit threshold');
  requireInRange(o.goodFit, o.poorFit, 1, { code: 'invalid-threshold', zh: '高契合度阈值（不小于低契合度阈值）', en: 'good-fit threshold (at least the poor one)' });
  rate(o.bigShare, 'invalid-threshold', '大客户所占比例', 'big-customer share');
  return o;
}
