import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCORECARD_DECISION_LABELS, weightedScorecard } from '~/engine/selection/weighted-scorecard';
import { expectEngineError } from '../expect-engine-error';

const cut = Object.freeze({ develop: 3.5, watch: 2.5 });
const card = (scores: number[], weights = [0.5, 0.3, 0.2]) => Object.freeze(scores.map((score, i) => Object.freeze({ name: `标准${i + 1}`, weight: weights[i]!, score })));

describe('weightedScorecard, worked by hand', () => {
  it.each([
    // 0.5·4 + 0.3·4 + 0.2·2 = 2 + 1.2 + 0.4 = 3.6 ≥ 3.5
    [[4, 4, 2], 3.6, 'develop'],
    // 0.5·3 + 0.3·3 + 0.2·3 = 3: between 2.5 and 3.5
    [[3, 3, 3], 3, 'watch'],
    // 0.5·2 + 0.3·2 + 0.2·4 = 1 + 0.6 + 0.8 = 2.4 < 2.5
    [[2, 2, 4], 2.4, 'skip'],
    // exactly on the cut-off: 0.5·5 + 0.3·2 + 0.2·2 = 2.5 + 0.6 + 0.4 = 3.5 counts as develop
    [[5, 2, 2], 3.5, 'develop'],
    // 0.5·2 + 0.3·3 + 0.2·3 = 1 + 0.9 + 0.6 = 2.5 on the watch line
    [[2, 3, 3], 2.5, 'watch'],
  ])('scores %j → %d, %s', (scores, total, decision) => {
    const result = weightedScorecard(card(scores), cut);
    expect(result.score).toBeCloseTo(total, 12);
    expect(result.decision).toBe(decision);
    expect(result.contributions.map((c) => c.weighted)).toEqual(scores.map((s, i) => s * [0.5, 0.3, 0.2][i]!));
  });

  it('counts a total a rounding error below the cut-off as reaching it', () => {
    // Chapter 3's weights: 0.9 + 0.75 + 1.0 + 0.45 + 0.4 = 3.5 by hand; summed in doubles 3.4999999999999996 (checked in Node).
    const weights = [0.3, 0.25, 0.2, 0.15, 0.1];
    const result = weightedScorecard(card([3, 3, 5, 3, 4], weights), cut);
    expect(result.score).toBeLessThan(3.5);
    expect(result.decision).toBe('develop');
  });

  it('names the decisions in Chinese', () => {
    expect(SCORECARD_DECISION_LABELS).toEqual({ develop: '重点开发', watch: '观察', skip: '暂不开发' });
  });

  it('rejects bad scorecards', () => {
    expectEngineError(() => weightedScorecard([], cut), 'invalid-criteria');
    expectEngineError(() => weightedScorecard(card([3, 3, 3], [0.5, 0.3, 0.3]), cut), 'invalid-weights');
    expectEngineError(() => weightedScorecard(card([3, 3, 3], [1.2, 0, -0.2]), cut), 'invalid-weights');
    expectEngineError(() => weightedScorecard(card([3, Number.NaN, 3]), cut), 'invalid-score');
    expectEngineError(() => weightedScorecard(card([3, 3, 3]), { develop: 2, watch: 3 }), 'invalid-threshold');
    expectEngineError(() => weightedScorecard(card([3, 3, 3]), { develop: Number.POSITIVE_INFINITY, watch: 3 }), 'invalid-threshold');
  });
});

describe('weightedScorecard, properties', () => {
  const scores = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 3 });

  it('the total lies between the lowest and highest score and rises with any one score', () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: 0, max: 2 }), (s, i) => {
        const total = weightedScorecard(card(s), cut).score;
        expect(total).toBeGreaterThanOrEqual(Math.min(...s) - 1e-12);
        expect(total).toBeLessThanOrEqual(Math.max(...s) + 1e-12);
        const better = s.map((v, k) => (k === i ? v + 1 : v));
        expect(weightedScorecard(card(better), cut).score).toBeGreaterThan(total);
      }),
    );
  });

  it('the decision follows the total: develop ≥ develop cut, watch ≥ watch cut, else skip', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const { score, decision } = weightedScorecard(card(s), cut);
        const rounded = Math.round(score * 1e9) / 1e9;
        expect(decision).toBe(rounded >= 3.5 ? 'develop' : rounded >= 2.5 ? 'watch' : 'skip');
      }),
    );
  });
});
