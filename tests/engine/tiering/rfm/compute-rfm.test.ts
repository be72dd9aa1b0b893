import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateRfmMeasures, computeRfm, scoreByRank, summariseRfmSegments } from '~/engine/tiering/rfm';
import type { Transactions } from '~/engine/core/types';
import { makeTransactions, type Row } from './make-transactions';
import { expectEngineError } from '../../expect-engine-error';

// Seven customers, worked by hand (days are plain day numbers):
//   A  o1 day 100 +50; o2 day 110 +30 and +20 (two lines, one order); return day 112 −10
//      → last purchase 110, frequency 2, monetary 90
//   B  o3 day 105 +100                           → 105, 1, 100
//   C  o4 and o5 on day 111, +40 each            → 111, 2, 80
//   D  o6 day 90, o7 day 95, o8 day 100, +10 each → 100, 3, 30
//   E  return only, day 115 −25                  → left out, reported
//   F  o9 day 111 +80                            → 111, 1, 80
//   G  o10 day 108, two lines of +5              → 108, 1, 10
// Latest date in the file is E's return on day 115, so the default as-of day is 116.
// Recency A 6, B 11, C 5, D 16, F 5, G 8. Scores 1 + floor(5L/6) (N = 6):
//   R: L = 3, 1, 4, 0, 4, 2 → 3 1 4 1 4 2
//   F: L = 3, 0, 3, 5, 0, 0 → 3 1 3 5 1 1
//   M: L = 4, 5, 2, 1, 2, 0 → 4 5 2 1 2 1
// Mean scores R 15/6 = 2.5, F 14/6 ≈ 2.33, M 15/6 = 2.5; 高 = strictly above the mean.
const ROWS: Row[] = [
  ['A', 100, 50, 'o1'],
  ['B', 105, 100, 'o3'],
  ['A', 110, 30, 'o2'],
  ['C', 111, 40, 'o4'],
  ['D', 90, 10, 'o6'],
  ['A', 110, 20, 'o2'],
  ['E', 115, -25, 'r2'],
  ['D', 95, 10, 'o7'],
  ['C', 111, 40, 'o5'],
  ['F', 111, 80, 'o9'],
  ['A', 112, -10, 'r1'],
  ['D', 100, 10, 'o8'],
  ['G', 108, 5, 'o10'],
  ['G', 108, 5, 'o10'],
];

function snapshot(tx: Transactions) {
  return [Array.from(tx.customer), Array.from(tx.day), Array.from(tx.amount), tx.order && Array.from(tx.order)];
}

describe('computeRfm, rank method, hand-worked example', () => {
  const tx = makeTransactions(ROWS);
  const before = snapshot(tx);
  const result = computeRfm(tx);

  it('leaves the input unchanged', () => {
    expect(snapshot(tx)).toEqual(before);
  });

  it('uses the day after the latest date (a return) as the default as-of day', () => {
    expect(result.asOf).toBe(116);
    expect(result).toMatchObject({ bins: 5, method: 'rank', segmentModel: 'cn8' });
  });

  it.each([
    // customer, recency, frequency, monetary, code, segmentKey, segment
    ['A', 6, 2, 90, '334', 'important-value', '重要价值客户'],
    ['B', 11, 1, 100, '115', 'important-winback', '重要挽留客户'],
    ['C', 5, 2, 80, '432', 'general-value', '一般价值客户'],
    ['D', 16, 3, 30, '151', 'general-retain', '一般保持客户'],
    ['F', 5, 1, 80, '412', 'general-develop', '一般发展客户'],
    ['G', 8, 1, 10, '211', 'general-winback', '一般挽留客户'],
  ])('%s: recency %i, frequency %i, monetary %d, code %s, %s', (customer, recency, frequency, monetary, code, segmentKey, segment) => {
    const row = result.customers.find((c) => c.customer === customer)!;
    expect(row).toMatchObject({ recency, frequency, monetary, code, segmentKey, segment });
    expect(row.lastPurchase).toBe(116 - recency);
    expect(`${row.r}${row.f}${row.m}`).toBe(code);
  });

  it('keeps customers in order of first appearance and leaves out the return-only customer with a warning', () => {
    expect(result.customers.map((c) => c.customer)).toEqual(['A', 'B', 'C', 'D', 'F', 'G']);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('1 位客户没有购买记录');
    expect(result.warnings[0]).toContain('E');
  });

  it('reports the mean scores used for 高/低', () => {
    expect(result.meanScores.r).toBeCloseTo(2.5, 12);
    expect(result.meanScores.f).toBeCloseTo(14 / 6, 12);
    expect(result.meanScores.m).toBeCloseTo(2.5, 12);
  });

  it('summarises all eight segments in order, empty ones included', () => {
    expect(result.segments.map((s) => [s.segmentKey, s.customers])).toEqual([
      ['important-value', 1], ['important-retain', 0], ['important-develop', 0], ['important-winback', 1],
      ['general-value', 1], ['general-retain', 1], ['general-develop', 1], ['general-winback', 1],
    ]);
    const value = result.segments[0]!;
    // A alone: 2 orders, 90 of the 390 total (90 + 100 + 80 + 30 + 80 + 10).
    expect(value).toMatchObject({ segment: '重要价值客户', orders: 2, revenue: 90, meanRecency: 6, meanFrequency: 2, meanMonetary: 90 });
    expect(value.customerShare).toBeCloseTo(1 / 6, 12);
    expect(value.revenueShare).toBeCloseTo(90 / 390, 12);
    expect(result.segments[1]).toMatchObject({ customers: 0, orders: 0, revenue: 0, meanRecency: null, meanFrequency: null, meanMonetary: null });
  });
});

describe('computeRfm, other cases worked by hand', () => {
  it('counts each purchase row as an order when there is no order column', () => {
    const tx = makeTransactions(ROWS.map(([c, d, a]) => [c, d, a] as const));
    const byId = new Map(computeRfm(tx).customers.map((c) => [c.customer, c]));
    expect(byId.get('A')!.frequency).toBe(3); // +50, +30, +20; the return does not count
    expect(byId.get('G')!.frequency).toBe(2);
    expect(byId.get('A')!.monetary).toBe(90);
  });

  it('takes an explicit as-of day and rejects one before the latest purchase', () => {
    const tx = makeTransactions(ROWS);
    const later = computeRfm(tx, { asOf: 120 });
    expect(later.customers.map((c) => c.recency)).toEqual([10, 15, 9, 20, 9, 12]);
    expect(computeRfm(tx, { asOf: 111 }).customers.find((c) => c.customer === 'C')!.recency).toBe(0);
    const error = expectEngineError(() => computeRfm(tx, { asOf: 110 }), 'as-of-before-purchases');
    expect(error.message).toContain('1970-04-22'); // day 111
  });

  it('counts returns when finding the default as-of day', () => {
    // Without E, the latest date is A's return on day 112; without that too, C's and F's purchases on day 111.
    const withoutE = ROWS.filter((r) => r[0] !== 'E');
    expect(computeRfm(makeTransactions(withoutE)).asOf).toBe(113);
    expect(computeRfm(makeTransactions(withoutE.filter((r) => r[2] > 0))).asOf).toBe(112);
  });

  it('scores a customer whose returns exceed purchases, with negative monetary', () => {
    const result = computeRfm(makeTransactions([['X', 1, 10], ['X', 2, -30], ['Y', 2, 5]]), { bins: 2 });
    expect(result.customers.map((c) => [c.customer, c.monetary, c.m])).toEqual([['X', -20, 1], ['Y', 5, 2]]);
  });

  it('counts an order id shared by two customers once for each', () => {
    const result = computeRfm(makeTransactions([['P', 1, 5, 'o1'], ['Q', 1, 5, 'o1'], ['P', 2, 5, 'o1'], ['Q', 3, 5, 'o1'], ['Q', 3, 5, 'o2']]));
    expect(result.customers.map((c) => c.frequency)).toEqual([1, 2]);
  });

  it('treats a zero amount as neither purchase nor return', () => {
    const result = computeRfm(makeTransactions([['A', 1, 10], ['A', 5, 0], ['Z', 9, 0]]));
    expect(result.asOf).toBe(10);
    expect(result.customers).toEqual([expect.objectContaining({ customer: 'A', frequency: 1, recency: 9, lastPurchase: 1 })]);
    expect(result.warnings[0]).toContain('Z');
  });

  it('lists at most 20 left-out ids', () => {
    const rows: Row[] = [['buyer', 1, 10]];
    for (let i = 0; i < 25; i++) rows.push([`R${i}`, 1, -1]);
    const warning = computeRfm(makeTransactions(rows)).warnings[0]!;
    expect(warning).toContain('25 位客户');
    expect(warning).toContain('R19');
    expect(warning).not.toContain('R20');
  });

  it('uses the breaks method and reports its cut points', () => {
    // Frequencies 2 1 2 3 1 1 → cut points [2, 2, 3, 3] (quantile-cut-points test), scores 3 1 3 5 1 1.
    const result = computeRfm(makeTransactions(ROWS), { method: 'breaks' });
    expect(result.breaks!.frequency).toEqual([2, 2, 3, 3]);
    expect(result.customers.map((c) => c.f)).toEqual([3, 1, 3, 5, 1, 1]);
    // Recency 6 11 5 16 5 8 sorted 5 5 6 8 11 16: h = 2, 3, 4, 5 → 5, 6, 8, 11, plus 1.
    expect(result.breaks!.recency).toEqual([6, 7, 9, 12]);
    expect(result.customers.map((c) => c.r)).toEqual([4, 2, 5, 1, 5, 3]);
  });

  it('warns when rfm10 is used with other than 5 bins', () => {
    const result = computeRfm(makeTransactions(ROWS), { segments: 'rfm10', bins: 3 });
    expect(result.warnings.some((w) => w.includes('rfm10'))).toBe(true);
    expect(result.segments).toHaveLength(11);
  });

  it('rejects unusable input and options', () => {
    expectEngineError(() => computeRfm(makeTransactions([])), 'no-transactions');
    expectEngineError(() => computeRfm(makeTransactions([['A', 1, -5]])), 'no-purchases');
    expectEngineError(() => computeRfm(makeTransactions(ROWS), { bins: 1 }), 'invalid-bins');
    expectEngineError(() => computeRfm(makeTransactions(ROWS), { bins: 10 }), 'invalid-bins');
    expectEngineError(() => computeRfm(makeTransactions(ROWS), { method: 'kmeans' as 'rank' }), 'invalid-method');
    expectEngineError(() => computeRfm(makeTransactions(ROWS), { segments: 'rfm11' as 'cn8' }), 'invalid-segments');
    expectEngineError(() => computeRfm(makeTransactions(ROWS), { asOf: 116.5 }), 'invalid-as-of');
    expectEngineError(() => computeRfm(makeTransactions([['A', 1, Number.NaN]])), 'invalid-amount');
  });
});

describe('computeRfm, properties', () => {
  const rowsArb = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: -50, max: 200 }), fc.integer({ min: 0, max: 30 })),
    { minLength: 1, maxLength: 120 },
  );
  const optionsArb = fc.record({
    bins: fc.integer({ min: 2, max: 9 }),
    method: fc.constantFrom('rank' as const, 'breaks' as const),
    segments: fc.constantFrom('cn8' as const, 'rfm10' as const),
  });

  it('scores every buyer once, within 1..bins, and the segment table adds up', () => {
    fc.assert(
      fc.property(rowsArb, optionsArb, (raw, options) => {
        const rows: Row[] = raw.map(([c, d, a, o]) => [`c${c}`, d, a, `o${o}`]);
        const buyers = new Set(rows.filter((r) => r[2] > 0).map((r) => r[0]));
        fc.pre(buyers.size > 0);
        const result = computeRfm(makeTransactions(rows), options);
        expect(result.customers.map((c) => c.customer).sort()).toEqual([...buyers].sort());
        for (const c of result.customers) {
          for (const s of [c.r, c.f, c.m]) {
            expect(s).toBeGreaterThanOrEqual(1);
            expect(s).toBeLessThanOrEqual(options.bins);
          }
          expect(c.recency).toBeGreaterThanOrEqual(1);
          expect(c.frequency).toBeGreaterThanOrEqual(1);
          const own = rows.filter((r) => r[0] === c.customer);
          expect(c.monetary).toBe(own.reduce((sum, r) => sum + r[2], 0));
          expect(c.lastPurchase).toBe(Math.max(...own.filter((r) => r[2] > 0).map((r) => r[1] as number)));
        }
        const total = result.segments.reduce((sum, s) => sum + s.customers, 0);
        expect(total).toBe(result.customers.length);
        expect(result.segments.reduce((sum, s) => sum + s.orders, 0)).toBe(result.customers.reduce((sum, c) => sum + c.frequency, 0));
      }),
    );
  });

  it('gives customers with equal measures equal scores, and rank scores match scoreByRank', () => {
    fc.assert(
      fc.property(rowsArb, (raw) => {
        const rows: Row[] = raw.map(([c, d, a]) => [`c${c}`, d, a]);
        fc.pre(rows.some((r) => r[2] > 0));
        const { customers } = computeRfm(makeTransactions(rows));
        expect(customers.map((c) => c.r)).toEqual(Array.from(scoreByRank(customers.map((c) => c.recency), 5, 'lower')));
        for (const a of customers) {
          for (const b of customers) {
            if (a.recency === b.recency) expect(a.r).toBe(b.r);
            if (a.frequency === b.frequency) expect(a.f).toBe(b.f);
            if (a.monetary === b.monetary) expect(a.m).toBe(b.m);
          }
        }
      }),
    );
  });
});

describe('summariseRfmSegments', () => {
  it('adds up customers, orders and revenue per segment (by hand) and rejects unknown keys', () => {
    const rows = [
      { segmentKey: 'Lost', recency: 300, frequency: 1, monetary: 40 },
      { segmentKey: 'Lost', recency: 100, frequency: 3, monetary: 20 },
      { segmentKey: 'Champions', recency: 2, frequency: 6, monetary: 140 },
    ];
    const table = summariseRfmSegments(Object.freeze(rows.map((r) => Object.freeze(r))), 'rfm10');
    expect(table.find((s) => s.segmentKey === 'Lost')).toMatchObject({ customers: 2, orders: 4, revenue: 60, meanRecency: 200, meanFrequency: 2, meanMonetary: 30, revenueShare: 0.3 });
    expect(table.find((s) => s.segmentKey === 'Champions')!.customerShare).toBeCloseTo(1 / 3, 12);
    expect(summariseRfmSegments([], 'cn8').every((s) => s.customerShare === null && s.revenueShare === null)).toBe(true);
    expectEngineError(() => summariseRfmSegments([{ segmentKey: 'VIP', recency: 1, frequency: 1, monetary: 1 }], 'cn8'), 'unknown-segment');
  });
});

describe('aggregateRfmMeasures', () => {
  it('matches its documented example (worked by hand)', () => {
    const m = aggregateRfmMeasures(makeTransactions([['A', 1, 10], ['B', 2, -5], ['A', 3, 20], ['A', 4, -8]]));
    expect([Array.from(m.lastPurchase), Array.from(m.frequency), Array.from(m.monetary)]).toEqual([[3], [2], [22]]);
    expect(m).toMatchObject({ latestDay: 4, latestPurchase: 3, withoutPurchase: ['B'] });
    expect(Array.from(m.customerIndex)).toEqual([0]);
  });
});
