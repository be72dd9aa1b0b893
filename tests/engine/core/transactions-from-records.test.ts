import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { transactionsFromRecords } from '~/engine/core/transactions-from-records';
import { expectEngineError } from '../expect-engine-error';

describe('transactionsFromRecords', () => {
  it('interns customers in order of first appearance and turns ISO dates into day numbers', () => {
    // Day numbers by hand: 1970-01-02 is day 1; 2024-07-01 is day 19905 (54 years of 365 days + 13 leap days + 182 days of 2024).
    const tx = transactionsFromRecords(Object.freeze([
      Object.freeze({ customer: 'B', date: '1970-01-02', amount: 5 }),
      Object.freeze({ customer: 'A', date: '2024-07-01', amount: -2.5 }),
      Object.freeze({ customer: 'B', date: '1970-01-03', amount: 1 }),
    ]));
    expect(tx.customers).toEqual(['B', 'A']);
    expect(Array.from(tx.customer)).toEqual([0, 1, 0]);
    expect(Array.from(tx.day)).toEqual([1, 19905, 2]);
    expect(Array.from(tx.amount)).toEqual([5, -2.5, 1]);
    expect(tx.order).toBeNull();
    expect(tx.orders).toBeNull();
  });

  it('keeps orders only when every record names one', () => {
    const tx = transactionsFromRecords([
      { customer: 'A', date: '2024-01-01', amount: 1, order: 'o2' },
      { customer: 'A', date: '2024-01-01', amount: 1, order: 'o1' },
      { customer: 'B', date: '2024-01-02', amount: 1, order: 'o2' },
    ]);
    expect(tx.orders).toEqual(['o2', 'o1']);
    expect(Array.from(tx.order!)).toEqual([0, 1, 0]);
    expect(transactionsFromRecords([{ customer: 'A', date: '2024-01-01', amount: 1, order: 'x' }, { customer: 'A', date: '2024-01-02', amount: 1 }]).order).toBeNull();
  });

  it.each([
    [{ customer: 'A', date: '2024-02-30', amount: 1 }, 'invalid-date'],
    [{ customer: 'A', date: '2024/1/5', amount: 1 }, 'invalid-date'],
    [{ customer: ' ', date: '2024-01-05', amount: 1 }, 'invalid-customer'],
    [{ customer: 'A', date: '2024-01-05', amount: Number.NaN }, 'invalid-amount'],
  ])('%j → %s', (record, code) => {
    expectEngineError(() => transactionsFromRecords([record]), code);
  });

  it('round-trips any list of valid records (property)', () => {
    const record = fc.record({
      customer: fc.constantFrom('A', 'B', 'C', '会员1'),
      date: fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      amount: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (records) => {
        const tx = transactionsFromRecords(records);
        expect(tx.length).toBe(records.length);
        records.forEach((r, i) => {
          expect(tx.customers[tx.customer[i]!]).toBe(r.customer);
          expect(new Date(tx.day[i]! * 86_400_000).toISOString().slice(0, 10)).toBe(r.date);
          expect(tx.amount[i]).toBe(r.amount);
        });
        expect(new Set(tx.customers).size).toBe(tx.customers.length);
      }),
    );
  });
});
