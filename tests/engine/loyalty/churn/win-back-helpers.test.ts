import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { churnRuleAgreement } from '~/engine/loyalty/churn/churn-rule-agreement';
import { pAliveHistogram } from '~/engine/loyalty/churn/p-alive-histogram';
import { pAliveOverSilence } from '~/engine/loyalty/churn/p-alive-over-silence';
import { spendByCustomer } from '~/engine/loyalty/churn/spend-by-customer';
import { winBackCandidates } from '~/engine/loyalty/churn/win-back-candidates';
import { WIN_BACK_CHAPTER_EXAMPLE } from '~/engine/loyalty/churn/win-back-chapter-example';
import { winBackPriority } from '~/engine/loyalty/churn/win-back-priority';
import { transactionsFromRecords } from '~/engine/core/transactions-from-records';
import { expectEngineError } from '../../expect-engine-error';

interface Fixture { id: string; input: Record<string, unknown>; expected: Record<string, unknown> }
const fixtures = JSON.parse(readFileSync('tests/fixtures/chapter-examples/10-customer-winback.json', 'utf8')) as Fixture[];
const ONE = { r: 1, alpha: 1, a: 1, b: 1 };

describe('spendByCustomer', () => {
  it('sums amounts with returns up to the last day and leaves out later customers', () => {
    // By hand: A 10 − 2 = 8 by day 5; B's only row is on day 9.
    const tx = transactionsFromRecords([
      { customer: 'A', date: '1970-01-02', amount: 10 },
      { customer: 'A', date: '1970-01-06', amount: -2 },
      { customer: 'B', date: '1970-01-10', amount: 7 },
    ]);
    expect(spendByCustomer(tx, { lastDay: 5 })).toEqual([{ customer: 'A', value: 8 }]);
    expect(spendByCustomer(tx)).toEqual([{ customer: 'A', value: 8 }, { customer: 'B', value: 7 }]);
    expectEngineError(() => spendByCustomer(tx, { lastDay: 2.5 }), 'invalid-argument');
  });
});

describe('chapter 10’s 云途电商 win-back list', () => {
  it('gives each customer the P(alive) of the fixtures (Python 3, 1e-5)', () => {
    const rows = winBackCandidates(WIN_BACK_CHAPTER_EXAMPLE.customers, WIN_BACK_CHAPTER_EXAMPLE.params);
    for (const row of rows) {
      const f = fixtures.find((x) => x.id === `p-alive-yuntu-${row.customer.toLowerCase()}`)!;
      expect(f.input).toMatchObject({ x: row.x, t_x: row.t_x, T: row.T });
      expect(row.pAlive).toBeCloseTo(f.expected.pAlive as number, 5);
    }
  });

  it('rounds P(alive) to two decimals as the chapter does and ranks C05, C01, C02, C08, C04 (800, 600, 444, 234, 112)', () => {
    const example = WIN_BACK_CHAPTER_EXAMPLE;
    const rows = winBackCandidates(example.customers, example.params, { pAliveDecimals: example.pAliveDecimals });
    expect(rows.map((r) => r.pAlive)).toEqual([0.2, 0.37, 0.88, 0.14, 0.32, 0.08, 0.87, 0.39]);
    const f = fixtures.find((x) => x.id === 'win-back-priority-yuntu')!.expected as { winBackList: string[]; scores: Record<string, number>; active: string[]; lost: string[] };
    const ranked = winBackPriority(rows, { activeFrom: example.activeFrom, lostBelow: example.lostBelow });
    expect(ranked.filter((e) => e.band === 'win-back').map((e) => e.customer)).toEqual(f.winBackList);
    expect(ranked.filter((e) => e.band === 'active').map((e) => e.customer).sort()).toEqual(f.active);
    expect(ranked.filter((e) => e.band === 'lost').map((e) => e.customer)).toEqual(f.lost);
    for (const e of ranked) expect(e.score).toBeCloseTo(f.scores[e.customer]!, 6);
  });

  it('rejects a bad number of decimals', () => {
    expectEngineError(() => winBackCandidates([], ONE, { pAliveDecimals: 1.5 }), 'invalid-argument');
  });
});

describe('pAliveHistogram', () => {
  it('bins P(alive) with the bin edge in the upper bin and 1 in the last', () => {
    // By hand: 0.05 → [0, 0.5); 0.5 and 1 → [0.5, 1]; mean (0.05 + 0.5 + 1) ÷ 3 = 0.516667.
    const h = pAliveHistogram(Object.freeze([0.05, 0.5, 1]), 2);
    expect(h.bins).toEqual([{ from: 0, to: 0.5, customers: 1 }, { from: 0.5, to: 1, customers: 2 }]);
    expect(h.mean).toBeCloseTo(0.516667, 6);
    expect(pAliveHistogram([0.8]).bins[8]!.customers).toBe(1);
    expect(pAliveHistogram([]).mean).toBeNull();
  });

  it('rejects values outside [0, 1] and odd bin counts', () => {
    expectEngineError(() => pAliveHistogram([1.2]), 'invalid-argument');
    expectEngineError(() => pAliveHistogram([0.5], 0), 'invalid-argument');
  });

  it('counts every customer once', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true })), fc.integer({ min: 1, max: 20 }), (ps, bins) => {
      expect(pAliveHistogram(ps, bins).bins.reduce((s, b) => s + b.customers, 0)).toBe(ps.length);
    }));
  });
});

describe('pAliveOverSilence', () => {
  it('falls as the silence grows (by hand with r = α = a = b = 1)', () => {
    // x = 1, t_x = 1: silence 0 → 1/(1 + (2/2)²) = 0.5; 1 → 1/(1 + (3/2)²) = 0.307692; 2 → 1/(1 + (4/2)²) = 0.2.
    const points = pAliveOverSilence(ONE, 1, 1, 2);
    expect(points.map((p) => p.silence)).toEqual([0, 1, 2]);
    expect(points.map((p) => p.pAlive)).toEqual([0.5, expect.closeTo(0.307692, 6), expect.closeTo(0.2, 12)]);
  });

  it('reproduces 老张 and 小李 at nine weeks of silence (chapter 10: 0.03 and 0.69)', () => {
    const params = WIN_BACK_CHAPTER_EXAMPLE.params;
    expect(pAliveOverSilence(params, 30, 30, 9, 9)[1]!.pAlive).toBeCloseTo(0.034012, 5);
    expect(pAliveOverSilence(params, 1, 26, 9, 9)[1]!.pAlive).toBeCloseTo(0.689111, 5);
  });

  it('never rises with silence for a repeat buyer', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 50, noNaN: true }), (x, t_x) => {
      const points = pAliveOverSilence(WIN_BACK_CHAPTER_EXAMPLE.params, x, t_x, 30, 3);
      for (let i = 1; i < points.length; i++) expect(points[i]!.pAlive).toBeLessThanOrEqual(points[i - 1]!.pAlive + 1e-12);
    }));
  });

  it('rejects a bad range', () => {
    expectEngineError(() => pAliveOverSilence(ONE, 1, 1, -1), 'invalid-argument');
    expectEngineError(() => pAliveOverSilence(ONE, 1, 1, 10, 0), 'invalid-argument');
  });
});

describe('churnRuleAgreement', () => {
  it('cross-tabulates the bands with the inactivity rule and lists the disagreements', () => {
    const bands = Object.freeze([
      { customer: 'A', band: 'lost' as const },
      { customer: 'B', band: 'active' as const },
      { customer: 'C', band: 'win-back' as const },
      { customer: 'D', band: 'lost' as const },
    ]);
    const result = churnRuleAgreement(bands, ['B', 'D', 'Z']);
    expect(result.table).toEqual({ active: { churned: 1, notChurned: 0 }, 'win-back': { churned: 0, notChurned: 1 }, lost: { churned: 1, notChurned: 1 } });
    expect(result.customers).toBe(4);
    expect(result.lostButRecent).toEqual(['A']);
    expect(result.silentButActive).toEqual(['B']);
  });
});
