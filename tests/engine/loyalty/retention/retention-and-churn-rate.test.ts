import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { churnRate, retentionRate } from '~/engine/loyalty';
import { expectEngineError } from '../../expect-engine-error';

describe('retentionRate and churnRate, worked by hand', () => {
  it.each([
    // 90 of 120 stay: 90/120 = 0.75, 30 lost = 0.25
    [120, 90, 0.75, 0.25],
    // all stay / all leave
    [50, 50, 1, 0],
    [50, 0, 0, 1],
  ])('start %d, retained %d → retention %d, churn %d', (start, retained, retention, churn) => {
    const r = retentionRate(Object.freeze({ startCustomers: start, retained }));
    expect(r.retention).toBeCloseTo(retention, 12);
    expect(r.churn).toBeCloseTo(churn, 12);
    expect(r.lost).toBe(start - retained);
    // The same period read from the customers lost gives the same rates.
    const c = churnRate(Object.freeze({ startCustomers: start, lost: start - retained }));
    expect(c).toEqual({ churn: r.churn, retention: r.retention, retained });
  });

  it('has no rate without customers at the start', () => {
    expect(retentionRate({ startCustomers: 0, retained: 0 })).toEqual({ retention: null, churn: null, lost: 0 });
    expect(churnRate({ startCustomers: 0, lost: 0 })).toEqual({ churn: null, retention: null, retained: 0 });
  });

  it('does not let new customers count as retained, nor more be lost than there were', () => {
    expectEngineError(() => retentionRate({ startCustomers: 400, retained: 450 }), 'inconsistent-counts');
    expectEngineError(() => churnRate({ startCustomers: 400, lost: 401 }), 'inconsistent-counts');
    expectEngineError(() => retentionRate({ startCustomers: -1, retained: 0 }), 'invalid-count');
    expectEngineError(() => churnRate({ startCustomers: 10, lost: Number.NaN }), 'invalid-count');
  });
});

describe('retentionRate, properties', () => {
  it('retention + churn = 1 and both lie in [0, 1]', () => {
    const counts = fc.integer({ min: 1, max: 1_000_000 }).chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: 0, max: start })));
    fc.assert(
      fc.property(counts, ([start, retained]) => {
        const { retention, churn } = retentionRate({ startCustomers: start, retained });
        expect(retention! + churn!).toBeCloseTo(1, 12);
        expect(retention).toBeGreaterThanOrEqual(0);
        expect(churn).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
