import { groupPurchaseDays } from '../core/customer-purchase-days';
import { EngineError } from '../core/errors';
import type { Transactions } from '../core/types';

/** What counts as one purchase occasion: a distinct order, or a distinct calendar day. */
export type RepurchaseBasis = 'order' | 'day';

/** The repurchase rate and its parts. */
export interface RepurchaseRate {
  readonly by: RepurchaseBasis;
  /** Customers with at least one purchase. */
  readonly customers: number;
  /** Customers with at least two purchase occasions. */
  readonly repeatCustomers: number;
  /** repeatCustomers / customers, or null when there are no customers (nothing to divide by). */
  readonly rate: number | null;
}

/**
 * The repurchase rate (复购率): the share of buying customers who bought on at least two occasions.
 * An occasion is a distinct order when the data has an order column (default), else a distinct
 * purchase day; `by: 'day'` counts days even when orders are known (two orders on one day are then
 * one occasion). Returns (negative amounts) are not purchases; zero-amount rows are.
 * Source: the course's loyalty indicators (客户忠诚度评价指标: 客户重复购买率), as listed in the syllabus
 * documents' CRM work guide (§3.2).
 * @throws EngineError `no-order-column` when `by: 'order'` is asked for data without orders.
 * @example customers A (orders 1, 2), B (order 3), C (orders 4, 5, 6): 2 of 3 repeat, rate 2/3.
 */
export function repurchaseRate(tx: Transactions, options: { readonly by?: RepurchaseBasis } = {}): RepurchaseRate {
  const by = options.by ?? (tx.order ? 'order' : 'day');
  if (by === 'order' && !tx.order) {
    throw new EngineError('no-order-column', '数据中没有订单号列，无法按订单计算复购率(the data has no order column: cannot count by order)');
  }
  const occasions = by === 'order' ? distinctOrdersPerCustomer(tx, tx.order!) : daysPerCustomer(tx);
  let customers = 0;
  let repeatCustomers = 0;
  for (const count of occasions) {
    if (count > 0) customers++;
    if (count > 1) repeatCustomers++;
  }
  return { by, customers, repeatCustomers, rate: customers > 0 ? repeatCustomers / customers : null };
}

function daysPerCustomer(tx: Transactions): Int32Array {
  const grouped = groupPurchaseDays(tx);
  const counts = new Int32Array(tx.customers.length);
  grouped.customerIndex.forEach((c, k) => (counts[c] = grouped.offsets[k + 1]! - grouped.offsets[k]!));
  return counts;
}

function distinctOrdersPerCustomer(tx: Transactions, order: Int32Array): Int32Array {
  const counts = new Int32Array(tx.customers.length);
  const seen = new Set<number>();
  const orderCount = tx.orderCount ?? tx.orders?.length ?? 0;
  for (let i = 0; i < tx.length; i++) {
    if (!(tx.amount[i]! >= 0)) continue;
    const key = tx.customer[i]! * orderCount + order[i]!;
    if (!seen.has(key)) {
      seen.add(key);
      counts[tx.customer[i]!]!++;
    }
  }
  return counts;
}
