import type { RowIssue, Transactions } from '../core/types';
import type { TextEncodingName } from './detect-encoding';
import type { TransactionMapping } from './guess-mapping';
import { MAX_KEPT_ISSUES } from './issue-log';
import { finishRowsRead } from './finish-rows-read';
import { findDateOutliers, type DateOutliers } from './date-outliers';
import type { ByteSource } from './byte-source';
import { resolveDates } from './resolve-dates';
import { SpanInterner } from './span-interner';
import { BLANK_ORDER, streamTransactionRows, type ReadTransactionsOptionsBase } from './read-transaction-rows';

/** Options of `readTransactions`: stream options plus the columns the user chose. */
export interface ReadTransactionsOptions extends ReadTransactionsOptionsBase {
  /** The caller's today (a day number, see `dayOfLocalDate`): rows dated after it are warned about. */
  readonly today?: number;
}

/** How a transaction file was understood and what was skipped: all of `readTransactions`' result but the rows. */
export interface TransactionFileRead {
  /** The first 20 rows that could not be read, in line order. */
  readonly issues: readonly RowIssue[];
  /** How many rows could not be read. */
  readonly issueCount: number;
  readonly mapping: TransactionMapping;
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
  readonly headers: readonly string[];
  /** Data rows seen (not counting the header and blank lines), read or skipped. */
  readonly rowsRead: number;
  /** Rows whose date is after `today` or more than 10 years from the median date (read, and warned about). */
  readonly dateOutliers: DateOutliers;
  /** Notes for the reader in Chinese: conventions chosen, rows skipped, suspicious dates. */
  readonly warnings: readonly string[];
}

/** A transaction file read into columns, with what was skipped and how the file was understood. */
export interface ReadTransactionsResult extends TransactionFileRead {
  readonly transactions: Transactions;
}

/** An Int32Array / Float64Array that doubles when full. */
class Column<T extends Int32Array | Float64Array> {
  constructor(public data: T) {}
  grow(): void {
    const bigger = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
    bigger.set(this.data);
    this.data = bigger;
  }
}

/**
 * Reads a CSV of transactions (one row per purchase or return: customer, date, amount, optionally an
 * order number) into columnar `Transactions`, streaming: typed arrays for days and amounts, customers
 * and orders interned, each distinct date text parsed once (`resolveDates`, which also picks the
 * day/month order for the whole file). Columns are found by `guessMapping` unless named in
 * `options.mapping`. Amounts are read by `parseAmount`, with a decimal comma in `;`-delimited files.
 * A row that cannot be read is skipped and reported (line with the header as 1, column, reason); an
 * empty order cell makes the row its own order. Never throws for a bad row. Amounts must be below 10^15 in
 * absolute value and years within 1000–9999; dates after `options.today` or more than 10 years from the
 * median date are kept and named in a warning (`dateOutliers`).
 *
 * Source: docs/contracts.md §4 (input rules); the columnar layout follows Apache Arrow's dictionary-encoded columns.
 * @throws EngineError `empty-file`, `binary-file`, `missing-columns` (a required column is not there),
 *   `no-valid-rows` (header only, or every row unreadable), `aborted`.
 * @example
 * // bytes of '会员号,日期,消费金额\nA,2024-01-05,"¥1,200"\n,2024-01-06,5\n'
 * const r = await readTransactions(bytes);
 * // r.transactions.length 1, amount [1200], r.issues [{ line: 3, column: '会员号', message: '客户编号为空' }]
 */
export async function readTransactions(source: ByteSource, options: ReadTransactionsOptions = {}): Promise<ReadTransactionsResult> {
  // Sized for rows of about 32 bytes when the size is known, so the columns rarely need to grow.
  const capacity = Math.min(1 << 26, Math.max(65_536, Math.ceil((options.totalBytes ?? 0) / 32)));
  const cust = new Column(new Int32Array(capacity));
  const dateOf = new Column(new Int32Array(capacity));
  const amount = new Column(new Float64Array(capacity));
  const order = new Column(new Int32Array(capacity));
  const lineOf = new Column(new Int32Array(capacity));
  let n = 0;
  // An empty order cell becomes an order named by its line.
  const orders = new SpanInterner();
  const read = await streamTransactionRows(source, options, (customerId, dateId, value, orderId, line) => {
    if (n === cust.data.length) {
      cust.grow();
      dateOf.grow();
      amount.grow();
      order.grow();
      lineOf.grow();
    }
    if (orderId === BLANK_ORDER) {
      const own = `(第${line}行)`;
      orderId = orders.intern(own, 0, own.length);
    }
    cust.data[n] = customerId;
    dateOf.data[n] = dateId;
    amount.data[n] = value;
    order.data[n] = orderId;
    lineOf.data[n] = line;
    n++;
  }, { orders });
  const { customers, dates, mapping } = read;
  const resolved = resolveDates(dates.values);

  // Rows whose date text is not a date are dropped now; their issues join the others in line order.
  const dateIssues: RowIssue[] = [];
  let badDates = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(resolved.days[dateOf.data[i]!]!)) continue;
    badDates++;
    if (dateIssues.length < MAX_KEPT_ISSUES) {
      dateIssues.push({ line: lineOf.data[i]!, column: mapping.date!, message: resolved.reasons[dateOf.data[i]!]! });
    }
  }
  const kept = n - badDates;
  const { issues, issueCount, dateOutliers, warnings } = finishRowsRead(read, resolved, n, dateIssues, badDates, () =>
    findDateOutliers(dateOf.data, lineOf.data, n, resolved.days, options.today),
  );

  const transactions =
    badDates === 0
      ? withLazyOrders(
          {
            length: n,
            customer: rowsOf(cust.data, n),
            customers: customers.values,
            day: daysOfRows(dateOf.data, n, resolved.days),
            amount: rowsOf(amount.data, n),
            order: read.hasOrders ? rowsOf(order.data, n) : null,
          },
          read.hasOrders ? orders : null,
        )
      : compact(n, kept, resolved.days, cust.data, dateOf.data, amount.data, read.hasOrders ? order.data : null, customers.values, orders.values);

  return { transactions, issues, issueCount, mapping, encoding: read.encoding, delimiter: read.delimiter, headers: read.headers, rowsRead: read.rowsRead, dateOutliers, warnings };
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
