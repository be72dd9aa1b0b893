import type { CustomerProfitability, ProfitabilityInput, ProfitabilityOptions, ProfitabilityVerdict } from './types';
import { requireAbove, requireInRange } from '../../core/guards';
import { resolveProfitabilityOptions } from './options';
import { defaultProbability } from './bad-debt';
import { PROFITABILITY_RULES, type RuleContext } from './rules';

/**
 * Customer profitability and a rule-based good/watch/bad verdict for the chapter-3 customer sorter.
 * profit = revenue × marginRate − cost to serve − expected bad debt, where expected bad debt =
 * revenue × paymentDays / 365 (the average receivable) × a probability of default that grows with the
 * days paid beyond terms (`defaultProbability`); for a customer with a known bad-debt rate (坏账率) it is
 * revenue × badDebtRate instead, as in the chapter's worked example. Customers are ranked by revenue and
 * by profit (1 = highest, ties share a rank), then judged by `PROFITABILITY_RULES`: bad when any bad rule fires
 * (a loss, or paying later than `riskDays`), else watch when any watch rule fires (late payment, thin
 * margin, high cost to serve, falling sales, poor fit), else good; `reasons` lists every rule that fired.
 *
 * Source: customer profitability analysis (cost to serve) after Kaplan, R.S. & Cooper, R. (1998), Cost &
 * Effect (managing customer profitability); the 好客户/坏客户 criteria of the course syllabus, chapter 3. Thresholds are teaching
 * defaults (`DEFAULT_PROFITABILITY_OPTIONS`).
 * @throws EngineError `invalid-revenue`, `invalid-service-cost`, `invalid-payment-days` (negative or not
 *   finite), `invalid-margin-rate` (outside −1..1), `invalid-bad-debt-rate` (outside 0..1), `invalid-growth`
 *   (not above −1), `invalid-fit` (outside 0..1), and option errors (`invalid-terms`, `invalid-risk-days`, `invalid-default-rate`, `invalid-threshold`).
 * @example
 * // Revenue 1,000,000 at 20 %, service 50,000, paying in 120 days: bad debt 328,767 × 16 % = 52,603,
 * // profit 200,000 − 50,000 − 52,603 = 97,397 (9.7 %), verdict 'bad' ('账期长达 120 天，坏账风险高…').
 * customerProfitability([{ customer: '大华', revenue: 1e6, marginRate: 0.2, serviceCost: 5e4, paymentDays: 120 }])[0].verdict // 'bad'
 * // With a known bad-debt rate of 0.5 %: 800,000 × 25 % − 60,000 − 800,000 × 0.5 % = 200,000 − 60,000 − 4,000.
 * customerProfitability([{ customer: '精衡', revenue: 8e5, marginRate: 0.25, serviceCost: 6e4, paymentDays: 30, badDebtRate: 0.005 }])[0].profit // 136000
 */
export function customerProfitability(customers: readonly ProfitabilityInput[], options: ProfitabilityOptions = {}): CustomerProfitability[] {
  const o = resolveProfitabilityOptions(options);
  const rows = customers.map((input, i) => {
    const who = `第 ${i + 1} 位客户的`;
    const en = ` of customer ${i + 1}`;
    const revenue = requireAbove(input.revenue, 0, { code: 'invalid-revenue', zh: `${who}年销售额`, en: `revenue${en}` }, true);
    const marginRate = requireInRange(input.marginRate, -1, 1, { code: 'invalid-margin-rate', zh: `${who}毛利率`, en: `margin rate${en}` });
    const costToServe = requireAbove(input.serviceCost, 0, { code: 'invalid-service-cost', zh: `${who}服务成本`, en: `cost to serve${en}` }, true);
    const paymentDays = requireAbove(input.paymentDays, 0, { code: 'invalid-payment-days', zh: `${who}平均付款天数`, en: `payment days${en}` }, true);
    if (input.growth !== undefined) requireAbove(input.growth, -1, { code: 'invalid-growth', zh: `${who}销售增长率`, en: `growth${en}` });
    if (input.strategicFit !== undefined) requireInRange(input.strategicFit, 0, 1, { code: 'invalid-fit', zh: `${who}战略契合度`, en: `strategic fit${en}` });
    const rate = input.badDebtRate === undefined ? undefined : requireInRange(input.badDebtRate, 0, 1, { code: 'invalid-bad-debt-rate', zh: `${who}坏账率`, en: `bad-debt rate${en}` });
    const grossMargin = revenue * marginRate;
    const probability = rate ?? defaultProbability(paymentDays, o);
    const badDebt = rate === undefined ? ((revenue * paymentDays) / 365) * probability : revenue * rate;
    const profit = grossMargin - costToServe - badDebt;
    return { customer: input.customer, revenue, grossMargin, costToServe, expectedBadDebt: badDebt, defaultProbability: probability, profit, profitMargin: revenue > 0 ? profit / revenue : null };
  });

  const revenueRanks = competitionRanks(rows.map((r) => r.revenue));
  const profitRanks = competitionRanks(rows.map((r) => r.profit));
  return rows.map((figures, i) => {
    const row = { ...figures, rankByRevenue: revenueRanks[i]!, rankByProfit: profitRanks[i]! };
    const context: RuleContext = { input: customers[i]!, row, o, customers: rows.length };
    const fired = PROFITABILITY_RULES.filter((rule) => rule.effect !== 'info' && rule.applies(context));
    const verdict: ProfitabilityVerdict = fired.some((r) => r.effect === 'bad') ? 'bad' : fired.some((r) => r.effect === 'watch') ? 'watch' : 'good';
    const explained = { ...context, verdict };
    const all = [...fired, ...PROFITABILITY_RULES.filter((rule) => rule.effect === 'info' && rule.applies(explained))];
    // One of the three payment rules always fires, so there is always at least one reason.
    return { ...row, verdict, reasons: all.map((rule) => rule.reason(explained)), rules: all.map((rule) => rule.id) };
  });
}

/** 1 for the largest value; equal values share the rank of the first ("1224" ranking). */
function competitionRanks(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((w) => w > v).length);
}
