import type { Transactions } from '~/engine/core/types';
import { dayFromYmd } from '~/engine/core/dates';

/** One test row: customer, date ('YYYY-MM-DD') or day number, amount, optional order id. */
export type Row = readonly [customer: string, date: string | number, amount: number, order?: string];

/** Builds frozen columnar `Transactions` from rows (orders interned when every row has one). */
export function makeTransactions(rows: readonly Row[]): Transactions {
  const customers: string[] = [];
  const customerIds = new Map<string, number>();
  const orders: string[] = [];
  const orderIds = new Map<string, number>();
  const hasOrders = rows.length > 0 && rows.every((row) => row[3] !== undefined);
  const customer = new Int32Array(rows.length);
  const day = new Int32Array(rows.length);
  const amount = new Float64Array(rows.length);
  const order = hasOrders ? new Int32Array(rows.length) : null;
  rows.forEach(([id, date, value, orderId], i) => {
    customer[i] = intern(id, customers, customerIds);
    day[i] = typeof date === 'number' ? date : parseYmd(date);
    amount[i] = value;
    if (order) order[i] = intern(orderId as string, orders, orderIds);
  });
  return Object.freeze({
    length: rows.length,
    customer,
    customers: Object.freeze(customers),
    day,
    amount,
    order,
    orders: hasOrders ? Object.freeze(orders) : null,
  });
}

function intern(id: string, list: string[], ids: Map<string, number>): number {
  let index = ids.get(id);
  if (index === undefined) {
    index = list.length;
    list.push(id);
    ids.set(id, index);
  }
  return index;
}

function parseYmd(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return dayFromYmd(y!, m!, d!);
}
