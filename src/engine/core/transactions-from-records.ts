import type { Transactions } from './types';
import { EngineError } from './errors';
import { dayFromYmd } from './dates';

/** One transaction written out by hand: a customer id, an ISO date `YYYY-MM-DD`, an amount, optionally an order id. */
export interface TransactionRecord {
  readonly customer: string;
  readonly date: string;
  readonly amount: number;
  readonly order?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Columnar `Transactions` from a short list of records (a worked example, a test, a teaching sample):
 * customers and orders interned in order of first appearance; orders kept only when every record has one.
 * For files use `readTransactions`, which streams and reports bad rows instead of throwing.
 *
 * @throws EngineError `invalid-date` for a date that is not a real `YYYY-MM-DD` day; `invalid-amount` for
 *   an amount that is not finite; `invalid-customer` for an empty customer id.
 * @example
 * transactionsFromRecords([{ customer: 'A', date: '1970-01-02', amount: 5 }, { customer: 'B', date: '1970-01-03', amount: -2 }])
 * // { length: 2, customers: ['A', 'B'], customer: [0, 1], day: [1, 2], amount: [5, −2], order: null, orders: null }
 */
export function transactionsFromRecords(records: readonly TransactionRecord[]): Transactions {
  const customers: string[] = [];
  const customerIds = new Map<string, number>();
  const orders: string[] = [];
  const orderIds = new Map<string, number>();
  const withOrders = records.length > 0 && records.every((r) => r.order !== undefined);
  const customer = new Int32Array(records.length);
  const day = new Int32Array(records.length);
  const amount = new Float64Array(records.length);
  const order = withOrders ? new Int32Array(records.length) : null;

  records.forEach((record, i) => {
    const where = `第 ${i + 1} 条记录`;
    if (typeof record.customer !== 'string' || record.customer.trim() === '') {
      throw new EngineError('invalid-customer', `${where}的客户编号为空(record ${i + 1} has no customer id)`, { index: i });
    }
    if (typeof record.amount !== 'number' || !Number.isFinite(record.amount)) {
      throw new EngineError('invalid-amount', `${where}的金额不是有效数字(record ${i + 1} has an amount that is not a finite number)`, { index: i });
    }
    customer[i] = intern(record.customer, customers, customerIds);
    day[i] = isoDay(record.date, i);
    amount[i] = record.amount;
    if (order) order[i] = intern(record.order!, orders, orderIds);
  });
  return { length: records.length, customer, customers, day, amount, order, orders: order ? orders : null };
}

function intern(key: string, list: string[], ids: Map<string, number>): number {
  let at = ids.get(key);
  if (at === undefined) {
    at = list.push(key) - 1;
    ids.set(key, at);
  }
  return at;
}

function isoDay(text: string, i: number): number {
  const match = ISO_DATE.exec(text);
  if (match) {
    const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const day = dayFromYmd(year, month, dayOfMonth);
    const check = new Date(day * 86_400_000);
    if (check.getUTCFullYear() === year && check.getUTCMonth() + 1 === month && check.getUTCDate() === dayOfMonth) return day;
  }
  throw new EngineError('invalid-date', `第 ${i + 1} 条记录的日期“${text}”不是 YYYY-MM-DD 格式的有效日期(record ${i + 1}: "${text}" is not a valid YYYY-MM-DD date)`, { index: i, date: text });
}
