import { describe, expect, it } from 'vitest';
import { DEFAULT_TOLERANCE, expectClose, toleranceOf } from './compare';
import { EXAMPLE_HANDLERS } from './handlers';

// The chapter-example test is only as strict as its comparison: these show that it can fail.
describe('expectClose', () => {
  it('accepts numbers within the tolerance and ignores extra computed fields', () => {
    expect(() => expectClose({ clv: 188.6925, perYear: [109.0909], infinite: false }, { clv: 188.69, perYear: [109.09] }, 0.005)).not.toThrow();
  });

  it.each([
    ['a number off by more than the tolerance', { clv: 188.7 }, { clv: 188.69 }],
    ['an expected field the engine does not compute', { clv: 188.69 }, { clv: 188.69, payback: 3 }],
    ['an array of another length', { rows: [1, 2, 3] }, { rows: [1, 2] }],
    ['null where a number is expected', { share: null }, { share: 0.7 }],
    ['another string', { grade: 'AA' }, { grade: 'A' }],
    ['a nested difference', { quadrants: { 价格: 'keep-up' } }, { quadrants: { 价格: 'concentrate-here' } }],
  ])('rejects %s', (_what, actual, expected) => {
    expect(() => expectClose(actual, expected, 0.005)).toThrow();
  });

  it('loosens the tolerance only for the named field', () => {
    expect(() => expectClose({ asa: 7.835945, occupancy: 0.714286 }, { asa: 7.835937, occupancy: 0.714286 }, 1e-6, { asa: 1e-5 })).not.toThrow();
    expect(() => expectClose({ asa: 7.835937, occupancy: 0.71430 }, { asa: 7.835937, occupancy: 0.714286 }, 1e-6, { asa: 1e-5 })).toThrow();
  });
});

describe('toleranceOf', () => {
  const example = (note: string, expected: Record<string, unknown> = {}) => ({ id: 'x', kind: 'clv', input: {}, expected, note });
  it.each([
    ['Values shown to 2 decimals: compare with a tolerance of 0.005.', 0.005],
    ['Compare with a tolerance of 1e-6 (asa 1e-5).', 1e-6],
    ['2000 − 300 = 1700 (by hand). Tolerance 1e-9.', 1e-9],
    ['By hand: 16 / 200 = 0.08.', DEFAULT_TOLERANCE],
  ])('reads %j as %d', (note, tolerance) => {
    expect(toleranceOf(example(note))).toBe(tolerance);
  });

  it('prefers expected.tolerance to the note', () => {
    expect(toleranceOf(example('tolerance of 0.005', { tolerance: 0.001 }))).toBe(0.001);
  });
});

describe('EXAMPLE_HANDLERS', () => {
  it('has no handler for a kind nobody wrote, so such an example fails', () => {
    expect(EXAMPLE_HANDLERS['not-a-kind']).toBeUndefined();
  });
});
