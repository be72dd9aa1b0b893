import { mergeIssues } from './issue-log';
import type { TransactionRows } from './read-transactions';
import type { InternedEntries } from './span-interner';

/**
 * A file can be read as two parts on two threads (the command line does): the first part is the file's
 * bytes up to a line start near the middle; the second is the header line followed by the rest, so it is
 * read with the same layout, its lines numbered as if the header came right before them. Joined, the two
 * parts are exactly what reading the whole file gives, as long as no quoted cell crosses the cut (no `"`
 * in the first part after the header) and the second part read the same way (`joinTransactionRows`).
 */

/** `TransactionRows` as plain data, to post to another thread (its typed arrays in `transfer`): the interners as entries. */
export interface TransactionRowsMessage extends Omit<TransactionRows, 'customers' | 'dates' | 'orders'> {
  readonly customers: InternedEntries;
  readonly dates: InternedEntries;
  readonly orders: InternedEntries | null;
}

/**
 * Where the header line of a file ends (just after its `\n`), when the second part may start with it: the
 * line is not blank, not Excel's `sep=` line and holds no open quote; -1 otherwise (then read the file whole).
 * @example headerLineEnd(new TextEncoder().encode('会员号,金额\nA,1\n')) // 17
 */
export function headerLineEnd(head: Uint8Array): number {
  const end = head.indexOf(0x0a);
  if (end < 0) return -1;
  let quotes = 0;
  let visible = false;
  for (let i = 0; i < end; i++) {
    const c = head[i]!;
    if (c === 0x22) quotes++;
    else if (c > 0x20 && c !== 0x2c && c !== 0x3b) visible = true;
  }
  const text = String.fromCharCode(...head.subarray(0, Math.min(end, 8))).replace(/^\xef\xbb\xbf/, '');
  if (!visible || quotes % 2 === 1 || /^sep=/i.test(text)) return -1;
  return end + 1;
}

/** The rows as a message, with the buffers to transfer. */
export function transactionRowsMessage(rows: TransactionRows): { message: TransactionRowsMessage; transfer: ArrayBuffer[] } {
  const n = rows.length;
  const message: TransactionRowsMessage = {
    read: rows.read,
    mapping: rows.mapping,
    length: n,
    customer: rows.customer.subarray(0, n),
    dateOf: rows.dateOf.subarray(0, n),
    amount: rows.amount.subarray(0, n),
    order: rows.order?.subarray(0, n) ?? null,
    lineOf: rows.lineOf.subarray(0, n),
    customers: rows.customers.entries(),
    dates: rows.dates.entries(),
    orders: rows.orders?.entries() ?? null,
    issues: rows.issues,
    issueCount: rows.issueCount,
    rowsRead: rows.rowsRead,
    emptyOrders: rows.emptyOrders,
  };
  const arrays = [message.customer, message.dateOf, message.amount, message.order, message.lineOf, message.customers.keys, message.dates.keys];
  const buffers = new Set(arrays.filter((a) => a !== null).map((a) => a!.buffer as ArrayBuffer));
  return { message, transfer: [...buffers] };
}

/**
 * The first part's rows followed by the second's: the second's customers, dates and orders interned into the
 * first's interners (`first` is changed and must not be used after), its lines moved after the first's.
 * Null when the second part was not read the same way (another encoding, delimiter, header or columns, a note
 * about its own encoding, or an empty order cell, named by a line the part could not know): read the file whole.
 */
export function joinTransactionRows(first: TransactionRows, second: TransactionRowsMessage): TransactionRows | null {
  if (!sameReading(first, second)) return null;
  const offset = first.read.nextLine - 2;
  const start = first.length;
  const length = start + second.length;
  return {
    read: { ...first.read, nextLine: second.read.nextLine + offset },
    mapping: first.mapping,
    length,
    customer: appendMapped(first.customer, start, second.customer, first.customers.absorb(second.customers)),
    dateOf: appendMapped(first.dateOf, start, second.dateOf, first.dates.absorb(second.dates)),
    amount: append(first.amount, start, second.amount),
    order: first.order && first.orders ? appendMapped(first.order, start, second.order!, first.orders.absorb(second.orders!)) : null,
    lineOf: appendShifted(first.lineOf, start, second.lineOf, offset),
    customers: first.customers,
    dates: first.dates,
    orders: first.orders,
    issues: mergeIssues(first.issues, second.issues.map((issue) => ({ ...issue, line: issue.line + offset }))),
    issueCount: first.issueCount + second.issueCount,
    rowsRead: first.rowsRead + second.rowsRead,
    emptyOrders: first.emptyOrders,
  };
}

function sameReading(first: TransactionRows, second: TransactionRowsMessage): boolean {
  const a = first.read;
  const b = second.read;
  if (a.encoding !== b.encoding || a.delimiter !== b.delimiter || b.warnings.length > 0 || second.emptyOrders > 0) return false;
  if (a.headers.length !== b.headers.length || a.headers.some((header, k) => header !== b.headers[k])) return false;
  const fields = ['customer', 'date', 'amount', 'order'] as const;
  return fields.every((field) => first.mapping[field] === second.mapping[field]) && (first.orders === null) === (second.orders === null);
}

/** `column` with room for `needed` entries: itself when it has it, else a longer copy of its first `used`. */
function withRoom<T extends Int32Array | Float64Array>(column: T, used: number, needed: number): T {
  if (column.length >= needed) return column;
  const longer = new (column.constructor as new (n: number) => T)(needed);
  longer.set(column.subarray(0, used));
  return longer;
}

function append(column: Float64Array, start: number, rest: Float64Array): Float64Array {
  const out = withRoom(column, start, start + rest.length);
  out.set(rest, start);
  return out;
}

function appendMapped(column: Int32Array, start: number, rest: Int32Array, index: Int32Array): Int32Array {
  const out = withRoom(column, start, start + rest.length);
  for (let i = 0; i < rest.length; i++) out[start + i] = index[rest[i]!]!;
  return out;
}

function appendShifted(column: Int32Array, start: number, rest: Int32Array, offset: number): Int32Array {
  const out = withRoom(column, start, start + rest.length);
  for (let i = 0; i < rest.length; i++) out[start + i] = rest[i]! + offset;
  return out;
}
