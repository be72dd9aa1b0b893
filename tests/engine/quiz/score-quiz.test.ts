import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreQuiz, type QuizResponse } from '~/engine/quiz';
import { expectEngineError } from '../expect-engine-error';
import { frozen, QUESTIONS } from './fixtures';

const RIGHT: Readonly<Record<string, QuizResponse>> = frozen({
  q1: { kind: 'single', choice: 'b' },
  q2: { kind: 'multiple', choices: ['a', 'c', 'd'] },
  q3: { kind: 'true-false', value: false },
  q4: { kind: 'number', value: 1666.67 },
});

describe('scoreQuiz', () => {
  it('adds up credits: right 1, two of three right options 2/3, wrong 0, unanswered 0 (by hand: 1 + 2/3 + 0 = 1.667 of 4 = 41.7 %)', () => {
    const score = scoreQuiz(QUESTIONS, frozen({ q1: RIGHT.q1!, q2: { kind: 'multiple', choices: ['a', 'c'] }, q3: { kind: 'true-false', value: true } }));
    expect(score).toMatchObject({ total: 4, answered: 3, correct: 1, partial: 1, wrong: 1, complete: false });
    expect(score.points).toBeCloseTo(5 / 3, 12);
    expect(score.percent).toBeCloseTo(41.6667, 3);
    expect(Object.keys(score.answers)).toEqual(['q1', 'q2', 'q3']);
  });

  it('all right: 4 of 4, 100 %, complete', () => {
    expect(scoreQuiz(QUESTIONS, RIGHT)).toMatchObject({ points: 4, percent: 100, correct: 4, complete: true });
  });

  it('nothing answered: 0 of 4; an empty set scores 0 %', () => {
    expect(scoreQuiz(QUESTIONS, {})).toMatchObject({ answered: 0, points: 0, percent: 0, complete: false });
    expect(scoreQuiz([], {})).toMatchObject({ total: 0, percent: 0, complete: true });
  });

  it('rejects an answer to a question the set does not have', () => {
    expectEngineError(() => scoreQuiz(QUESTIONS, { q9: { kind: 'true-false', value: true } }), 'unknown-question');
  });

  it('property: points = sum of credits, within [0, answered]; counts add up to answered', () => {
    const responseFor = fc.record({
      q1: fc.option(fc.constantFrom('a', 'b', 'c', 'd').map((choice): QuizResponse => ({ kind: 'single', choice })), { nil: undefined }),
      q2: fc.option(fc.subarray(['a', 'b', 'c', 'd'], { minLength: 1 }).map((choices): QuizResponse => ({ kind: 'multiple', choices })), { nil: undefined }),
      q3: fc.option(fc.boolean().map((value): QuizResponse => ({ kind: 'true-false', value })), { nil: undefined }),
      q4: fc.option(fc.double({ min: 0, max: 6000, noNaN: true }).map((value): QuizResponse => ({ kind: 'number', value })), { nil: undefined }),
    });
    fc.assert(
      fc.property(responseFor, (raw) => {
        const responses = Object.fromEntries(Object.entries(raw).filter(([, r]) => r !== undefined)) as Record<string, QuizResponse>;
        const score = scoreQuiz(QUESTIONS, responses);
        const sum = Object.values(score.answers).reduce((s, a) => s + a.credit, 0);
        expect(score.points).toBeCloseTo(sum, 12);
        expect(score.answered).toBe(Object.keys(responses).length);
        expect(score.correct + score.partial + score.wrong).toBe(score.answered);
        expect(score.points).toBeLessThanOrEqual(score.answered);
        expect(score.percent).toBeGreaterThanOrEqual(0);
        expect(score.percent).toBeLessThanOrEqual(100);
      }),
    );
  });
});
