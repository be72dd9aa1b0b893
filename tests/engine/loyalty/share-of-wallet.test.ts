import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shareOfWallet } from '~/engine/loyalty/share-of-wallet';
import { expectEngineError } from '../expect-engine-error';

describe('shareOfWallet', () => {
  it.each([
    // 150 of 600 = 0.25; all of it = 1; none = 0 (by hand)
    [600, 150, 0.25],
    [80, 80, 1],
    [80, 0, 0],
  ])('category %d, ours %d → %d', (categorySpend, ourSpend, share) => {
    expect(shareOfWallet(Object.freeze({ categorySpend, ourSpend }))).toBeCloseTo(share, 12);
  });

  it('is null when the customer spent nothing on the category', () => {
    expect(shareOfWallet({ categorySpend: 0, ourSpend: 0 })).toBeNull();
  });

  it('rejects impossible spend', () => {
    expectEngineError(() => shareOfWallet({ categorySpend: 100, ourSpend: 120 }), 'inconsistent-spend');
    expectEngineError(() => shareOfWallet({ categorySpend: -1, ourSpend: 0 }), 'invalid-spend');
    expectEngineError(() => shareOfWallet({ categorySpend: 100, ourSpend: Number.NaN }), 'invalid-spend');
  });

  it('lies in [0, 1] and rises with our spend (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (total, p, q) => {
        const [low, high] = [Math.min(p, q) * total, Math.max(p, q) * total];
        const a = shareOfWallet({ categorySpend: total, ourSpend: low })!;
        const b = shareOfWallet({ categorySpend: total, ourSpend: high })!;
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(1);
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });
});
