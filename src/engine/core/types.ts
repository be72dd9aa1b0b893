/**
 * Transactions in columnar form: one entry per row in each typed array, customers and orders interned.
 * This is what ingest produces and what RFM, ABC, BG/NBD and the cohort analyses read.
 * Row i: customer `customers[customer[i]]`, calendar day `day[i]`, amount `amount[i]`,
 * order `orders[order[i]]` (when the file had an order column).
 */
export interface Transactions {
  /** Number of rows. */
  readonly length: number;
  /** Per row: index into `customers`. */
  readonly customer: Int32Array;
  /** Distinct customer ids, in order of first appearance. */
  readonly customers: readonly string[];
  /** Per row: the calendar day as whole days since 1970-01-01 (see `dayFromYmd`). */
  readonly day: Int32Array;
  /** Per row: the amount; positive is a purchase, negative a return. */
  readonly amount: Float64Array;
  /** Per row: index into `orders`, or null when the source had no order column. */
  readonly order: Int32Array | null;
  /** Distinct order ids, or null when the source had no order column. */
  readonly orders: readonly string[] | null;
  /** `orders.length`, when the reader can tell it without making the ids (`readTransactions` makes them on first use). */
  readonly orderCount?: number;
}

/** A problem with one row or cell of an input file. `line` counts the header as line 1. */
export interface RowIssue {
  readonly line: number;
  readonly column?: string;
  readonly message: string;
}
