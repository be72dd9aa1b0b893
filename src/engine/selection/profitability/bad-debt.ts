import type { ProfitabilityOptions } from './types';
import { requireAbove } from '../../core/guards';
import { resolveProfitabilityOptions } from './options';

/**
 * Probability that a customer paying after `paymentDays` on average never pays: the base rate for
 * payment within terms, plus a fixed step for every 30 days beyond terms (pro rata), capped.
 * p = min(max, base + step × max(0, paymentDays − terms) / 30). With the defaults (30-day terms,
 * 1 %, +5 % per 30 days late, cap 50 %) paying at 120 days gives 1 % + 5 % × 3 = 16 %.
 *
 * Source: a teaching rule (not an industry norm) after the ageing-of-receivables method of estimating
 * bad debts: the older the receivable, the higher the share expected to go bad.
 * @throws EngineError `invalid-payment-days` (negative); option errors as `customerProfitability`.
 * @example defaultProbability(120) // 0.16
 * @example defaultProbability(20) // 0.01
 */
export function defaultProbability(paymentDays: number, options: ProfitabilityOptions = {}): number {
  const o = resolveProfitabilityOptions(options);
  requireAbove(paymentDays, 0, { code: 'invalid-payment-days', zh: '平均付款天数', en: 'payment days' }, true);
  const late = Math.max(0, paymentDays - o.termsDays);
  return Math.min(o.maxDefaultRate, o.baseDefaultRate + (o.defaultRatePer30DaysLate * late) / 30);
}

/**
 * Expected bad debt over a year = receivable exposure × probability of default, where the exposure is
 * the average amount the customer owes: revenue × paymentDays / 365 (a customer paying in 73 days
 * owes a fifth of a year's revenue at any time).
 *
 * Source: as `defaultProbability`; exposure as the days-sales-outstanding identity (receivables = revenue × DSO / 365).
 * @throws EngineError `invalid-revenue` (negative), `invalid-payment-days` (negative).
 * @example expectedBadDebt(365_000, 120) // 19200 = 120,000 owed × 16 %
 */
export function expectedBadDebt(revenue: number, paymentDays: number, options: ProfitabilityOptions = {}): number {
  requireAbove(revenue, 0, { code: 'invalid-revenue', zh: '年销售额', en: 'revenue' }, true);
  return ((revenue * paymentDays) / 365) * defaultProbability(paymentDays, options);
}
