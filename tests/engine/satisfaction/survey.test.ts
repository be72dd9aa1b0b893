import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IPA_QUADRANTS, SERVQUAL_DIMENSIONS, importancePerformance, servqualGaps, summariseSurvey } from '~/engine/satisfaction';
import { expectEngineError } from '../expect-engine-error';

describe('summariseSurvey', () => {
  // By hand: q1 (5 + 4) / 2 = 4.5; q2 (3 + 3 + 2) / 3 = 2.6667; q3 (1 + 5) / 2 = 3;
  // dimension 服务 pools q1 and q2: 17 / 5 = 3.4; 环境 holds q3 alone: 3.
  const items = Object.freeze({ q1: Object.freeze([5, 4, null]), q2: Object.freeze([3, 3, 2]), q3: Object.freeze([1, null, 5]), q4: Object.freeze([null, null, null]) });
  const dims = Object.freeze({ q1: '服务', q2: '服务', q3: '环境' });
  const result = summariseSurvey(items, dims);

  it('gives each item its mean and n, ignoring blanks', () => {
    expect(result.items.map((i) => [i.item, i.dimension, i.n, i.missing])).toEqual([
      ['q1', '服务', 2, 1], ['q2', '服务', 3, 0], ['q3', '环境', 2, 1], ['q4', null, 0, 3],
    ]);
    expect(result.items[0]!.mean).toBeCloseTo(4.5, 12);
    expect(result.items[1]!.mean).toBeCloseTo(8 / 3, 12);
    expect(result.items[3]!.mean).toBeNull();
  });

  it('pools answers per dimension', () => {
    expect(result.dimensions).toEqual([
      { dimension: '服务', mean: expect.closeTo(3.4, 12), n: 5, items: ['q1', 'q2'] },
      { dimension: '环境', mean: 3, n: 2, items: ['q3'] },
    ]);
  });

  it('checks the scale and the dimension map', () => {
    expectEngineError(() => summariseSurvey({ q1: [6] }, {}, { min: 1, max: 5 }), 'invalid-answer');
    expectEngineError(() => summariseSurvey({ q1: [1] }, { q9: '服务' }), 'unknown-item');
  });

  it('a dimension mean lies between its items\' means', () => {
    const answers = fc.array(fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(fc.array(answers, { minLength: 1, maxLength: 6 }), (columns) => {
        const data = Object.fromEntries(columns.map((c, i) => [`q${i}`, c]));
        const map = Object.fromEntries(columns.map((_, i) => [`q${i}`, 'D']));
        const { items: rows, dimensions } = summariseSurvey(data, map);
        const means = rows.flatMap((r) => (r.mean === null ? [] : [r.mean]));
        const d = dimensions[0]!;
        if (means.length === 0) expect(d.mean).toBeNull();
        else {
          expect(d.mean!).toBeGreaterThanOrEqual(Math.min(...means) - 1e-9);
          expect(d.mean!).toBeLessThanOrEqual(Math.max(...means) + 1e-9);
          expect(d.n).toBe(rows.reduce((s, r) => s + r.n, 0));
        }
      }),
    );
  });
});

describe('importancePerformance', () => {
  // Means: importance (4.6 + 3.2 + 4.2 + 3.0) / 4 = 3.75; performance (3.1 + 4.4 + 4.5 + 3.2) / 4 = 3.8.
  const items = Object.freeze([
    { item: '响应速度', importance: 4.6, performance: 3.1 }, // high, low → 重点改进
    { item: '店面环境', importance: 3.2, performance: 4.4 }, // low, high → 过度投入
    { item: '产品质量', importance: 4.2, performance: 4.5 }, // high, high → 继续保持
    { item: '赠品', importance: 3.0, performance: 3.2 }, // low, low → 优先级低
  ]);

  it('places each attribute by the means of importance and performance', () => {
    const result = importancePerformance(items);
    expect(result.importanceCut).toBeCloseTo(3.75, 12);
    expect(result.performanceCut).toBeCloseTo(3.8, 12);
    expect(result.items.map((i) => i.name)).toEqual(['重点改进', '过度投入', '继续保持', '优先级低']);
    expect(result.quadrants.map((q) => [q.name, q.items])).toEqual([
      ['继续保持', ['产品质量']], ['重点改进', ['响应速度']], ['优先级低', ['赠品']], ['过度投入', ['店面环境']],
    ]);
  });

  it('takes fixed cuts such as the scale midpoint, and counts a value on the cut as 低', () => {
    const result = importancePerformance(items, { importanceCut: 3, performanceCut: 3.2 });
    // 赠品 sits exactly on both cuts → 优先级低; the others are above 3 in importance, and only
    // 响应速度 (3.1) is at or below 3.2 in performance.
    expect(result.items.map((i) => i.quadrant)).toEqual(['concentrate', 'keep-up', 'keep-up', 'low-priority']);
  });

  it('names the quadrants as Martilla & James did', () => {
    expect(IPA_QUADRANTS.map((q) => q.english)).toEqual(['Keep up the good work', 'Concentrate here', 'Low priority', 'Possible overkill']);
    expect(importancePerformance([])).toMatchObject({ importanceCut: null, performanceCut: null, items: [] });
    expectEngineError(() => importancePerformance([{ item: 'x', importance: Number.NaN, performance: 1 }]), 'invalid-score');
  });

  it('puts every item in the quadrant its comparisons with the cuts say', () => {
    const itemArb = fc.record({ item: fc.string(), importance: fc.integer({ min: 1, max: 5 }), performance: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(fc.array(itemArb, { minLength: 1, maxLength: 15 }), (list) => {
        const r = importancePerformance(list);
        r.items.forEach((i) => {
          const q = IPA_QUADRANTS.find((x) => x.key === i.quadrant)!;
          expect(q.importance === '高').toBe(i.importance > r.importanceCut!);
          expect(q.performance === '高').toBe(i.performance > r.performanceCut!);
        });
        expect(r.quadrants.reduce((s, q) => s + q.items.length, 0)).toBe(list.length);
      }),
    );
  });
});

describe('servqualGaps', () => {
  // By hand (7-point scale). q1 E (7 + 6) / 2 = 6.5, P (5 + 5) / 2 = 5 → −1.5; q2 E 6, P 6.5 → +0.5;
  // q3 E 5, P (4 + 6 + 5) / 3 = 5 → 0; q4 has no perceptions → null, left out with a warning.
  // 可靠性 = q1, q2: E (6.5 + 6) / 2 = 6.25, P (5 + 6.5) / 2 = 5.75, gap −0.5; 有形性 = q3: gap 0.
  // Overall: (−0.5 + 0) / 2 = −0.25.
  const input = Object.freeze({
    expectation: { q1: [7, 6], q2: [6, null], q3: [5, 5, 5], q4: [6] },
    perception: { q1: [5, 5], q2: [7, 6], q3: [4, 6, 5], q4: [null] },
    dimensions: { q1: '可靠性', q2: '可靠性', q3: '有形性', q4: '有形性' },
  });
  const result = servqualGaps(input);

  it('computes P − E per item', () => {
    expect(result.items.map((i) => i.gap)).toEqual([-1.5, 0.5, 0, null]);
    expect(result.items[1]).toMatchObject({ expectation: 6, perception: 6.5, expectationN: 1, perceptionN: 2 });
  });

  it('averages items per dimension and dimensions overall', () => {
    expect(result.dimensions).toEqual([
      { dimension: '可靠性', expectation: 6.25, perception: 5.75, gap: -0.5, fallsShort: true, items: ['q1', 'q2'] },
      { dimension: '有形性', expectation: 5, perception: 5, gap: 0, fallsShort: false, items: ['q3'] },
    ]);
    expect(result.overallGap).toBeCloseTo(-0.25, 12);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('q4');
  });

  it('checks pairing, the dimension map and the scale', () => {
    expectEngineError(() => servqualGaps({ expectation: { q1: [5] }, perception: {} }), 'unpaired-item');
    expectEngineError(() => servqualGaps({ expectation: { q1: [5] }, perception: { q1: [5] }, dimensions: { q2: '可靠性' } }), 'unknown-item');
    expectEngineError(() => servqualGaps({ expectation: { q1: [8] }, perception: { q1: [5] }, scale: { min: 1, max: 7 } }), 'invalid-answer');
    expect(SERVQUAL_DIMENSIONS.map((d) => d.name)).toEqual(['有形性', '可靠性', '响应性', '保证性', '移情性']);
  });

  it('moves every gap by k when every perception moves by k', () => {
    const column = fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(fc.array(fc.tuple(column, column), { minLength: 1, maxLength: 5 }), (pairs) => {
        const expectation = Object.fromEntries(pairs.map(([e], i) => [`q${i}`, e]));
        const perception = Object.fromEntries(pairs.map(([, p], i) => [`q${i}`, p]));
        const dimensions = Object.fromEntries(pairs.map((_, i) => [`q${i}`, i % 2 ? '响应性' : '移情性']));
        const base = servqualGaps({ expectation, perception, dimensions });
        const shifted = servqualGaps({ expectation, perception: Object.fromEntries(Object.entries(perception).map(([k, v]) => [k, v.map((x) => x + 1)])), dimensions });
        base.items.forEach((row, i) => expect(shifted.items[i]!.gap!).toBeCloseTo(row.gap! + 1, 9));
        expect(shifted.overallGap!).toBeCloseTo(base.overallGap! + 1, 9);
        base.dimensions.forEach((d) => {
          const itemGaps = base.items.filter((r) => r.dimension === d.dimension).map((r) => r.gap!);
          expect(d.gap!).toBeCloseTo(itemGaps.reduce((a, b) => a + b, 0) / itemGaps.length, 9);
        });
      }),
    );
  });
});
