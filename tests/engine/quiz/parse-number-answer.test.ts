import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberAnswer } from '~/engine/quiz';

describe('parseNumberAnswer', () => {
  // Each expected value read off the input by hand.
  it.each([
    ['12', undefined, 12],
    [' 12 ', undefined, 12],
    ['-3.5', undefined, -3.5],
    ['−3.5', undefined, -3.5],
    ['.5', undefined, 0.5],
    ['2,727.27', undefined, 2727.27],
    ['1,234,567', undefined, 1234567],
    ['１２．５', undefined, 12.5],
    ['￥２,７２７.３ 元', undefined, 2727.3],
    ['¥1,666.67', '元', 1666.67],
    ['45%', '%', 45],
    ['45％', undefined, 45],
    ['14 人', '人', 14],
    ['14人', undefined, 14],
    ['3.2 万元', '万元', 3.2],
    ['+7', undefined, 7],
  ] as const)('%j (unit %s) → %d', (text, unit, value) => {
    expect(parseNumberAnswer(text, unit)).toBe(value);
  });

  it.each([[''], ['  '], ['abc'], ['约 12 人'], ['1,23'], ['12,3456'], ['1.2万'], ['1.2.3'], ['--1'], ['元'], ['12 34'.replace(' ', 'x')]])('%j is not a number → null', (text) => {
    expect(parseNumberAnswer(text)).toBeNull();
  });

  it('property: a number written plainly, with grouping, in full-width digits or with a unit reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (whole, decimals) => {
        const value = whole / 10 ** decimals;
        const plain = value.toFixed(decimals);
        const grouped = plain.replace(/^(-?)(\d+)/, (_, sign: string, digits: string) => sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
        const fullWidth = plain.replace(/[0-9.-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        for (const text of [plain, grouped, fullWidth, `${grouped} 元`, `¥${plain}`]) expect(parseNumberAnswer(text)).toBe(Number(plain));
      }),
    );
  });

  it('property: never throws, and returns a finite number or null', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const value = parseNumberAnswer(text);
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
    );
  });
});
