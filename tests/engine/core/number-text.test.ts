import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupedNumber, meanText, moneyText, parameterText, percentText } from '~/engine/core/number-text';

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
    [0.5, '50.0%'],
    [1, '100.0%'],
    [0.0004, '0.0%'],
    [-0.016, '−1.6%'],
  ])('percentText(%d) = %s (one decimal, kept)', (share, text) => {
    expect(percentText(share)).toBe(text);
  });

  it.each([
    // The pairs: one number of decimals per kind, so columns line up.
    ['moneyText', moneyText, 328.09000000000003, '328.09'],
    ['moneyText', moneyText, 1450, '1,450.00'],
    ['moneyText', moneyText, -12.5, '−12.50'],
    ['meanText', meanText, 4.1, '4.10'],
    ['meanText', meanText, -1.6, '−1.60'],
    ['meanText', meanText, -0.004, '0.00'],
    ['parameterText', parameterText, 0.24258, '0.243'],
    ['parameterText', parameterText, 12.18, '12.180'],
  ])('%s(%d) = %s', (_, format, value, text) => {
    expect(format(value)).toBe(text);
  });

  it('keeps trailing zeros only when asked (worked examples drop them)', () => {
    expect(groupedNumber(640, 2)).toBe('640');
    expect(groupedNumber(640, 2, true)).toBe('640.00');
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
