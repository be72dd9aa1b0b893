import type { RowIssue, Transactions } from '../core/types';
import { noValidRowsError } from './file-errors';
import { findDateOutliers } from './date-outliers';
import { mergeIssues, skippedRowsWarning, MAX_KEPT_ISSUES } from './issue-log';
import { resolveDates } from './resolve-dates';
import type { SpanInterner } from './span-interner';
import type { ReadTransactionsResult, TransactionRows } from './read-transactions';

/**
 * The file-wide steps of `readTransactions` once every row is read: the date texts turned into days (with the
 * day/month order chosen for the whole file), rows whose date is not a date skipped, dates far from the others
 * named, and the warnings written.
 * @throws EngineError `no-valid-rows` (every row unreadable).
 */
export function finishTransactions(rows: TransactionRows, today?: number): ReadTransactionsResult {
  const { read, mapping, length: n, dateOf, lineOf } = rows;
  const warnings = [...read.warnings];
  const resolved = resolveDates(rows.dates.values);
  warnings.push(...resolved.warnings);
  if (rows.emptyOrders > 0) warnings.push(`有 ${rows.emptyOrders} 行订单号为空，每行按一笔单独的订单计`);

  // Rows whose date text is not a date are dropped now; their issues join the others in line order.
  const dateIssues: RowIssue[] = [];
  let badDates = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(resolved.days[dateOf[i]!]!)) continue;
    badDates++;
    if (dateIssues.length < MAX_KEPT_ISSUES) {
      dateIssues.push({ line: lineOf[i]!, column: mapping.date!, message: resolved.reasons[dateOf[i]!]! });
    }
  }
  const issues = mergeIssues(rows.issues, dateIssues);
  const issueCount = rows.issueCount + badDates;
  const kept = n - badDates;
  if (kept === 0) throw noValidRowsError(rows.rowsRead, issues[0], issues);
  const skipped = skippedRowsWarning(issueCount, issues[0]);
  if (skipped !== null) warnings.push(skipped);
  const dateOutliers = findDateOutliers(dateOf, lineOf, n, resolved.days, today);
  if (dateOutliers.warning !== null) warnings.push(dateOutliers.warning);

  const transactions =
    badDates === 0
      ? withLazyOrders(
          {
            length: n,
            customer: rowsOf(rows.customer, n),
            customers: rows.customers.values,
            day: daysOfRows(dateOf, n, resolved.days),
            amount: rowsOf(rows.amount, n),
            order: rows.order ? rowsOf(rows.order, n) : null,
          },
          rows.orders,
        )
      : compact(n, kept, resolved.days, rows.customer, dateOf, rows.amount, rows.order, rows.customers.values, rows.orders?.values ?? []);

  const { encoding, delimiter, headers } = read;
  return { transactions, issues, issueCount, mapping, encoding, delimiter, headers, rowsRead: rows.rowsRead, dateOutliers, warnings };
}

/**
 * The transactions with `orders` made on first read: RFM, ABC and the repurchase rate only count orders
 * (`orderCount`), and a million order ids as strings cost more time than reading the file's amounts.
 */
function withLazyOrders(columns: Omit<Transactions, 'orders'>, orders: SpanInterner | null): Transactions {
  if (orders === null) return { ...columns, orders: null };
  let values: readonly string[] | undefined;
  return Object.defineProperty({ ...columns, orderCount: orders.size }, 'orders', {
    enumerable: true,
    get: () => (values ??= orders.values),
  }) as Transactions;
}

/**
 * The first `n` entries of a column: a view when the column is nearly full (sized from the file's length), so
 * 10 million rows are not copied while the column is still held; a copy when most of it is empty.
 */
function rowsOf<T extends Int32Array | Float64Array>(data: T, n: number): T {
  return (n >= data.length - (data.length >> 3) ? data.subarray(0, n) : data.slice(0, n)) as T;
}

function daysOfRows(dateOf: Int32Array, n: number, days: Float64Array): Int32Array {
  const day = new Int32Array(n);
  for (let i = 0; i < n; i++) day[i] = days[dateOf[i]!]!;
  return day;
}

/** Keeps the rows whose date was read; customers and orders are interned again so none is left unused. */
function compact(
  n: number,
  kept: number,
  days: Float64Array,
  cust: Int32Array,
  dateOf: Int32Array,
  amountIn: Float64Array,
  orderIn: Int32Array | null,
  customersIn: readonly string[],
  ordersIn: readonly string[],
): Transactions {
  const customer = new Int32Array(kept);
  const day = new Int32Array(kept);
  const amount = new Float64Array(kept);
  const order = orderIn ? new Int32Array(kept) : null;
  const customerMap = new Int32Array(customersIn.length).fill(-1);
  const orderMap = new Int32Array(ordersIn.length).fill(-1);
  const customers: string[] = [];
  const orders: string[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    const d = days[dateOf[i]!]!;
    if (Number.isNaN(d)) continue;
    const c = cust[i]!;
    if (customerMap[c] === -1) customerMap[c] = customers.push(customersIn[c]!) - 1;
    customer[k] = customerMap[c]!;
    day[k] = d;
    amount[k] = amountIn[i]!;
    if (order && orderIn) {
      const o = orderIn[i]!;
      if (orderMap[o] === -1) orderMap[o] = orders.push(ordersIn[o]!) - 1;
      order[k] = orderMap[o]!;
    }
    k++;
  }
  return { length: kept, customer, customers, day, amount, order, orders: order ? orders : null };
}
