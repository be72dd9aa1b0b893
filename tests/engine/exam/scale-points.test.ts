import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleScores } from '~/engine/exam';
import { expectEngineError } from '../expect-engine-error';

describe('scaleScores', () => {
  it.each([
    [[1, 1, 1, 1], 3, [1, 1, 0.5, 0.5]],
    [[5, 5, 5], 20, [7, 6.5, 6.5]],
    [[2, 1], 3, [2, 1]],
    [[3, 3, 4], 15, [4.5, 4.5, 6]],
  ])('%j to %d → %j', (scores, total, expected) => {
    expect(scaleScores(Object.freeze(scores), total)).toEqual(expected);
  });

  it('adds up to the new total in half points, each score within a step of its exact share', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 60 }), (scores, halves) => {
        const total = halves / 2;
        const scaled = scaleScores(scores, total);
        expect(scaled.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 9);
        const sum = scores.reduce((a, b) => a + b, 0);
        scaled.forEach((s, i) => {
          expect(Math.abs(s - (scores[i]! / sum) * total)).toBeLessThan(0.5 + 1e-9);
          expect((s * 2) % 1).toBe(0);
        });
      }),
    );
  });

  it('refuses scores that add up to nothing and totals off the step', () => {
    expectEngineError(() => scaleScores([0, 0], 3), 'invalid-scores');
    expectEngineError(() => scaleScores([1, 1], 3.2), 'invalid-total');
  });
});
