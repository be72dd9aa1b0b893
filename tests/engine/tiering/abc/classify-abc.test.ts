import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { abcThresholds, classifyAbc } from '~/engine/tiering/abc';
import { expectEngineError } from '../../expect-engine-error';

const freeze = <T extends object>(rows: T[]): readonly T[] => Object.freeze(rows.map((r) => Object.freeze(r)));

describe('classifyAbc, worked by hand', () => {
  // Total 200. Sorted: a 80, b 40, c 30 (tie with d, 'c' < 'd'), d 30, e 10, f 10, g 0.
  // Share above each: a 0, b 0.4, c 0.6, d 0.75, e 0.9, f 0.95, g 1.0 → A A A B C C C
  // (c: 0.6 < 0.7 → A although it takes the running share to 0.75; e: 0.9 is not below 0.9 → C).
  const items = freeze([
    { customer: 'e', value: 10 },
    { customer: 'd', value: 30 },
    { customer: 'a', value: 80 },
    { customer: 'g', value: 0 },
    { customer: 'c', value: 30 },
    { customer: 'b', value: 40 },
    { customer: 'f', value: 10 },
  ]);
  const result = classifyAbc(items);

  it('ranks by value descending, ties by customer id', () => {
    expect(result.customers.map((c) => c.customer)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(result.customers.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('classifies by the cumulative share of the customers ranked above', () => {
    expect(result.customers.map((c) => c.class).join('')).toBe('AAABCCC');
    const expected = [[0.4, 0.4, 0], [0.2, 0.6, 0.4], [0.15, 0.75, 0.6], [0.15, 0.9, 0.75], [0.05, 0.95, 0.9], [0.05, 1, 0.95], [0, 1, 1]];
    result.customers.forEach((c, i) => {
      const [share, cumulative, before] = expected[i]!;
      expect(c.share).toBeCloseTo(share!, 12);
      expect(c.cumulative).toBeCloseTo(cumulative!, 12);
      expect(c.cumulativeBefore).toBeCloseTo(before!, 12);
    });
  });

  it('summarises each class', () => {
    expect(result.summary.A).toMatchObject({ customers: 3, value: 150 });
    expect(result.summary.A.customerShare).toBeCloseTo(3 / 7, 12);
    expect(result.summary.A.valueShare).toBeCloseTo(0.75, 12);
    expect(result.summary.B).toMatchObject({ customers: 1, value: 30 });
    expect(result.summary.C).toMatchObject({ customers: 3, value: 20 });
    expect(result.summary.total).toEqual({ customers: 7, value: 200 });
  });

  it('draws the Pareto curve from (0, 0) to (1, 1)', () => {
    expect(result.paretoCurve).toHaveLength(8);
    expect(result.paretoCurve[0]).toEqual({ customerShare: 0, valueShare: 0 });
    expect(result.paretoCurve[1]!.customerShare).toBeCloseTo(1 / 7, 12);
    expect(result.paretoCurve[1]!.valueShare).toBeCloseTo(0.4, 12);
    expect(result.paretoCurve.at(-1)).toEqual({ customerShare: 1, valueShare: 1 });
  });

  it.each([
    // a = 0.5: a (0) and b (0.4) are A; c (0.6) B; d (0.75) B; e (0.9) C.
    [{ a: 0.5 }, 'AABBCCC'],
    // a = b = 0.7: no B at all.
    [{ a: 0.7, b: 0.7 }, 'AAACCCC'],
    // b = 1: everyone whose customers above hold less than everything is at least B.
    [{ b: 1 }, 'AAABBBC'],
  ])('with %j → %s', (options, classes) => {
    expect(classifyAbc(items, options).customers.map((c) => c.class).join('')).toBe(classes);
  });
});

describe('classifyAbc, edge cases and errors', () => {
  it('returns an empty result for no customers', () => {
    const result = classifyAbc([]);
    expect(result.customers).toEqual([]);
    expect(result.paretoCurve).toEqual([{ customerShare: 0, valueShare: 0 }]);
    expect(result.summary.total).toEqual({ customers: 0, value: 0 });
  });

  it('keeps a customer with a negative value (net returns) in C at the end', () => {
    // Total 90. Shares above: x 0, y 0.5556 (A), z 1.1111 → C.
    const result = classifyAbc([{ customer: 'x', value: 50 }, { customer: 'z', value: -10 }, { customer: 'y', value: 50 }]);
    expect(result.customers.map((c) => `${c.customer}${c.class}`)).toEqual(['xA', 'yA', 'zC']);
    expect(result.customers.at(-1)!.cumulative).toBe(1);
  });

  it('rejects bad thresholds, values and duplicates', () => {
    const ok = [{ customer: 'x', value: 1 }];
    expectEngineError(() => classifyAbc(ok, { a: 0 }), 'invalid-threshold');
    expectEngineError(() => classifyAbc(ok, { a: 1.2 }), 'invalid-threshold');
    expectEngineError(() => classifyAbc(ok, { a: 0.8, b: 0.7 }), 'invalid-threshold');
    expectEngineError(() => classifyAbc([{ customer: 'x', value: Number.NaN }]), 'invalid-value');
    expectEngineError(() => classifyAbc([{ customer: 'x', value: 1 }, { customer: 'x', value: 2 }]), 'duplicate-customer');
    expectEngineError(() => classifyAbc([{ customer: 'x', value: 0 }]), 'non-positive-total');
    expectEngineError(() => classifyAbc([{ customer: 'x', value: 5 }, { customer: 'y', value: -9 }]), 'non-positive-total');
  });

  it('abcThresholds: the defaults, and the same checks without any customers', () => {
    expect(abcThresholds()).toEqual({ a: 0.7, b: 0.9 });
    expect(abcThresholds({ a: 0.8 })).toEqual({ a: 0.8, b: 0.9 });
    expect(abcThresholds({ a: 0.5, b: 0.5 })).toEqual({ a: 0.5, b: 0.5 });
    expectEngineError(() => abcThresholds({ a: 0 }), 'invalid-threshold');
    expectEngineError(() => abcThresholds({ a: 0.95 }), 'invalid-threshold');
    expectEngineError(() => abcThresholds({ b: 1.01 }), 'invalid-threshold');
  });
});

describe('classifyAbc, properties', () => {
  const itemsArb = fc
    .uniqueArray(fc.record({ customer: fc.string({ maxLength: 4 }), value: fc.integer({ min: 0, max: 1000 }) }), { selector: (r) => r.customer, minLength: 1, maxLength: 80 })
    .filter((items) => items.some((i) => i.value > 0));
  const thresholdsArb = fc
    .tuple(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([a, t]) => ({ a, b: a + t * (1 - a) }));

  it('keeps classes monotone along the ranking, shares summing to 1 and the cut-offs respected', () => {
    fc.assert(
      fc.property(itemsArb, thresholdsArb, (items, { a, b }) => {
        const { customers, summary } = classifyAbc(items, { a, b });
        const order = { A: 0, B: 1, C: 2 };
        let shares = 0;
        for (let k = 0; k < customers.length; k++) {
          const c = customers[k]!;
          shares += c.share;
          if (k > 0) {
            const prev = customers[k - 1]!;
            expect(order[c.class]).toBeGreaterThanOrEqual(order[prev.class]);
            expect(prev.value > c.value || (prev.value === c.value && prev.customer < c.customer)).toBe(true);
          }
          if (c.class === 'A') expect(c.cumulativeBefore).toBeLessThan(a);
          if (c.class === 'B') expect(c.cumulativeBefore).toBeGreaterThanOrEqual(a);
          if (c.class === 'B') expect(c.cumulativeBefore).toBeLessThan(b);
          if (c.class === 'C') expect(c.cumulativeBefore).toBeGreaterThanOrEqual(b);
        }
        expect(shares).toBeCloseTo(1, 9);
        expect(customers.at(-1)!.cumulative).toBe(1);
        expect(customers[0]!.class).toBe('A');
        expect(summary.A.valueShare + summary.B.valueShare + summary.C.valueShare).toBeCloseTo(1, 9);
        expect(summary.A.customers + summary.B.customers + summary.C.customers).toBe(items.length);
      }),
    );
  });
});
