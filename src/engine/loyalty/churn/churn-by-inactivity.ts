import { groupPurchaseDays } from '../../core/customer-purchase-days';
import { EngineError } from '../../core/errors';
import type { Transactions } from '../../core/types';

/** A customer counted as churned. */
export interface ChurnedCustomer {
  readonly customer: string;
  /** Day number of the last purchase before the as-of day. */
  readonly lastPurchase: number;
  /** Whole days from the last purchase to the as-of day. */
  readonly daysInactive: number;
}

/** The result of `churnByInactivity`. */
export interface ChurnByInactivity {
  /** The as-of day used (a day number). */
  readonly asOf: number;
  readonly windowDays: number;
  /** Customers with a purchase before the as-of day. */
  readonly customers: number;
  /** Of those, customers inactive for more than `windowDays`. */
  readonly churned: number;
  /** churned / customers, or null when there are no customers. */
  readonly rate: number | null;
  /** The churned customers, longest inactive first (ties: in order of first appearance). */
  readonly churnedCustomers: ChurnedCustomer[];
}

/**
 * Churn by inactivity (按沉默期判定流失): a customer has churned when more than `windowDays` whole days
 * lie between their last purchase and the as-of day, days inactive = asOf − last purchase day (the
 * same count as RFM recency). The as-of day defaults to the day after the latest date among all rows
 * (returns included), as for RFM; only rows before it are read. Returns (negative amounts) are not
 * purchases. A rule of thumb for a non-contractual business, where nobody announces that they left;
 * choose the window from the usual time between purchases (e.g. 2–3 times the median gap).
 * Source: the "hiatus heuristic" of Wübben & von Wangenheim (2008), "Instant customer base analysis",
 * J. Marketing 72(3):82–93, which found it often as good as BG/NBD's P(alive); the course's chapter 10 (客户挽回).
 * @throws EngineError `invalid-argument` when windowDays is not a number > 0 or asOf is not a whole day number.
 * @example last purchases on days 10 (A) and 95 (B), asOf 100, window 30: A is 90 days inactive and churned,
 *   B is 5 days inactive and not: rate 1/2.
 */
export function churnByInactivity(tx: Transactions, options: { readonly windowDays: number; readonly asOf?: number }): ChurnByInactivity {
  const { windowDays } = options;
  if (!(windowDays > 0) || !Number.isFinite(windowDays)) {
    throw new EngineError('invalid-argument', `沉默期天数必须大于 0，当前为 ${windowDays}(windowDays must be greater than 0)`, { windowDays });
  }
  const asOf = options.asOf ?? dayAfterLast(tx);
  if (!Number.isInteger(asOf)) {
    throw new EngineError('invalid-argument', `截止日必须是整数天数，当前为 ${asOf}(asOf must be a whole day number)`, { asOf });
  }
  const grouped = groupPurchaseDays(tx, { lastDay: asOf - 1 });
  const churnedCustomers: ChurnedCustomer[] = [];
  grouped.customerIndex.forEach((c, k) => {
    const lastPurchase = grouped.days[grouped.offsets[k + 1]! - 1]!;
    const daysInactive = asOf - lastPurchase;
    if (daysInactive > windowDays) churnedCustomers.push({ customer: tx.customers[c]!, lastPurchase, daysInactive });
  });
  churnedCustomers.sort((p, q) => q.daysInactive - p.daysInactive);
  const customers = grouped.customerIndex.length;
  return {
    asOf,
    windowDays,
    customers,
    churned: churnedCustomers.length,
    rate: customers > 0 ? churnedCustomers.length / customers : null,
    churnedCustomers,
  };
}

function dayAfterLast(tx: Transactions): number {
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < tx.length; i++) if (tx.day[i]! > last) last = tx.day[i]!;
  return Number.isFinite(last) ? last + 1 : 0;
}
