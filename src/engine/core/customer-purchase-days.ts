import type { Transactions } from './types';

/**
 * Every customer's distinct purchase days, ascending, in compressed rows: customer k's days are
 * `days[offsets[k]]` … `days[offsets[k + 1] − 1]`, with the amounts bought on each day in `amounts`.
 */
export interface CustomerPurchaseDays {
  /** Customers with at least one purchase, as indices into `tx.customers`, ascending. */
  readonly customerIndex: Int32Array;
  /** Length `customerIndex.length + 1`. */
  readonly offsets: Int32Array;
  readonly days: Int32Array;
  readonly amounts: Float64Array;
}

/**
 * Groups the purchase rows of `tx` by customer and calendar day (internal helper of the BG/NBD
 * summary and the loyalty analyses). A row with a negative amount is a return and is left out;
 * every other row, a zero amount included (a free or promotional item, as in the CDNOW data),
 * is a purchase. Rows after `lastDay` (inclusive bound) are left out when it is given.
 * @example for rows (c1, day 3, 10), (c1, day 3, 5), (c1, day 1, 2): c1's days are [1, 3], amounts [2, 15].
 */
export function groupPurchaseDays(tx: Transactions, options: { readonly lastDay?: number } = {}): CustomerPurchaseDays {
  const lastDay = options.lastDay ?? Number.POSITIVE_INFINITY;
  const customerCount = tx.customers.length;
  const rowCounts = new Int32Array(customerCount + 1);
  const kept = (i: number) => tx.amount[i]! >= 0 && tx.day[i]! <= lastDay;
  for (let i = 0; i < tx.length; i++) if (kept(i)) rowCounts[tx.customer[i]! + 1]!++;
  for (let c = 0; c < customerCount; c++) rowCounts[c + 1]! += rowCounts[c]!;

  const rowStart = rowCounts.slice();
  const rowDay = new Int32Array(rowCounts[customerCount]!);
  const rowAmount = new Float64Array(rowDay.length);
  for (let i = 0; i < tx.length; i++) {
    if (!kept(i)) continue;
    const at = rowStart[tx.customer[i]!]!++;
    rowDay[at] = tx.day[i]!;
    rowAmount[at] = tx.amount[i]!;
  }

  const customerIndex: number[] = [];
  const offsets: number[] = [0];
  const days: number[] = [];
  const amounts: number[] = [];
  for (let c = 0; c < customerCount; c++) {
    const from = rowCounts[c]!;
    const to = rowCounts[c + 1]!;
    if (from === to) continue;
    const order = Array.from({ length: to - from }, (_, k) => from + k);
    order.sort((p, q) => rowDay[p]! - rowDay[q]!);
    for (const row of order) {
      if (days.length > offsets[offsets.length - 1]! && days[days.length - 1] === rowDay[row]) {
        amounts[amounts.length - 1]! += rowAmount[row]!;
      } else {
        days.push(rowDay[row]!);
        amounts.push(rowAmount[row]!);
      }
    }
    customerIndex.push(c);
    offsets.push(days.length);
  }
  return {
    customerIndex: Int32Array.from(customerIndex),
    offsets: Int32Array.from(offsets),
    days: Int32Array.from(days),
    amounts: Float64Array.from(amounts),
  };
}
