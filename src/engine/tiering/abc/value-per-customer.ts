import type { Transactions } from '../../core/types';
import { EngineError } from '../../core/errors';

/**
 * Each customer's value: the sum of all their amounts (purchases minus returns), in order of first
 * appearance. The input to `classifyAbc` when starting from transactions.
 *
 * @throws EngineError `invalid-amount` for an amount that is not finite.
 * @example valuePerCustomer(tx) // [{ customer: 'A', value: 90 }, …] for A buying 100 and returning 10
 */
export function valuePerCustomer(tx: Transactions): { customer: string; value: number }[] {
  const sums = new Float64Array(tx.customers.length);
  const seen = new Uint8Array(tx.customers.length);
  for (let i = 0; i < tx.length; i++) {
    const c = tx.customer[i]!;
    const a = tx.amount[i]!;
    if (!Number.isFinite(a)) {
      throw new EngineError('invalid-amount', `第 ${i + 1} 行的金额不是有效数字(row ${i + 1} has an amount that is not a finite number)`, { row: i });
    }
    sums[c]! += a;
    seen[c] = 1;
  }
  const out: { customer: string; value: number }[] = [];
  tx.customers.forEach((customer, c) => {
    if (seen[c]) out.push({ customer, value: sums[c]! });
  });
  return out;
}
