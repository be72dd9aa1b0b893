import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POINT_MARKS, selfMarkScore, type PointMark } from '~/engine/exam';
import { expectEngineError } from '../expect-engine-error';

const RUBRIC = Object.freeze([
  { point: '指出定义', score: 2 },
  { point: '说出三个特点', score: 3 },
  { point: '举例', score: 1 },
]);

describe('selfMarkScore', () => {
  // By hand: covered = all the point's score, partly = half, missed = 0; right from 80 % of 6 = 4.8.
  it.each([
    [['covered', 'covered', 'covered'], 6, 'right'],
    [['covered', 'covered', 'partly'], 5.5, 'right'],
    [['covered', 'partly', 'covered'], 4.5, 'partial'],
    [['partly', 'partly', 'partly'], 3, 'partial'],
    [['missed', 'missed', 'missed'], 0, 'wrong'],
    [['missed', 'covered', 'partly'], 3.5, 'partial'],
  ] as const)('%j scores %d (%s)', (marks, score, verdict) => {
    expect(selfMarkScore(RUBRIC, marks)).toMatchObject({ score, points: 6, verdict });
  });

  it('counts the marks of each kind', () => {
    expect(selfMarkScore(RUBRIC, ['covered', 'missed', 'missed']).counts).toEqual({ covered: 1, partly: 0, missed: 2 });
  });

  it('needs one mark per point', () => {
    expectEngineError(() => selfMarkScore(RUBRIC, ['covered']), 'marks-mismatch');
  });

  it('stays between 0 and the points, rising as any mark improves', () => {
    const marks = fc.array(fc.constantFrom<PointMark>(...POINT_MARKS), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(marks, fc.nat(2), (given, i) => {
        const { score, points } = selfMarkScore(RUBRIC, given);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(points);
        const better = given.map((m, k) => (k === i ? 'covered' : m));
        expect(selfMarkScore(RUBRIC, better).score).toBeGreaterThanOrEqual(score);
      }),
    );
  });
});
