import { describe, expect, it } from 'vitest';
import { valuePerCustomer } from '~/engine/tiering/abc';
import { makeTransactions } from '../rfm/make-transactions';

describe('valuePerCustomer', () => {
  it('sums every amount per customer, returns included, in order of first appearance', () => {
    // By hand: B 100 − 10 = 90; A 20 + 5 = 25; C −7 (returns only still have a value).
    const tx = makeTransactions([['B', 1, 100], ['A', 2, 20], ['B', 3, -10], ['C', 3, -7], ['A', 4, 5]]);
    expect(valuePerCustomer(tx)).toEqual([
      { customer: 'B', value: 90 },
      { customer: 'A', value: 25 },
      { customer: 'C', value: -7 },
    ]);
  });
});
