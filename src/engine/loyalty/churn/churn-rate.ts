import { EngineError } from '../../core/errors';
import { requireAbove } from '../../core/guards';

export interface ChurnRate {
  /** lost / startCustomers; null with no customer at the start. */
  readonly churn: number | null;
  /** retained / startCustomers = 1 − churn; null with no customer at the start. */
  readonly retention: number | null;
  /** startCustomers − lost. */
  readonly retained: number;
}

/**
 * Churn rate (流失率) over one period: the customers lost during the period as a share of those at its
 * start; the retention rate (客户保持率) is 1 − churn. Only starting customers count as lost: a
 * customer who joined and left within the period is not in this ratio.
 *
 * Source: Reichheld, F.F. & Sasser, W.E. (1990), "Zero defections: quality comes to services", Harvard
 * Business Review 68(5) (defection rate); course chapter 10 (例题 城联通信一年流失的代价).
 * @throws EngineError `invalid-count` (a count negative or not finite), `inconsistent-counts` (more lost
 *   than there were at the start).
 * @example churnRate({ startCustomers: 50000, lost: 6000 }) // { churn: 0.12, retention: 0.88, retained: 44000 }
 */
export function churnRate(input: { readonly startCustomers: number; readonly lost: number }): ChurnRate {
  const start = requireAbove(input.startCustomers, 0, { code: 'invalid-count', zh: '期初客户数', en: 'customers at the start' }, true);
  const lost = requireAbove(input.lost, 0, { code: 'invalid-count', zh: '流失客户数', en: 'customers lost' }, true);
  if (lost > start) {
    throw new EngineError('inconsistent-counts', `流失客户数 ${lost} 不能多于期初客户数 ${start}(customers lost cannot exceed those at the start)`, {
      startCustomers: start,
      lost,
    });
  }
  const retained = start - lost;
  return { churn: start > 0 ? lost / start : null, retention: start > 0 ? retained / start : null, retained };
}
