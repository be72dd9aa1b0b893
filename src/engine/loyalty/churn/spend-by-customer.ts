import { EngineError } from '../../core/errors';
import type { Transactions } from '../../core/types';

/**
 * Each customer's spending up to a day (returns subtracted): the value a win-back list weighs customers by
 * when nothing better (a margin, a CLV) is known. Only rows on or before `lastDay` count, so the value is
 * what was known at the end of the observation period; customers with no row by then are left out. Order:
 * first appearance in the transactions.
 * Source: the monetary value of RFM (Hughes 1994; docs/contracts.md §5: the sum of all amounts, returns included), cut at
 * the observation end as in Fader, Hardie & Lee (2005).
 * @throws EngineError `invalid-argument` when lastDay is given and not a whole day number.
 * @example rows (A, day 1, 10), (A, day 5, −2), (B, day 9, 7) up to day 5: A 8; B left out.
 */
export function spendByCustomer(tx: Transactions, options: { readonly lastDay?: number } = {}): { customer: string; value: number }[] {
  const lastDay = options.lastDay ?? Number.POSITIVE_INFINITY;
  if (options.lastDay !== undefined && !Number.isInteger(options.lastDay)) {
    throw new EngineError('invalid-argument', `截止日必须是整数天数，当前为 ${options.lastDay}(lastDay must be a whole day number)`, { lastDay: options.lastDay });
  }
  const sums = new Float64Array(tx.customers.length);
  const seen = new Uint8Array(tx.customers.length);
  for (let i = 0; i < tx.length; i++) {
    if (tx.day[i]! > lastDay) continue;
    sums[tx.customer[i]!]! += tx.amount[i]!;
    seen[tx.customer[i]!] = 1;
  }
  const out: { customer: string; value: number }[] = [];
  tx.customers.forEach((customer, c) => {
    if (seen[c]) out.push({ customer, value: sums[c]! });
  });
  return out;
}
