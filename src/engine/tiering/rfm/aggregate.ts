import type { Transactions } from '../../core/types';
import { EngineError } from '../../core/errors';

/** Per-customer RFM measures before scoring, for the customers with at least one purchase. */
export interface RfmMeasures {
  /** Index into `tx.customers` per scored customer, in order of first appearance. */
  readonly customerIndex: Int32Array;
  /** Day of each scored customer's last purchase. */
  readonly lastPurchase: Int32Array;
  /** Distinct orders among each scored customer's purchases. */
  readonly frequency: Int32Array;
  /** Sum of each scored customer's amounts, returns included. */
  readonly monetary: Float64Array;
  /** The latest day among all rows (returns included). */
  readonly latestDay: number;
  /** The latest purchase day. */
  readonly latestPurchase: number;
  /** Ids of customers who appear in the rows but never with a positive amount. */
  readonly withoutPurchase: string[];
}

/**
 * One pass over the rows: last purchase day, distinct purchase orders and the sum of all amounts
 * per customer (docs/contracts.md §5). A positive amount is a purchase, a negative one a return; without an
 * order column each purchase row is one order. An order id shared by two customers counts for each.
 *
 * @throws EngineError `no-transactions` when there are no rows; `invalid-amount` for an amount that
 *   is not finite; `invalid-customer` for a row whose customer index is out of range.
 * @example
 * // Rows (customer, day, amount), no order column: A 1 +10, B 2 −5, A 3 +20, A 4 −8.
 * aggregateRfmMeasures(tx) // lastPurchase [3], frequency [2], monetary [22], latestDay 4, withoutPurchase ['B']
 */
export function aggregateRfmMeasures(tx: Transactions): RfmMeasures {
  const rows = tx.length;
  if (rows === 0) throw new EngineError('no-transactions', '没有可分析的交易记录(there are no transactions to analyse)');
  const customerCount = tx.customers.length;
  const last = new Int32Array(customerCount).fill(-2147483648);
  const seen = new Uint8Array(customerCount);
  const frequency = new Int32Array(customerCount);
  const monetary = new Float64Array(customerCount);
  const { customer, day, amount, order } = tx;
  const orderOwner = order ? new Int32Array(tx.orderCount ?? tx.orders?.length ?? 0).fill(-1) : null;
  let shared: Set<number> | null = null;
  let latestDay = -Infinity;
  let latestPurchase = -Infinity;

  for (let i = 0; i < rows; i++) {
    const c = customer[i]!;
    const d = day[i]!;
    const a = amount[i]!;
    if (!(c >= 0 && c < customerCount)) {
      throw new EngineError('invalid-customer', `第 ${i + 1} 行的客户编号超出范围(row ${i + 1} has a customer index out of range)`, { row: i });
    }
    if (!Number.isFinite(a)) {
      throw new EngineError('invalid-amount', `第 ${i + 1} 行的金额不是有效数字(row ${i + 1} has an amount that is not a finite number)`, { row: i });
    }
    seen[c] = 1;
    monetary[c]! += a;
    if (d > latestDay) latestDay = d;
    if (a <= 0) continue;
    if (d > last[c]!) last[c] = d;
    if (d > latestPurchase) latestPurchase = d;
    if (order === null || orderOwner === null) {
      frequency[c]! += 1;
      continue;
    }
    const o = order[i]!;
    const owner = orderOwner[o];
    if (owner === undefined) {
      throw new EngineError('invalid-order', `第 ${i + 1} 行的订单编号超出范围(row ${i + 1} has an order index out of range)`, { row: i });
    }
    if (owner === -1) {
      orderOwner[o] = c;
      frequency[c]! += 1;
    } else if (owner !== c) {
      // Rare: one order id under several customers. Count each (customer, order) pair once.
      shared ??= new Set();
      const key = c * orderOwner.length + o;
      if (!shared.has(key)) {
        shared.add(key);
        frequency[c]! += 1;
      }
    }
  }

  let scored = 0;
  const withoutPurchase: string[] = [];
  for (let c = 0; c < customerCount; c++) {
    if (frequency[c]! > 0) scored++;
    else if (seen[c]) withoutPurchase.push(tx.customers[c]!);
  }
  const customerIndex = new Int32Array(scored);
  const lastPurchase = new Int32Array(scored);
  const freq = new Int32Array(scored);
  const money = new Float64Array(scored);
  for (let c = 0, k = 0; c < customerCount; c++) {
    if (frequency[c]! === 0) continue;
    customerIndex[k] = c;
    lastPurchase[k] = last[c]!;
    freq[k] = frequency[c]!;
    money[k] = monetary[c]!;
    k++;
  }
  return { customerIndex, lastPurchase, frequency: freq, monetary: money, latestDay, latestPurchase, withoutPurchase };
}
