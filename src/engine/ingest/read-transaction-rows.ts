import type { TextEncodingName } from './detect-encoding';
import { missingColumnsError, type MissingField } from './file-errors';
import { guessMapping, type TransactionField } from './guess-mapping';
import { IssueLog, quoteCell } from './issue-log';
import { findColumn } from './match-columns';
import { amountInBytes, amountInSpan } from './amount-span';
import { amountSizeProblem } from './parse-amount';
import { readCsvRecords, type CsvLayout, type StreamOptions } from './read-csv-records';
import type { ByteSource } from './byte-source';
import { SpanInterner } from './span-interner';
import { isTrimmed } from './trimmed';
import { trimUtf8End, trimUtf8Start, utf8Text } from './utf8-cell';
import { gbkCellText, gbkCodes, gbkText, trimGbkEnd, trimGbkStart } from './gbk-cell';

/** The order id `keep` gets for an empty order cell: the row is an order of its own. */
export const BLANK_ORDER = -2;

/** Receives each row that was read: interned ids, the amount, the order id (-1: no order column; `BLANK_ORDER`) and its line. */
export type KeepRow = (customerId: number, dateId: number, amount: number, orderId: number, line: number) => void;

/** What `streamTransactionRows` leaves once the file is read: the tables the ids point into and what was skipped. */
export interface TransactionRowsRead {
  readonly mapping: Record<TransactionField, string | null>;
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
  readonly headers: readonly string[];
  /** Warnings of the reading itself (encoding, delimiter). */
  readonly warnings: readonly string[];
  readonly customers: SpanInterner;
  readonly orders: SpanInterner;
  /** The distinct date texts, not yet read as dates (`resolveDates` does that for the whole file). */
  readonly dates: SpanInterner;
  /** Rows skipped while reading (dates are judged later). */
  readonly log: IssueLog;
  readonly rowsRead: number;
  /** Rows with an empty order cell. */
  readonly emptyOrders: number;
  /** True when the file has an order column. */
  readonly hasOrders: boolean;
}

const LABELS: Record<TransactionField, [zh: string, en: string]> = {
  customer: ['客户编号', 'customer'],
  date: ['日期', 'date'],
  amount: ['金额', 'amount'],
  order: ['订单号', 'order'],
};

/**
 * The streaming part of `readTransactions`: finds the columns, checks each row's customer, amount and date cells
 * (skipped rows go to the log with line, column and reason), interns customers, orders and date texts, and hands
 * every row that was read to `keep` in line order. Whoever keeps the rows decides what to hold: the columns of
 * `readTransactions`, or `readRfmMeasures`' state per customer. `orders` and `dates` are the caller's when it reads them while the rows arrive.
 * @throws EngineError as `readTransactions` (not `no-valid-rows`: that is known only once the dates are read).
 */
export async function streamTransactionRows(
  source: ByteSource,
  options: ReadTransactionsOptionsBase,
  keep: KeepRow,
  { orders = new SpanInterner(), dates = new SpanInterner() }: { orders?: SpanInterner; dates?: SpanInterner } = {},
): Promise<TransactionRowsRead> {
  let mapping: Record<TransactionField, string | null> = { customer: null, date: null, amount: null, order: null };
  let ci = -1;
  let di = -1;
  let ai = -1;
  let oi = -1;
  let needed = 0;
  /** The header's cells: a row with something in a cell beyond them is skipped (`extraCell`). */
  let columns = 0;
  let decimalComma = false;

  const customers = new SpanInterner();
  const log = new IssueLog();
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
    columns = headers.length;
    decimalComma = layout.delimiter === ';';
    // One cell past the header's, so a row with more cells than the header is seen (`extraCell`).
    return columns + 1;
  };

  /**
   * A row with text in the cell after the header's last: its cells are not where the header says (a `1,234.50` or a
   * name with a comma, written without quotes, splits into two cells), so none of them is read.
   */
  const extraCell = (line: number, text: string): void =>
    log.add(line, undefined, `这一行的列比表头多：表头 ${columns} 列，第 ${columns + 1} 列还有内容${quoteCell(text)}；多半是某个值里有分隔符（如金额 1,234.50 的逗号）却没有加引号，整行没有读取`);

  /** An empty order cell: the row is an order of its own (`BLANK_ORDER`); the caller names it if it needs to. */
  const ownOrder = (): number => {
    emptyOrders++;
    return BLANK_ORDER;
  };

  // One row, its cells given as [start, end) in `texts[k]` (the fast path passes the chunk for every
  // cell, the quoted path one string per cell).
  const row = (texts: readonly string[], starts: Int32Array, ends: Int32Array, count: number, line: number): void => {
    rowsRead++;
    if (count < needed) {
      log.add(line, undefined, `这一行只有 ${count} 列，表头有 ${needed} 列以上`);
      return;
    }
    if (count > columns) {
      const xt = texts[columns]!;
      let xs = starts[columns]!;
      let xe = ends[columns]!;
      while (xs < xe && isTrimmed(xt.charCodeAt(xs))) xs++;
      while (xe > xs && isTrimmed(xt.charCodeAt(xe - 1))) xe--;
      if (xs < xe) return extraCell(line, xt.slice(xs, xe));
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
        orderId = ownOrder();
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
    if (count > columns) {
      const xs = trimUtf8Start(bytes, starts[columns]!, ends[columns]!);
      const xe = trimUtf8End(bytes, xs, ends[columns]!);
      if (xs < xe) return extraCell(line, utf8Text(bytes, xs, xe));
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
        orderId = ownOrder();
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
    let xs = 0;
    let xe = 0;
    if (count > columns) {
      xs = trimGbkStart(bytes, starts[columns]!, ends[columns]!, table);
      xe = trimGbkEnd(bytes, xs, ends[columns]!, table);
    }
    if ((e | ae | de | oe | xe) < 0) {
      const cells: string[] = [];
      for (let k = 0; k < count; k++) cells.push(gbkCellText(bytes, starts[k]!, ends[k]!));
      return record(cells, line);
    }
    rowsRead++;
    if (xs < xe) return extraCell(line, gbkText(bytes, xs, xe));
    if (s === e) return log.add(line, mapping.customer!, '客户编号为空');

    const value = as === ae ? Number.NaN : amountInBytes(bytes, as, ae, decimalComma, gbkText);
    if (Number.isNaN(value)) {
      return log.add(line, mapping.amount!, as === ae ? '金额为空' : `无法识别的金额：${quoteCell(gbkText(bytes, as, ae))}`);
    }
    const tooLarge = amountSizeProblem(value);
    if (tooLarge !== null) return log.add(line, mapping.amount!, `${tooLarge}：${quoteCell(gbkText(bytes, as, ae))}`);
    if (ds === de) return log.add(line, mapping.date!, '日期为空');

    let orderId = -1;
    if (oi >= 0) orderId = os === oe ? ownOrder() : orders.internGbk(bytes, os, oe, table);
    keep(customers.internGbk(bytes, s, e, table), dates.internGbk(bytes, ds, de, table), value, orderId, line);
  };

  let spanTexts: string[] = [];
  let spanText = '';
  const span = (text: string, starts: Int32Array, ends: Int32Array, count: number, line: number): void => {
    if (text !== spanText) {
      spanText = text;
      spanTexts = new Array<string>(columns + 1).fill(text);
    }
    row(spanTexts, starts, ends, count, line);
  };
  let cellStarts = new Int32Array(0);
  let cellEnds = new Int32Array(0);
  const record = (fields: readonly string[], line: number): void => {
    if (cellStarts.length !== columns + 1) {
      cellStarts = new Int32Array(columns + 1);
      cellEnds = new Int32Array(columns + 1);
    }
    const count = Math.min(fields.length, columns + 1);
    for (let k = 0; k < count; k++) cellEnds[k] = fields[k]!.length;
    row(fields, cellStarts, cellEnds, count, line);
  };

  const layout = await readCsvRecords(source, { header, record, span, bytes: byteRow, gbkBytes: gbkRow }, options);
  return {
    mapping,
    encoding: layout.encoding,
    delimiter: layout.delimiter,
    headers: layout.headers,
    warnings: layout.warnings,
    customers,
    orders,
    dates,
    log,
    rowsRead,
    emptyOrders,
    hasOrders: oi >= 0,
  };
}

/** Stream options plus the columns the user chose (`readTransactions` adds `today`). */
export interface ReadTransactionsOptionsBase extends StreamOptions {
  /** Header names chosen by the user; fields left out are guessed (`order: null`: no order column). */
  readonly mapping?: Partial<Record<TransactionField, string | null>>;
}
