import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { churnCost } from '~/engine/loyalty';
import { expectEngineError } from '../../expect-engine-error';

describe('churnCost', () => {
  it('multiplies the customers lost by the yearly margin and by the acquisition cost', () => {
    // 250 × 120 = 30,000; 250 × 80 = 20,000 (by hand)
    expect(churnCost(Object.freeze({ lost: 250, marginPerYear: 120, acquisitionCost: 80 }))).toEqual({ lostMarginNextYear: 30000, replacementCost: 20000 });
    expect(churnCost({ lost: 0, marginPerYear: 120, acquisitionCost: 80 })).toEqual({ lostMarginNextYear: 0, replacementCost: 0 });
  });

  it('rejects what it cannot multiply', () => {
    expectEngineError(() => churnCost({ lost: -5, marginPerYear: 1, acquisitionCost: 1 }), 'invalid-count');
    expectEngineError(() => churnCost({ lost: 5, marginPerYear: Number.NaN, acquisitionCost: 1 }), 'invalid-margin');
    expectEngineError(() => churnCost({ lost: 5, marginPerYear: 1, acquisitionCost: Number.POSITIVE_INFINITY }), 'invalid-acquisition');
  });

  it('is linear in the customers lost', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 5000 }), (a, b, margin) => {
        const both = churnCost({ lost: a + b, marginPerYear: margin, acquisitionCost: 300 });
        const split = [churnCost({ lost: a, marginPerYear: margin, acquisitionCost: 300 }), churnCost({ lost: b, marginPerYear: margin, acquisitionCost: 300 })];
        expect(both.lostMarginNextYear).toBe(split[0]!.lostMarginNextYear + split[1]!.lostMarginNextYear);
        expect(both.replacementCost).toBe(split[0]!.replacementCost + split[1]!.replacementCost);
      }),
    );
  });
});
