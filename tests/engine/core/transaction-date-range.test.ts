import { describe, expect, it } from 'vitest';
import { transactionDateRange } from '~/engine/core/transaction-date-range';
import { transactionsFromRecords } from '~/engine/core/transactions-from-records';
import { RFM_CHAPTER_EXAMPLE } from '~/engine/tiering/rfm';

describe('transactionDateRange', () => {
  it('spans chapter 6’s example: 2024-04-02 (C02’s first visit) to 2024-06-30 (C05’s last)', () => {
    // Day numbers by hand: 2024-07-01 is day 19905 (see transactions-from-records.test.ts), so 06-30 is 19904
    // and 04-02 is 19905 − 90 (30 days of June, 31 of May, 29 left of April).
    expect(transactionDateRange(transactionsFromRecords(RFM_CHAPTER_EXAMPLE.records))).toEqual({ first: 19815, last: 19904 });
  });

  it('counts returns and is null without rows', () => {
    expect(transactionDateRange(transactionsFromRecords([{ customer: 'A', date: '1970-01-05', amount: -1 }, { customer: 'A', date: '1970-01-02', amount: 3 }]))).toEqual({ first: 1, last: 4 });
    expect(transactionDateRange(transactionsFromRecords([]))).toBeNull();
  });
});
