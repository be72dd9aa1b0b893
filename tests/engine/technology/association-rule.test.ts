import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { associationRuleMetrics } from '~/engine/technology/association-rule';
import { expectEngineError } from '../expect-engine-error';

describe('associationRuleMetrics, worked by hand', () => {
  it.each([
    // 90/1000, 90/150, 120/1000, 0.6/0.12 (chapter 2's bread and milk)
    [{ transactions: 1000, antecedent: 150, consequent: 120, both: 90 }, { support: 0.09, confidence: 0.6, consequentSupport: 0.12, lift: 5 }],
    // 20/200, 20/50, 80/200, 0.4/0.4: independent items have lift 1
    [{ transactions: 200, antecedent: 50, consequent: 80, both: 20 }, { support: 0.1, confidence: 0.4, consequentSupport: 0.4, lift: 1 }],
    // 5/100, 5/40, 50/100, 0.125/0.5: buying A makes B less likely (lift below 1)
    [{ transactions: 100, antecedent: 40, consequent: 50, both: 5 }, { support: 0.05, confidence: 0.125, consequentSupport: 0.5, lift: 0.25 }],
    // never together: support, confidence and lift are 0
    [{ transactions: 10, antecedent: 3, consequent: 4, both: 0 }, { support: 0, confidence: 0, consequentSupport: 0.4, lift: 0 }],
  ])('%j', (counts, expected) => {
    const result = associationRuleMetrics(Object.freeze(counts));
    for (const [key, value] of Object.entries(expected)) expect(result[key as keyof typeof result]).toBeCloseTo(value, 12);
  });

  it('gives null where there is nothing to divide by', () => {
    // No basket with A: confidence and lift undefined; no basket at all: nothing defined.
    expect(associationRuleMetrics({ transactions: 10, antecedent: 0, consequent: 4, both: 0 })).toEqual({ support: 0, confidence: null, consequentSupport: 0.4, lift: null });
    expect(associationRuleMetrics({ transactions: 0, antecedent: 0, consequent: 0, both: 0 })).toEqual({ support: null, confidence: null, consequentSupport: null, lift: null });
  });

  it('rejects impossible counts', () => {
    expectEngineError(() => associationRuleMetrics({ transactions: -1, antecedent: 0, consequent: 0, both: 0 }), 'invalid-count');
    expectEngineError(() => associationRuleMetrics({ transactions: 10, antecedent: Number.NaN, consequent: 0, both: 0 }), 'invalid-count');
    expectEngineError(() => associationRuleMetrics({ transactions: 10, antecedent: 3, consequent: 4, both: 5 }), 'inconsistent-counts');
    expectEngineError(() => associationRuleMetrics({ transactions: 10, antecedent: 11, consequent: 4, both: 1 }), 'inconsistent-counts');
  });
});

describe('associationRuleMetrics, properties', () => {
  const counts = fc
    .record({ n: fc.integer({ min: 1, max: 10_000 }), a: fc.double({ min: 0, max: 1, noNaN: true }), b: fc.double({ min: 0, max: 1, noNaN: true }), ab: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ n, a, b, ab }) => {
      const antecedent = Math.round(a * n);
      const consequent = Math.round(b * n);
      return { transactions: n, antecedent, consequent, both: Math.round(ab * Math.min(antecedent, consequent)) };
    });

  it('support ≤ confidence ≤ 1, and lift is the same read from either side', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const forward = associationRuleMetrics(c);
        const backward = associationRuleMetrics({ ...c, antecedent: c.consequent, consequent: c.antecedent });
        expect(forward.support).toBe(backward.support);
        if (forward.confidence !== null) {
          expect(forward.support!).toBeLessThanOrEqual(forward.confidence + 1e-15);
          expect(forward.confidence).toBeLessThanOrEqual(1);
        }
        expect(forward.lift).toBe(backward.lift);
        // lift = P(A and B) / (P(A) P(B)).
        if (forward.lift !== null) expect(forward.lift).toBeCloseTo((c.both / c.transactions) / ((c.antecedent / c.transactions) * (c.consequent / c.transactions)), 6);
      }),
    );
  });
});
