import { dayFromYmd } from '~/engine/core/dates';
import type { Transactions } from '~/engine/core/types';

/** One row for `makeTransactions`: a customer id, a date `YYYY-MM-DD` or a day number, an amount, an optional order id. */
export interface RowSpec {
  readonly customer: string;
  readonly date: string | number;
  readonly amount: number;
  readonly order?: string;
}

/**
 * Builds columnar `Transactions` from plain rows (test helper, independent of the ingest module).
 * Orders are kept when every row names one. The result is deeply frozen, as the engine must not change it.
 */
export function makeTransactions(rows: readonly RowSpec[]): Transactions {
  const customers: string[] = [];
  const customerIndex = new Map<string, number>();
  const orders: string[] = [];
  const orderIndex = new Map<string, number>();
  const withOrders = rows.length > 0 && rows.every((row) => row.order !== undefined);
  const intern = (map: Map<string, number>, list: string[], key: string) => {
    let at = map.get(key);
    if (at === undefined) {
      at = list.length;
      map.set(key, at);
      list.push(key);
    }
    return at;
  };
  const tx: Transactions = {
    length: rows.length,
    customer: Int32Array.from(rows, (row) => intern(customerIndex, customers, row.customer)),
    customers: Object.freeze(customers),
    day: Int32Array.from(rows, (row) => (typeof row.date === 'number' ? row.date : dayOf(row.date))),
    amount: Float64Array.from(rows, (row) => row.amount),
    order: withOrders ? Int32Array.from(rows, (row) => intern(orderIndex, orders, row.order!)) : null,
    orders: withOrders ? Object.freeze(orders) : null,
  };
  return Object.freeze(tx);
}

function dayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return dayFromYmd(y!, m!, d!);
}
