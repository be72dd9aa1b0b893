import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { averageMonetaryByRf, computeRfm, RFM_CHAPTER_EXAMPLE } from '~/engine/tiering/rfm';
import { transactionsFromRecords } from '~/engine/core/transactions-from-records';

const tx = transactionsFromRecords(RFM_CHAPTER_EXAMPLE.records);

describe('averageMonetaryByRf on chapter 6’s ten members', () => {
  it('5 bins: one member per cell except C09 and C10 sharing R3 F3 (mean (520 + 640) / 2 = 580)', () => {
    const grid = averageMonetaryByRf(computeRfm(tx, { bins: 5 }).customers, 5);
    const filled = grid.rows.flat().filter((c) => c.customers > 0).map((c) => [c.r, c.f, c.customers, c.meanMonetary]);
    // (r, f) of each member from the chapter's table: C08 11, C04 12, C06 24, C02 25, C09/C10 33, C07 41, C03 42, C05 54, C01 55.
    expect(filled).toEqual([
      [1, 1, 1, 60], [1, 2, 1, 980], [2, 4, 1, 310], [2, 5, 1, 1450], [3, 3, 2, 580], [4, 1, 1, 85], [4, 2, 1, 1260], [5, 4, 1, 420], [5, 5, 1, 1680],
    ]);
    expect(grid.maxMeanMonetary).toBe(1680);
    expect(grid.minMeanMonetary).toBe(60);
    expect(grid.rows[0]![4]).toEqual({ r: 1, f: 5, customers: 0, meanMonetary: null });
  });

  it('3 bins: C04 and C08 share R1 F1 ((980 + 60) / 2 = 520), C09 and C10 R2 F2 (580)', () => {
    const grid = averageMonetaryByRf(computeRfm(tx, { bins: 3 }).customers, 3);
    expect(grid.rows[0]![0]).toEqual({ r: 1, f: 1, customers: 2, meanMonetary: 520 });
    expect(grid.rows[1]![1]).toEqual({ r: 2, f: 2, customers: 2, meanMonetary: 580 });
    expect(grid.rows[2]![2]).toEqual({ r: 3, f: 3, customers: 1, meanMonetary: 1680 });
  });
});

describe('averageMonetaryByRf invariants (property)', () => {
  it('cells hold every customer once, and customers × mean adds up to the total monetary value', () => {
    const customer = fc.record({ r: fc.integer({ min: 1, max: 5 }), f: fc.integer({ min: 1, max: 5 }), monetary: fc.integer({ min: -100, max: 10_000 }) });
    fc.assert(
      fc.property(fc.array(customer, { maxLength: 60 }), (customers) => {
        const grid = averageMonetaryByRf(Object.freeze(customers.map((c) => Object.freeze(c))), 5);
        const cells = grid.rows.flat();
        expect(cells).toHaveLength(25);
        expect(cells.reduce((s, c) => s + c.customers, 0)).toBe(customers.length);
        const total = cells.reduce((s, c) => s + (c.meanMonetary ?? 0) * c.customers, 0);
        expect(total).toBeCloseTo(customers.reduce((s, c) => s + c.monetary, 0), 6);
      }),
    );
  });
});
