import { EngineError } from '../../core/errors';
import { requireAbove } from '../../core/guards';

export interface RetentionRate {
  /** retained / startCustomers; null with no customer at the start. */
  readonly retention: number | null;
  /** lost / startCustomers = 1 − retention; null with no customer at the start. */
  readonly churn: number | null;
  /** startCustomers − retained. */
  readonly lost: number;
}

/**
 * Customer retention rate (客户保持率) over one period: of the customers at the start, the share still
 * buying (or under contract) at the end; churn rate (流失率) = 1 − retention. Customers who joined during
 * the period are not counted: `retained` can only come from the starting customers, otherwise new
 * customers would hide the loss of old ones.
 *
 * Source: Reichheld, F.F. & Sasser, W.E. (1990), "Zero defections: quality comes to services", Harvard
 * Business Review 68(5) (retention and defection rates); course chapters 9 and 10.
 * @throws EngineError `invalid-count` (a count negative or not finite), `inconsistent-counts` (more
 *   retained than there were at the start).
 * @example retentionRate({ startCustomers: 400, retained: 260 }) // { retention: 0.65, churn: 0.35, lost: 140 }
 */
export function retentionRate(input: { readonly startCustomers: number; readonly retained: number }): RetentionRate {
  const start = requireAbove(input.startCustomers, 0, { code: 'invalid-count', zh: '期初客户数', en: 'customers at the start' }, true);
  const retained = requireAbove(input.retained, 0, { code: 'invalid-count', zh: '期末仍活跃的老客户数', en: 'customers retained' }, true);
  if (retained > start) {
    throw new EngineError(
      'inconsistent-counts',
      `期末仍活跃的老客户数 ${retained} 不能多于期初客户数 ${start}，新客户不计入(customers retained cannot exceed those at the start; new customers do not count)`,
      { startCustomers: start, retained },
    );
  }
  const lost = start - retained;
  return { retention: start > 0 ? retained / start : null, churn: start > 0 ? lost / start : null, lost };
}
