import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countByCategory } from '~/engine/communication/complaints';

describe('countByCategory', () => {
  it('counts, sorts largest first and keeps blanks apart (by hand)', () => {
    // 延误 ×3 (one with spaces), 破损 ×1, two blanks: shares 3/4 and 1/4 of the 4 non-blank values.
    const values = Object.freeze(['延误', '破损', '延误', null, ' 延误 ', '']);
    const result = countByCategory(values);
    expect(result.total).toBe(4);
    expect(result.blank).toBe(2);
    expect(result.categories).toEqual([
      { category: '延误', count: 3, share: 0.75, cumulative: 0.75 },
      { category: '破损', count: 1, share: 0.25, cumulative: 1 },
    ]);
  });

  it('breaks ties by the category text', () => {
    expect(countByCategory(['b', 'a', 'c', 'c']).categories.map((c) => c.category)).toEqual(['c', 'a', 'b']);
  });

  it('nothing to count: an empty table, not NaN', () => {
    expect(countByCategory([null, ' '])).toEqual({ categories: [], total: 0, blank: 2 });
  });

  it('properties: counts add up, shares sum to 1, counts never rise, the running share ends at 1', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom('延误', '破损', '丢件', '其他', ''), { nil: null }), { maxLength: 200 }), (values) => {
        const r = countByCategory(Object.freeze([...values]));
        expect(r.categories.reduce((n, c) => n + c.count, 0)).toBe(r.total);
        expect(r.total + r.blank).toBe(values.length);
        r.categories.forEach((c, i) => i > 0 && expect(c.count).toBeLessThanOrEqual(r.categories[i - 1]!.count));
        if (r.total > 0) expect(r.categories.at(-1)!.cumulative).toBeCloseTo(1, 12);
      }),
    );
  });
});
