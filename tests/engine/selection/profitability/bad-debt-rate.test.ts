import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customerProfitability } from '~/engine/selection/profitability';
import { expectEngineError } from '../../expect-engine-error';

describe('customerProfitability with a known bad-debt rate', () => {
  it('takes expected bad debt as revenue × badDebtRate instead of the payment-days rule', () => {
    // 2,000,000 × 10 % = 200,000 gross; 2,000,000 × 3 % = 60,000 bad debt; 200,000 − 90,000 − 60,000 = 50,000 (by hand).
    const [row] = customerProfitability([Object.freeze({ customer: '甲', revenue: 2_000_000, marginRate: 0.1, serviceCost: 90_000, paymentDays: 45, badDebtRate: 0.03 })]);
    expect(row!.expectedBadDebt).toBeCloseTo(60_000, 6);
    expect(row!.defaultProbability).toBe(0.03);
    expect(row!.profit).toBeCloseTo(50_000, 6);
    // The payment rules still read the payment days: 45 days is late (watch).
    expect(row!.rules).toContain('late-payment');
  });

  it('keeps the payment-days rule when no rate is given', () => {
    // Paying in 60 days: exposure 2,000,000 × 60/365 = 328,767; p = 1 % + 5 % × 30/30 = 6 %: 19,726 (by hand).
    const [row] = customerProfitability([{ customer: '乙', revenue: 2_000_000, marginRate: 0.1, serviceCost: 90_000, paymentDays: 60 }]);
    expect(row!.expectedBadDebt).toBeCloseTo((2_000_000 * 60 * 0.06) / 365, 6);
  });

  it('rejects a rate outside 0–1', () => {
    const base = { customer: '丙', revenue: 1000, marginRate: 0.2, serviceCost: 10, paymentDays: 30 };
    expectEngineError(() => customerProfitability([{ ...base, badDebtRate: 1.2 }]), 'invalid-bad-debt-rate');
    expectEngineError(() => customerProfitability([{ ...base, badDebtRate: -0.01 }]), 'invalid-bad-debt-rate');
  });

  it('profit falls by revenue × the rate difference (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e8 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (revenue, p, q) => {
        const at = (badDebtRate: number) => customerProfitability([{ customer: 'x', revenue, marginRate: 0.2, serviceCost: 0, paymentDays: 30, badDebtRate }])[0]!.profit;
        expect(at(p) - at(q)).toBeCloseTo(revenue * (q - p), 3);
      }),
    );
  });
});
