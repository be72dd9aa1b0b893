import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_PROFITABILITY_OPTIONS,
  PROFITABILITY_RULES,
  customerProfitability,
  defaultProbability,
  expectedBadDebt,
  profitabilityRuleTable,
  type ProfitabilityInput,
} from '~/engine/selection/profitability';
import { expectEngineError } from '../../expect-engine-error';

// Five customers for the chapter-3 sorter, every figure worked by hand with the default rule
// (30-day terms; default probability 1 % + 5 % per 30 days late; exposure = revenue × days / 365).
//   大华 1,000,000 × 20 % = 200,000; 120 days: p = 0.01 + 0.05 × 3 = 0.16; exposure 328,767.12;
//        bad debt 52,602.74; profit 200,000 − 50,000 − 52,602.74 = 97,397.26 (9.74 %)
//   小美 80,000 × 35 % = 28,000; 20 days: p = 0.01; exposure 4,383.56; bad debt 43.84;
//        profit 28,000 − 4,000 − 43.84 = 23,956.16 (29.9 %)
//   中兴 400,000 × 25 % = 100,000; 60 days: p = 0.06; exposure 65,753.42; bad debt 3,945.21;
//        profit 100,000 − 60,000 − 3,945.21 = 36,054.79 (9.0 %)
//   亏损 200,000 × 10 % = 20,000; 30 days: p = 0.01; exposure 16,438.36; bad debt 164.38;
//        profit 20,000 − 30,000 − 164.38 = −10,164.38
//   稳健 150,000 × 12 % = 18,000; 30 days: bad debt 123.29; profit 14,876.71 (9.9 %)
const CUSTOMERS: readonly ProfitabilityInput[] = Object.freeze([
  { customer: '大华', revenue: 1_000_000, marginRate: 0.2, serviceCost: 50_000, paymentDays: 120, growth: 0.02, strategicFit: 0.5 },
  { customer: '小美', revenue: 80_000, marginRate: 0.35, serviceCost: 4_000, paymentDays: 20, growth: 0.25, strategicFit: 0.9 },
  { customer: '中兴', revenue: 400_000, marginRate: 0.25, serviceCost: 60_000, paymentDays: 60, growth: -0.15, strategicFit: 0.6 },
  { customer: '亏损', revenue: 200_000, marginRate: 0.1, serviceCost: 30_000, paymentDays: 30, strategicFit: 0.3 },
  { customer: '稳健', revenue: 150_000, marginRate: 0.12, serviceCost: 3_000, paymentDays: 30 },
].map((c) => Object.freeze(c)));

describe('customerProfitability, the chapter-3 sorter example', () => {
  const result = customerProfitability(CUSTOMERS);
  const by = (name: string) => result.find((r) => r.customer === name)!;

  it.each([
    ['大华', 200_000, 52_602.74, 97_397.26],
    ['小美', 28_000, 43.84, 23_956.16],
    ['中兴', 100_000, 3_945.21, 36_054.79],
    ['亏损', 20_000, 164.38, -10_164.38],
    ['稳健', 18_000, 123.29, 14_876.71],
  ])('%s: gross margin %d, expected bad debt %d, profit %d', (name, gross, badDebt, profit) => {
    const row = by(name);
    expect(row.grossMargin).toBeCloseTo(gross, 6);
    expect(row.expectedBadDebt).toBeCloseTo(badDebt, 2);
    expect(row.profit).toBeCloseTo(profit, 2);
    expect(row.profitMargin).toBeCloseTo(row.profit / row.revenue, 12);
  });

  it('ranks by revenue and by profit', () => {
    expect(result.map((r) => [r.customer, r.rankByRevenue, r.rankByProfit])).toEqual([
      ['大华', 1, 1],
      ['小美', 5, 3],
      ['中兴', 2, 2],
      ['亏损', 3, 5],
      ['稳健', 4, 4],
    ]);
  });

  it.each([
    ['大华', 'bad', ['credit-risk', 'big-not-good']],
    ['小美', 'good', ['strong-margin', 'pays-on-time', 'growing', 'good-fit', 'small-but-good']],
    ['中兴', 'watch', ['late-payment', 'high-service-cost', 'decline']],
    ['亏损', 'bad', ['loss', 'high-service-cost', 'poor-fit', 'pays-on-time']],
    ['稳健', 'good', ['pays-on-time', 'small-but-good']],
  ])('%s is %s because of %j', (name, verdict, rules) => {
    expect(by(name)).toMatchObject({ verdict, rules });
    expect(by(name).reasons).toHaveLength(rules.length);
  });

  it('explains in plain Chinese', () => {
    expect(by('大华').reasons).toEqual([
      '账期长达 120 天，坏账风险高（预期坏账 52,603 元）',
      '销售额排第 1，是大客户，但被判为坏客户：大客户不等于好客户',
    ]);
    expect(by('亏损').reasons[0]).toBe('扣除服务成本和预期坏账后亏损 10,164 元');
    expect(by('中兴').reasons).toEqual([
      '平均 60 天才付款，比约定账期晚 30 天',
      '服务成本 60,000 元，占毛利的 60%，服务成本高',
      '销售额比上年下降 15%，需要关注',
    ]);
    expect(by('小美').reasons.at(-1)).toBe('销售额只排第 5，利润排第 3，各项指标良好：小客户也可能是好客户');
  });
});

describe('customerProfitability, other cases', () => {
  it('handles a customer with no revenue: no profit margin, judged on the rest', () => {
    // Revenue 0: gross margin 0, bad debt 0; cost to serve 500 → loss of 500.
    const [row] = customerProfitability([{ customer: 'z', revenue: 0, marginRate: 0.3, serviceCost: 500, paymentDays: 10 }]);
    expect(row!.profitMargin).toBeNull();
    expect(row!.profit).toBe(-500);
    expect(row!.rules).toEqual(['loss', 'pays-on-time', 'big-not-good']);
  });

  it('takes changed thresholds from the instructor', () => {
    // 中兴 pays in 60 days: with riskDays 45 that is a credit risk, and its 9.0 % margin is thin under 10 %.
    const [row] = customerProfitability([CUSTOMERS[2]!], { riskDays: 45, thinMargin: 0.1 });
    expect(row!.verdict).toBe('bad');
    expect(row!.rules.slice(0, 2)).toEqual(['credit-risk', 'thin-margin']);
  });

  it('gives equal values equal ranks', () => {
    const same = { revenue: 100, marginRate: 0.5, serviceCost: 0, paymentDays: 0 };
    const rows = customerProfitability([{ customer: 'a', ...same }, { customer: 'b', ...same }, { customer: 'c', ...same, revenue: 50 }]);
    expect(rows.map((r) => r.rankByRevenue)).toEqual([1, 1, 3]);
    expect(rows.map((r) => r.rankByProfit)).toEqual([1, 1, 3]);
  });

  it('rejects bad inputs and options', () => {
    const ok = { customer: 'a', revenue: 100, marginRate: 0.2, serviceCost: 1, paymentDays: 10 };
    expectEngineError(() => customerProfitability([{ ...ok, revenue: -1 }]), 'invalid-revenue');
    expectEngineError(() => customerProfitability([{ ...ok, marginRate: 1.5 }]), 'invalid-margin-rate');
    expectEngineError(() => customerProfitability([{ ...ok, serviceCost: Number.NaN }]), 'invalid-service-cost');
    expectEngineError(() => customerProfitability([{ ...ok, paymentDays: -3 }]), 'invalid-payment-days');
    expectEngineError(() => customerProfitability([{ ...ok, growth: -1 }]), 'invalid-growth');
    expectEngineError(() => customerProfitability([{ ...ok, strategicFit: 2 }]), 'invalid-fit');
    expectEngineError(() => customerProfitability([ok], { termsDays: -1 }), 'invalid-terms');
    expectEngineError(() => customerProfitability([ok], { riskDays: 10 }), 'invalid-risk-days');
    expectEngineError(() => customerProfitability([ok], { baseDefaultRate: 1.2 }), 'invalid-default-rate');
    expectEngineError(() => customerProfitability([ok], { thinMargin: 0.3 }), 'invalid-threshold');
  });
});

describe('the bad-debt rule', () => {
  it.each([
    [0, 0.01],
    [30, 0.01],
    [45, 0.035], // 0.01 + 0.05 × 15/30
    [120, 0.16],
    [400, 0.5], // 0.01 + 0.05 × 370/30 = 0.6267, capped at 0.5
  ])('paying in %i days: probability of default %d', (days, p) => {
    expect(defaultProbability(days)).toBeCloseTo(p, 12);
  });

  it('expects 19,200 on 365,000 a year paid in 120 days (120,000 owed × 16 %)', () => {
    expect(expectedBadDebt(365_000, 120)).toBeCloseTo(19_200, 8);
  });

  it('never falls as payment gets later, and stays within revenue × days / 365 × cap', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.integer({ min: 0, max: 720 }), fc.integer({ min: 0, max: 720 }), (revenue, d1, d2) => {
        const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(expectedBadDebt(revenue, late)).toBeGreaterThanOrEqual(expectedBadDebt(revenue, early));
        expect(expectedBadDebt(revenue, late)).toBeLessThanOrEqual((revenue * late) / 365 * DEFAULT_PROFITABILITY_OPTIONS.maxDefaultRate + 1e-9);
      }),
    );
  });
});

describe('customerProfitability, properties', () => {
  const customerArb = fc.record({
    customer: fc.string({ maxLength: 3 }),
    revenue: fc.integer({ min: 0, max: 2_000_000 }),
    marginRate: fc.double({ min: -0.2, max: 0.6, noNaN: true }),
    serviceCost: fc.integer({ min: 0, max: 300_000 }),
    paymentDays: fc.integer({ min: 0, max: 200 }),
    growth: fc.option(fc.double({ min: -0.5, max: 1, noNaN: true }), { nil: undefined }),
    strategicFit: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  });

  it('profit adds up, the verdict follows the rule table, and every customer gets a reason', () => {
    fc.assert(
      fc.property(fc.array(customerArb, { minLength: 1, maxLength: 20 }), (customers) => {
        const rows = customerProfitability(customers);
        rows.forEach((row, i) => {
          const input = customers[i]!;
          expect(row.profit).toBeCloseTo(row.grossMargin - row.costToServe - row.expectedBadDebt, 6);
          const bad = row.profit < 0 || input.paymentDays > 90;
          expect(row.verdict === 'bad').toBe(bad);
          const effects = row.rules.map((id) => PROFITABILITY_RULES.find((r) => r.id === id)?.effect ?? 'info');
          if (row.verdict === 'good') expect(effects.every((e) => e === 'good' || e === 'info')).toBe(true);
          if (row.verdict === 'watch') expect(effects).toContain('watch');
          expect(row.reasons.length).toBeGreaterThan(0);
          expect(row.rankByRevenue).toBeGreaterThanOrEqual(1);
          expect(row.rankByRevenue).toBeLessThanOrEqual(rows.length);
        });
      }),
    );
  });

  it('lists the rules with their thresholds for display', () => {
    const table = profitabilityRuleTable({ riskDays: 60 });
    expect(table.find((r) => r.id === 'credit-risk')).toEqual({ id: 'credit-risk', effect: 'bad', condition: '平均付款天数超过 60 天' });
    expect(table).toHaveLength(PROFITABILITY_RULES.length);
  });
});
