import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ABC_CHAPTER_EXAMPLE, classifyAbc, paretoPoints, sumByCustomer } from '~/engine/tiering/abc';
import { expectEngineError } from '../../expect-engine-error';

describe('sumByCustomer', () => {
  it('adds rows of the same customer, in order of first appearance (by hand)', () => {
    expect(sumByCustomer(Object.freeze(['K1', 'K2', 'K1', 'K3']), Float64Array.from([10, 5, 2.5, -1]))).toEqual([
      { customer: 'K1', value: 12.5 }, { customer: 'K2', value: 5 }, { customer: 'K3', value: -1 },
    ]);
  });
  it('refuses a value that is not finite', () => {
    expectEngineError(() => sumByCustomer(['a'], [Number.POSITIVE_INFINITY]), 'invalid-value');
  });
  it('keeps the grand total (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: -1000, max: 1000 }))), (pairs) => {
      const out = sumByCustomer(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
      expect(out.reduce((s, o) => s + o.value, 0)).toBe(pairs.reduce((s, p) => s + p[1], 0));
      expect(new Set(out.map((o) => o.customer)).size).toBe(out.length);
    }));
  });
});

describe('paretoPoints', () => {
  it('keeps every point of the chapter’s ten customers, from (0, 0) to (1, 1)', () => {
    const points = paretoPoints(classifyAbc(ABC_CHAPTER_EXAMPLE.customers), 500);
    expect(points).toHaveLength(11);
    expect(points[0]).toEqual({ customerShare: 0, valueShare: 0, class: null });
    // K04 (4th of 10) ends class A at cumulative 79 % (the chapter's table).
    expect(points[4]!.customerShare).toBeCloseTo(0.4, 12);
    expect(points[4]!.valueShare).toBeCloseTo(0.79, 12);
    expect(points[4]!.class).toBe('A');
    expect(points[10]!.valueShare).toBeCloseTo(1, 12);
  });

  it('thins a long curve but keeps the class corners and the end (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 3000 }), fc.integer({ min: 8, max: 200 }), (values, max) => {
      const result = classifyAbc(values.map((value, i) => ({ customer: `c${i}`, value })));
      const points = paretoPoints(result, max);
      expect(points.length).toBeLessThanOrEqual(Math.max(max, 1));
      expect(points.at(-1)!.customerShare).toBe(1);
      for (let i = 1; i < points.length; i++) expect(points[i]!.customerShare).toBeGreaterThan(points[i - 1]!.customerShare);
      for (const cls of ['A', 'B', 'C'] as const) {
        const last = result.customers.filter((c) => c.class === cls).at(-1);
        if (last) expect(points.some((p) => p.customerShare === last.rank / values.length && p.class === cls)).toBe(true);
      }
    }));
  });

  it('refuses too few points', () => {
    expectEngineError(() => paretoPoints({ customers: [] }, 3), 'invalid-points');
  });
});
