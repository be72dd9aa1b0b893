import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupedNumber, percentText } from '~/engine/number-text';

describe('groupedNumber and percentText', () => {
  it.each([
    // value, decimals, text (each written out by hand)
    [0, 0, '0'],
    [1450, 2, '1,450'],
    [1234567.891, 2, '1,234,567.89'],
    [3402.0080038759675, 2, '3,402.01'],
    [33.558, 1, '33.6'],
    [-80, 2, '−80'],
    [-0.001, 2, '0'],
    [999.995, 0, '1,000'],
  ])('groupedNumber(%d, %d) = %s', (value, decimals, text) => {
    expect(groupedNumber(value, decimals)).toBe(text);
  });

  it.each([
    [0.27516, '27.5%'],
    [0.5, '50%'],
    [1, '100%'],
    [0.0004, '0%'],
  ])('percentText(%d) = %s', (share, text) => {
    expect(percentText(share)).toBe(text);
  });

  it('reads back as the rounded number once the separators are taken out (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        const text = groupedNumber(value, decimals);
        const back = Number(text.replace(/,/g, '').replace('−', '-'));
        expect(Math.abs(back - Number(value.toFixed(decimals)))).toBeLessThanOrEqual(Math.abs(value) * 1e-15 + 1e-9);
        expect(text.split('.')[0]).not.toMatch(/\d{4}/); // every group of thousands separated
      }),
    );
  });
});
