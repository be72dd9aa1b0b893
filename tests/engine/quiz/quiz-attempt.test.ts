import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuizQuestion, nextQuizSeed, restoreQuizAttempt, startQuizAttempt, type QuizAttempt, type QuizResponse } from '~/engine/quiz';
import { expectEngineError } from '../expect-engine-error';
import { frozen, QUESTIONS } from './fixtures';

const NOW = '2025-03-01T08:00:00.000Z';

describe('quiz attempts', () => {
  it('start empty with the seed and the time', () => {
    expect(startQuizAttempt(1, NOW)).toEqual({ seed: 1, responses: {}, startedAt: NOW });
  });

  it.each([[0], [-1], [1.5], [2_147_483_648], [Number.NaN]])('refuse seed %d', (seed) => {
    expectEngineError(() => startQuizAttempt(seed, NOW), 'invalid-seed');
  });

  it('take each answer once (it is final), without touching the attempt they came from', () => {
    const start = frozen(startQuizAttempt(3, NOW));
    const one = answerQuizQuestion(QUESTIONS, start, 'q3', { kind: 'true-false', value: true });
    expect(one.responses).toEqual({ q3: { kind: 'true-false', value: true } });
    expect(start.responses).toEqual({});
    expectEngineError(() => answerQuizQuestion(QUESTIONS, one, 'q3', { kind: 'true-false', value: false }), 'already-answered');
    expectEngineError(() => answerQuizQuestion(QUESTIONS, one, 'q9', { kind: 'true-false', value: false }), 'unknown-question');
    expectEngineError(() => answerQuizQuestion(QUESTIONS, one, 'q1', { kind: 'single', choice: 'x' }), 'unknown-option');
  });

  it('the next seed counts up and wraps to 1', () => {
    expect([1, 41, 2_147_483_646, 2_147_483_647, 0, -5, 2.5].map(nextQuizSeed)).toEqual([2, 42, 2_147_483_647, 1, 1, 1, 1]);
  });

  it('restore keeps answers that still fit and lists the others (question gone, option gone, kind changed)', () => {
    const stored: QuizAttempt = frozen({
      seed: 5,
      startedAt: NOW,
      responses: {
        q1: { kind: 'single', choice: 'b' },
        q2: { kind: 'multiple', choices: ['a', 'z'] },
        q3: { kind: 'number', value: 1 },
        gone: { kind: 'true-false', value: true },
      } as Record<string, QuizResponse>,
    });
    expect(restoreQuizAttempt(QUESTIONS, stored)).toEqual({ attempt: { seed: 5, startedAt: NOW, responses: { q1: { kind: 'single', choice: 'b' } } }, dropped: ['q2', 'q3', 'gone'] });
    expect(restoreQuizAttempt(QUESTIONS, { ...stored, seed: -2 }).attempt.seed).toBe(1);
  });

  it('property: restoring twice changes nothing more, and a restored attempt can be scored', () => {
    const response = fc.oneof(
      fc.constantFrom('a', 'b', 'e').map((choice): QuizResponse => ({ kind: 'single', choice })),
      fc.boolean().map((value): QuizResponse => ({ kind: 'true-false', value })),
      fc.double({ noNaN: true }).map((value): QuizResponse => ({ kind: 'number', value })),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('q1', 'q2', 'q3', 'q4', 'q5'), response), (responses) => {
        const once = restoreQuizAttempt(QUESTIONS, { seed: 9, startedAt: NOW, responses });
        const twice = restoreQuizAttempt(QUESTIONS, once.attempt);
        expect(twice).toEqual({ attempt: once.attempt, dropped: [] });
        expect(Object.keys(once.attempt.responses).length + once.dropped.length).toBe(Object.keys(responses).length);
      }),
    );
  });
});
