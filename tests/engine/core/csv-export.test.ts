import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvMoney, csvShare, roundTo } from '~/engine/core/csv-export';

describe('roundTo, csvMoney, csvShare', () => {
  it.each([
    // value, decimals, rounded (worked by hand)
    [328.09000000000003, 2, 328.09], // a sum of amounts as the RFM export wrote it before
    [0.1 + 0.2, 2, 0.3],
    [1.005, 2, 1.01], // half away from zero, although 1.005 * 100 is 100.49999999999999
    [-1.005, 2, -1.01],
    [-0.001, 2, 0],
    [12.5, 0, 13],
  ])('roundTo(%d, %d) = %d', (value, decimals, rounded) => {
    expect(roundTo(value, decimals)).toBe(rounded);
    expect(Object.is(roundTo(value, decimals), -0)).toBe(false);
  });

  it('money to cents and shares to six decimals', () => {
    expect(csvMoney(-12.499999999)).toBe(-12.5);
    expect(csvShare(0.7000000000000001)).toBe(0.7);
  });

  it('never moves a value by more than half a unit of the last place, and prints at most that many decimals (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (value, decimals) => {
        const rounded = roundTo(value, decimals);
        expect(Math.abs(rounded - value)).toBeLessThanOrEqual(0.5 / 10 ** decimals + Math.abs(value) * 1e-14);
        expect(String(rounded).replace(/^-?\d+\.?/, '').length).toBeLessThanOrEqual(decimals);
      }),
    );
  });
});
