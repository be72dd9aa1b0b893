import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { complaintIceberg } from '~/engine/communication/complaints/complaint-iceberg';
import { expectEngineError } from '../../expect-engine-error';

describe('complaintIceberg, worked by hand', () => {
  it.each([
    // 12 / 0.04 = 300 dissatisfied, 288 silent, 288 × 0.25 = 72 lost, 72 × 150 = 10,800
    [{ complaints: 12, complaintRate: 0.04, silentChurnRate: 0.25, marginPerCustomerPerYear: 150 }, [300, 288, 72, 10800]],
    // everyone complains: nobody is silent, nobody leaves unseen
    [{ complaints: 50, complaintRate: 1, silentChurnRate: 0.9, marginPerCustomerPerYear: 100 }, [50, 0, 0, 0]],
    // 5 / 0.5 = 10, 5 silent, all leave, 5 × 1000
    [{ complaints: 5, complaintRate: 0.5, silentChurnRate: 1, marginPerCustomerPerYear: 1000 }, [10, 5, 5, 5000]],
  ])('%j', (input, [dissatisfied, silent, lost, margin]) => {
    const result = complaintIceberg(Object.freeze(input));
    expect(result.dissatisfied).toBeCloseTo(dissatisfied!, 9);
    expect(result.silent).toBeCloseTo(silent!, 9);
    expect(result.lostCustomers).toBeCloseTo(lost!, 9);
    expect(result.lostMarginPerYear).toBeCloseTo(margin!, 6);
  });

  it('rejects rates it cannot divide by or that are not shares', () => {
    const ok = { complaints: 30, complaintRate: 0.1, silentChurnRate: 0.5, marginPerCustomerPerYear: 200 };
    expectEngineError(() => complaintIceberg({ ...ok, complaintRate: 0 }), 'invalid-rate');
    expectEngineError(() => complaintIceberg({ ...ok, complaintRate: 1.1 }), 'invalid-rate');
    expectEngineError(() => complaintIceberg({ ...ok, silentChurnRate: -0.1 }), 'invalid-rate');
    expectEngineError(() => complaintIceberg({ ...ok, complaints: -3 }), 'invalid-count');
    expectEngineError(() => complaintIceberg({ ...ok, marginPerCustomerPerYear: Number.NaN }), 'invalid-margin');
  });
});

describe('complaintIceberg, properties', () => {
  it('complaints + silent = dissatisfied, and the lower the complaint rate the bigger the iceberg', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (complaints, rate, churn, shrink) => {
          const input = { complaints, complaintRate: rate, silentChurnRate: churn, marginPerCustomerPerYear: 100 };
          const result = complaintIceberg(input);
          expect(result.silent + complaints).toBeCloseTo(result.dissatisfied, 6);
          expect(result.lostCustomers).toBeLessThanOrEqual(result.silent + 1e-9);
          const lowerRate = complaintIceberg({ ...input, complaintRate: Math.max(0.005, rate * shrink) });
          expect(lowerRate.lostCustomers).toBeGreaterThanOrEqual(result.lostCustomers - 1e-9);
        },
      ),
    );
  });
});
