import type { RowIssue, Transactions } from '../core/types';
import type { TextEncodingName } from './detect-encoding';
import { missingColumnsError, noValidRowsError, type MissingField } from './file-errors';
import { guessMapping, type TransactionField, type TransactionMapping } from './guess-mapping';
import { IssueLog, mergeIssues, quoteCell, skippedRowsWarning, MAX_KEPT_ISSUES } from './issue-log';
import { findColumn } from './match-columns';
import { findDateOutliers, type DateOutliers } from './date-outliers';
import { amountInBytes, amountInSpan } from './amount-span';
import { amountSizeProblem } from './parse-amount';
import { readCsvRecords, type CsvLayout, type StreamOptions } from './read-csv-records';
import type { ByteSource } from './byte-source';
import { resolveDates } from './resolve-dates';
import { SpanInterner } from './span-interner';
import { isTrimmed } from './trimmed';
import { trimUtf8End, trimUtf8Start, utf8Text } from './utf8-cell';
import { gbkCellText, gbkCodes, gbkText, trimGbkEnd, trimGbkStart } from './gbk-cell';

/** Options of `readTransactions`: stream options plus the columns the user chose. */
export interface ReadTransactionsOptions extends StreamOptions {
  /** Header names chosen by the user; fields left out are guessed (`order: null`: no order column). */
  readonly mapping?: Partial<Record<TransactionField, string | null>>;
  /** The caller's today (a day number, see `dayOfLocalDate`): rows dated after it are warned about. */
  readonly today?: number;
}

/** A transaction file read into columns, with what was skipped and how the file was understood. */
export interface ReadTransactionsResult {
  readonly transactions: Transactions;
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

const LABELS: Record<TransactionField, [zh: string, en: string]> = {
  customer: ['客户编号', 'customer'],
  date: ['日期', 'date'],
  amount: ['金额', 'amount'],
  order: ['订单号', 'order'],
};

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
  let mapping: Record<TransactionField, string | null> = { customer: null, date: null, amount: null, order: null };
  let ci = -1;
  let di = -1;
  let ai = -1;
  let oi = -1;
  let needed = 0;
  let decimalComma = false;

  const customers = new SpanInterner();
  const orders = new SpanInterner();
  const dates = new SpanInterner();
  // Sized for rows of about 32 bytes when the size is known, so the columns rarely need to grow.
  const capacity = Math.min(1 << 26, Math.max(65_536, Math.ceil((options.totalBytes ?? 0) / 32)));
  const cust = new Column(new Int32Array(capacity));
  const dateOf = new Column(new Int32Array(capacity));
  const amount = new Column(new Float64Array(capacity));
  const order = new Column(new Int32Array(capacity));
  const lineOf = new Column(new Int32Array(capacity));
  const log = new IssueLog();
  let n = 0;
  let rowsRead = 0;
  let emptyOrders = 0;

  const header = (layout: CsvLayout): number => {
    const { headers } = layout;
    const guess = guessMapping(headers).mapping;
    const chosen = options.mapping ?? {};
    const missing: MissingField[] = [];
    for (const field of ['customer', 'date', 'amount', 'order'] as const) {
      const named = chosen[field];
      let column = -1;
      if (named === undefined) column = guess[field] === null ? -1 : headers.indexOf(guess[field]!);
      else if (named !== null) column = findColumn(headers, named);
      mapping[field] = column >= 0 ? headers[column]! : null;
      if (column < 0 && (field !== 'order' || (named !== undefined && named !== null))) {
        missing.push({ label: LABELS[field][0], labelEn: LABELS[field][1], named });
      }
      if (field === 'customer') ci = column;
      else if (field === 'date') di = column;
      else if (field === 'amount') ai = column;
      else oi = column;
    }
    if (missing.length > 0) throw missingColumnsError(missing, headers);
    needed = Math.max(ci, di, ai, oi) + 1;
    decimalComma = layout.delimiter === ';';
    return needed;
  };

  /** Stores one row that was read. */
  const keep = (customerId: number, dateId: number, value: number, orderId: number, line: number): void => {
    if (n === cust.data.length) {
      cust.grow();
      dateOf.grow();
      amount.grow();
      order.grow();
      lineOf.grow();
    }
    cust.data[n] = customerId;
    dateOf.data[n] = dateId;
    amount.data[n] = value;
    order.data[n] = orderId;
    lineOf.data[n] = line;
    n++;
  };

  /** An empty order cell: the row is an order of its own, named by its line. */
  const ownOrder = (line: number): number => {
    emptyOrders++;
    const own = `(第${line}行)`;
    return orders.intern(own, 0, own.length);
  };

  // One row, its cells given as [start, end) in `texts[k]` (the fast path passes the chunk for every
  // cell, the quoted path one string per cell).
  const row = (texts: readonly string[], starts: Int32Array, ends: Int32Array, count: number, line: number): void => {
    rowsRead++;
    if (count < needed) {
      log.add(line, undefined, `这一行只有 ${count} 列，表头有 ${needed} 列以上`);
      return;
    }
    const ct = texts[ci]!;
    let s = starts[ci]!;
    let e = ends[ci]!;
    while (s < e && isTrimmed(ct.charCodeAt(s))) s++;
    while (e > s && isTrimmed(ct.charCodeAt(e - 1))) e--;
    if (s === e) return log.add(line, mapping.customer!, '客户编号为空');

    const at = texts[ai]!;
    let as = starts[ai]!;
    let ae = ends[ai]!;
    while (as < ae && isTrimmed(at.charCodeAt(as))) as++;
    while (ae > as && isTrimmed(at.charCodeAt(ae - 1))) ae--;
    const value = as === ae ? Number.NaN : amountInSpan(at, as, ae, decimalComma);
    if (Number.isNaN(value)) {
      return log.add(line, mapping.amount!, as === ae ? '金额为空' : `无法识别的金额：${quoteCell(at.slice(as, ae))}`);
    }
    const tooLarge = amountSizeProblem(value);
    if (tooLarge !== null) return log.add(line, mapping.amount!, `${tooLarge}：${quoteCell(at.slice(as, ae))}`);

    const dt = texts[di]!;
    let ds = starts[di]!;
    let de = ends[di]!;
    while (ds < de && isTrimmed(dt.charCodeAt(ds))) ds++;
    while (de > ds && isTrimmed(dt.charCodeAt(de - 1))) de--;
    if (ds === de) return log.add(line, mapping.date!, '日期为空');

    let orderId = -1;
    if (oi >= 0) {
      const ot = texts[oi]!;
      let os = starts[oi]!;
      let oe = ends[oi]!;
      while (os < oe && isTrimmed(ot.charCodeAt(os))) os++;
      while (oe > os && isTrimmed(ot.charCodeAt(oe - 1))) oe--;
      if (os === oe) {
        orderId = ownOrder(line);
      } else {
        orderId = orders.intern(ot, os, oe);
      }
    }
    keep(customers.intern(ct, s, e), dates.intern(dt, ds, de), value, orderId, line);
  };

  // `row` for the byte path (UTF-8 files): the same checks and messages, the cells read from the bytes.
  const byteRow = (bytes: Uint8Array, starts: Int32Array, ends: Int32Array, count: number, line: number): void => {
    rowsRead++;
    if (count < needed) {
      log.add(line, undefined, `这一行只有 ${count} 列，表头有 ${needed} 列以上`);
      return;
    }
    const s = trimUtf8Start(bytes, starts[ci]!, ends[ci]!);
    const e = trimUtf8End(bytes, s, ends[ci]!);
    if (s === e) return log.add(line, mapping.customer!, '客户编号为空');

    const as = trimUtf8Start(bytes, starts[ai]!, ends[ai]!);
    const ae = trimUtf8End(bytes, as, ends[ai]!);
    const value = as === ae ? Number.NaN : amountInBytes(bytes, as, ae, decimalComma);
    if (Number.isNaN(value)) {
      return log.add(line, mapping.amount!, as === ae ? '金额为空' : `无法识别的金额：${quoteCell(utf8Text(bytes, as, ae))}`);
    }
    const tooLarge = amountSizeProblem(value);
    if (tooLarge !== null) return log.add(line, mapping.amount!, `${tooLarge}：${quoteCell(utf8Text(bytes, as, ae))}`);

    const ds = trimUtf8Start(bytes, starts[di]!, ends[di]!);
    const de = trimUtf8End(bytes, ds, ends[di]!);
    if (ds === de) return log.add(line, mapping.date!, '日期为空');

    let orderId = -1;
    if (oi >= 0) {
      const os = trimUtf8Start(bytes, starts[oi]!, ends[oi]!);
      const oe = trimUtf8End(bytes, os, ends[oi]!);
      if (os === oe) {
        orderId = ownOrder(line);
      } else {
        orderId = orders.internBytes(bytes, os, oe);
      }
    }
    keep(customers.internBytes(bytes, s, e), dates.internBytes(bytes, ds, de), value, orderId, line);
  };

  // `row` for the byte path of GBK files: the cells trimmed and interned through the table of two-byte codes;
  // a row with a cell that is not ASCII and whole codes is decoded and read by `row`, as the text path would.
  let gbk: Uint16Array | null = null;
  const gbkRow = (bytes: Uint8Array, starts: Int32Array, ends: Int32Array, count: number, line: number): void => {
    if (count < needed) {
      rowsRead++;
      log.add(line, undefined, `这一行只有 ${count} 列，表头有 ${needed} 列以上`);
      return;
    }
    const table = (gbk ??= gbkCodes());
    const s = trimGbkStart(bytes, starts[ci]!, ends[ci]!, table);
    const e = trimGbkEnd(bytes, s, ends[ci]!, table);
    const as = trimGbkStart(bytes, starts[ai]!, ends[ai]!, table);
    const ae = trimGbkEnd(bytes, as, ends[ai]!, table);
    const ds = trimGbkStart(bytes, starts[di]!, ends[di]!, table);
    const de = trimGbkEnd(bytes, ds, ends[di]!, table);
    let os = 0;
    let oe = 0;
    if (oi >= 0) {
      os = trimGbkStart(bytes, starts[oi]!, ends[oi]!, table);
      oe = trimGbkEnd(bytes, os, ends[oi]!, table);
    }
    if ((e | ae | de | oe) < 0) {
      const cells: string[] = [];
      for (let k = 0; k < count; k++) cells.push(gbkCellText(bytes, starts[k]!, ends[k]!));
      return record(cells, line);
    }
    rowsRead++;
    if (s === e) return log.add(line, mapping.customer!, '客户编号为空');

    const value = as === ae ? Number.NaN : amountInBytes(bytes, as, ae, decimalComma, gbkText);
    if (Number.isNaN(value)) {
      return log.add(line, mapping.amount!, as === ae ? '金额为空' : `无法识别的金额：${quoteCell(gbkText(bytes, as, ae))}`);
    }
    const tooLarge = amountSizeProblem(value);
    if (tooLarge !== null) return log.add(line, mapping.amount!, `${tooLarge}：${quoteCell(gbkText(bytes, as, ae))}`);
    if (ds === de) return log.add(line, mapping.date!, '日期为空');

    let orderId = -1;
    if (oi >= 0) orderId = os === oe ? ownOrder(line) : orders.internGbk(bytes, os, oe, table);
    keep(customers.internGbk(bytes, s, e, table), dates.internGbk(bytes, ds, de, table), value, orderId, line);
  };

  let spanTexts: string[] = [];
  let spanText = '';
  const span = (text: string, starts: Int32Array, ends: Int32Array, count: number, line: number): void => {
    if (text !== spanText) {
      spanText = text;
      spanTexts = new Array<string>(needed).fill(text);
    }
    row(spanTexts, starts, ends, count, line);
  };
  let cellStarts = new Int32Array(0);
  let cellEnds = new Int32Array(0);
  const record = (fields: readonly string[], line: number): void => {
    if (cellStarts.length !== needed) {
      cellStarts = new Int32Array(needed);
      cellEnds = new Int32Array(needed);
    }
    const count = Math.min(fields.length, needed);
    for (let k = 0; k < count; k++) cellEnds[k] = fields[k]!.length;
    row(fields, cellStarts, cellEnds, count, line);
  };

  const layout = await readCsvRecords(source, { header, record, span, bytes: byteRow, gbkBytes: gbkRow }, options);
  const warnings = [...layout.warnings];
  const resolved = resolveDates(dates.values);
  warnings.push(...resolved.warnings);
  if (emptyOrders > 0) warnings.push(`有 ${emptyOrders} 行订单号为空，每行按一笔单独的订单计`);

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
  const issues = mergeIssues(log.kept, dateIssues);
  const issueCount = log.count + badDates;
  const kept = n - badDates;
  if (kept === 0) throw noValidRowsError(rowsRead, issues[0], issues);
  const skipped = skippedRowsWarning(issueCount, issues[0]);
  if (skipped !== null) warnings.push(skipped);
  const dateOutliers = findDateOutliers(dateOf.data, lineOf.data, n, resolved.days, options.today);
  if (dateOutliers.warning !== null) warnings.push(dateOutliers.warning);

  const transactions =
    badDates === 0
      ? withLazyOrders(
          {
            length: n,
            customer: rowsOf(cust.data, n),
            customers: customers.values,
            day: daysOfRows(dateOf.data, n, resolved.days),
            amount: rowsOf(amount.data, n),
            order: oi >= 0 ? rowsOf(order.data, n) : null,
          },
          oi >= 0 ? orders : null,
        )
      : compact(n, kept, resolved.days, cust.data, dateOf.data, amount.data, oi >= 0 ? order.data : null, customers.values, orders.values);

  return { transactions, issues, issueCount, mapping, encoding: layout.encoding, delimiter: layout.delimiter, headers: layout.headers, rowsRead, dateOutliers, warnings };
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
