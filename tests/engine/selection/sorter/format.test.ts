import { describe, expect, it } from 'vitest';
import { formatRate, formatWan } from '~/engine/selection/sorter';

describe('formatWan (元 → 万元, one decimal)', () => {
  it.each([
    [45_472_000, '4,547.2'],
    [-5_216_113, '-521.6'],
    [97_397.26, '9.7'],
    [10_164.38, '1.0'],
    [49, '0.0'],
    [-49, '0.0'],
    [1_234_567_890, '123,456.8'],
  ])('%d 元 → %s 万元', (yuan, text) => {
    expect(formatWan(yuan)).toBe(text);
  });
});

describe('formatRate', () => {
  it.each([
    [0.054, '5.4%'],
    [0.0901, '9%'],
    [-0.7, '-70%'],
    [0.299, '29.9%'],
  ])('%d → %s', (rate, text) => {
    expect(formatRate(rate)).toBe(text);
  });
});
