import { requireAbove, requireFinite } from '../../core/guards';

export interface ChurnCost {
  /** lost × marginPerYear: the margin the lost customers would have brought next year. */
  readonly lostMarginNextYear: number;
  /** lost × acquisitionCost: what winning the same number of new customers costs. */
  readonly replacementCost: number;
}

/**
 * What a year's churn costs, in the two parts the course teaches: the margin the lost customers would
 * have brought in the coming year (lost × yearly margin), and the cost of acquiring as many new customers
 * to take their place (lost × acquisition cost). Their whole future is worth more: see the CLV per customer.
 *
 * Source: Reichheld, F.F. & Sasser, W.E. (1990), "Zero defections: quality comes to services", Harvard
 * Business Review 68(5) (the cost of a defection: lost profit plus the cost of replacement); course
 * chapter 10 (例题 城联通信一年流失的代价).
 * @throws EngineError `invalid-count` (lost negative or not finite), `invalid-margin`, `invalid-acquisition` (not finite).
 * @example churnCost({ lost: 6000, marginPerYear: 480, acquisitionCost: 300 }) // { lostMarginNextYear: 2880000, replacementCost: 1800000 }
 */
export function churnCost(input: { readonly lost: number; readonly marginPerYear: number; readonly acquisitionCost: number }): ChurnCost {
  const lost = requireAbove(input.lost, 0, { code: 'invalid-count', zh: '流失客户数', en: 'customers lost' }, true);
  const margin = requireFinite(input.marginPerYear, { code: 'invalid-margin', zh: '每位客户每年的毛利', en: 'margin per customer per year' });
  const acquisition = requireFinite(input.acquisitionCost, { code: 'invalid-acquisition', zh: '开发一位新客户的成本', en: 'acquisition cost per customer' });
  return { lostMarginNextYear: lost * margin, replacementCost: lost * acquisition };
}
