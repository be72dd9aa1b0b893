import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summariseForBgNbd } from '~/engine/models/bgnbd-summary';
import { dayFromYmd } from '~/engine/core/dates';
import { makeTransactions } from '../support/make-transactions';
import { readDatasetCsv } from '../support/read-dataset-csv';

describe('summariseForBgNbd on small examples (checked by hand)', () => {
  const tx = makeTransactions([
    { customer: 'A', date: 0, amount: 10 },
    { customer: 'A', date: 0, amount: 5 }, // same day: merged into one purchase of 15
    { customer: 'B', date: 7, amount: 3 },
    { customer: 'A', date: 21, amount: 30 },
    { customer: 'A', date: 14, amount: 20 },
    { customer: 'A', date: 15, amount: -20 }, // a return: ignored
    { customer: 'C', date: 20, amount: -5 }, // only a return: C is left out
    { customer: 'D', date: 35, amount: 8 }, // after the calibration end below
  ]);

  it('counts repeat purchase days and measures weeks to the calibration end', () => {
    const summary = summariseForBgNbd(tx, { unit: 'week', calibrationEnd: 28 });
    expect(summary.customers).toEqual(['A', 'B']);
    // A: days 0, 14, 21 → x = 2, t_x = 21/7 = 3, T = 28/7 = 4, zbar = (20 + 30)/2 = 25.
    // B: day 7 only → x = 0, t_x = 0, T = 21/7 = 3, zbar = 0.
    expect(Array.from(summary.x)).toEqual([2, 0]);
    expect(Array.from(summary.t_x)).toEqual([3, 0]);
    expect(Array.from(summary.T)).toEqual([4, 3]);
    expect(Array.from(summary.zbar)).toEqual([25, 0]);
    expect(summary.calibrationEnd).toBe(28);
  });

  it('uses days and, by default, the last day in the data as the calibration end', () => {
    const summary = summariseForBgNbd(tx, { unit: 'day' });
    expect(summary.calibrationEnd).toBe(35);
    expect(summary.customers).toEqual(['A', 'B', 'D']);
    expect(Array.from(summary.T)).toEqual([35, 28, 0]);
    expect(Array.from(summary.t_x)).toEqual([21, 0, 0]);
  });

  it('returns an empty summary when nothing was bought', () => {
    const summary = summariseForBgNbd(makeTransactions([{ customer: 'A', date: 3, amount: -1 }]), { unit: 'day' });
    expect(summary.customers).toEqual([]);
    expect(summary.x.length).toBe(0);
  });

  it.each([[{ unit: 'month' }], [{ unit: 'day', calibrationEnd: 1.5 }]])('rejects the options %j', (options) => {
    expect(() => summariseForBgNbd(tx, options as never)).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('keeps 0 ≤ t_x ≤ T, counts every buying customer once and leaves its input alone', () => {
    const row = fc.record({
      customer: fc.constantFrom('a', 'b', 'c', 'd'),
      date: fc.integer({ min: 0, max: 60 }),
      amount: fc.double({ min: -50, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const tx = makeTransactions(rows);
        const before = { day: Array.from(tx.day), amount: Array.from(tx.amount) };
        const summary = summariseForBgNbd(tx, { unit: 'week' });
        const buyers = new Set(rows.filter((r) => r.amount >= 0).map((r) => r.customer));
        expect(new Set(summary.customers)).toEqual(buyers);
        summary.customers.forEach((_, k) => {
          expect(summary.t_x[k]).toBeGreaterThanOrEqual(0);
          expect(summary.t_x[k]).toBeLessThanOrEqual(summary.T[k]!);
          expect(summary.x[k] === 0).toBe(summary.t_x[k] === 0);
        });
        expect({ day: Array.from(tx.day), amount: Array.from(tx.amount) }).toEqual(before);
      }),
    );
  });
});

describe('summariseForBgNbd on the CDNOW sample', () => {
  // The published summary (Fader & Hardie, via lifetimes) rounds t_x, T and zbar to 2 decimals.
  const published = readDatasetCsv('cdnow-summary.csv');
  const rows = readDatasetCsv('cdnow-sample.csv').map((row) => ({
    customer: row.customer_id!,
    date: row.date!,
    amount: Number(row.amount),
  }));
  const summary = summariseForBgNbd(makeTransactions(rows), { unit: 'week', calibrationEnd: dayFromYmd(1997, 9, 30) });

  it('has the same 2,357 customers in the same order', () => {
    expect(summary.customers).toEqual(published.map((row) => row.ID));
  });

  it('matches x exactly and t_x, T, zbar within rounding', () => {
    let worst = { t_x: 0, T: 0, zbar: 0 };
    published.forEach((row, k) => {
      expect(summary.x[k]).toBe(Number(row.x));
      worst = {
        t_x: Math.max(worst.t_x, Math.abs(summary.t_x[k]! - Number(row.t_x))),
        T: Math.max(worst.T, Math.abs(summary.T[k]! - Number(row.T))),
        zbar: Math.max(worst.zbar, Math.abs(summary.zbar[k]! - Number(row.zbar))),
      };
    });
    expect(worst.t_x).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(worst.T).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(worst.zbar).toBeLessThanOrEqual(0.005 + 1e-9);
  });
});
