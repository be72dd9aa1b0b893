import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawPracticeSet, EXAM_ITEM_TYPES, practicePool } from '~/engine/exam';
import { BANK } from './fixtures';

const FROZEN = Object.freeze(BANK.map((item) => Object.freeze(item)));

describe('drawPracticeSet', () => {
  it('draws only what the filter lets through, in a paper’s order of types', () => {
    const ids = drawPracticeSet(FROZEN, { chapters: ['02-two'], types: ['单选', '判断'], difficulties: ['中'] }, 6, 7);
    expect(ids).toHaveLength(6);
    const items = ids.map((id) => FROZEN.find((item) => item.id === id)!);
    for (const item of items) expect(item).toMatchObject({ chapter: '02-two', difficulty: '中' });
    const types = items.map((item) => EXAM_ITEM_TYPES.indexOf(item.type));
    expect(types).toEqual([...types].sort((a, b) => a - b));
  });

  it('gives all the pool when it is smaller than the count, and nothing from an empty pool', () => {
    expect(drawPracticeSet(FROZEN, { only: ['01-mc-001', '03-tf-002', 'gone'] }, 10, 1).sort()).toEqual(['01-mc-001', '03-tf-002']);
    expect(drawPracticeSet(FROZEN, { chapters: ['99-none'] }, 10, 1)).toEqual([]);
  });

  it('is the same for the same seed whatever the bank’s order, different items drawn once each', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 40 }), (seed, count) => {
        const ids = drawPracticeSet(FROZEN, {}, count, seed);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(Math.min(count, FROZEN.length));
        expect(drawPracticeSet([...FROZEN].reverse(), {}, count, seed)).toEqual(ids);
      }),
      { numRuns: 50 },
    );
  });

  it('changes with the seed', () => {
    expect(drawPracticeSet(FROZEN, {}, 10, 1)).not.toEqual(drawPracticeSet(FROZEN, {}, 10, 2));
  });

  it('filters with empty lists meaning any', () => {
    expect(practicePool(FROZEN, { chapters: [], types: [] })).toHaveLength(FROZEN.length);
  });
});
