import type { Transactions } from './types';

/**
 * The first and last calendar day among the rows (day numbers, see `dayFromYmd`), returns included; null for
 * no rows. A view shows the period the data covers; RFM's default as-of day is `last + 1`.
 * @example transactionDateRange(tx) // { first: 19814, last: 19904 } for rows from 2024-04-02 to 2024-06-30
 */
export function transactionDateRange(tx: Transactions): { first: number; last: number } | null {
  if (tx.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  const { day } = tx;
  for (let i = 0; i < tx.length; i++) {
    const d = day[i]!;
    if (d < first) first = d;
    if (d > last) last = d;
  }
  return { first, last };
}
