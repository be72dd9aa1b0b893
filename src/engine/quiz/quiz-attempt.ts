import { EngineError } from '../core/errors';
import { checkQuizResponse } from './check-quiz-response';
import type { QuizQuestion, QuizResponse } from './types';

/** One pass through a set: the seed that ordered its options and the answers given so far (each final once given). */
export interface QuizAttempt {
  /** 1 … 2,147,483,647; orders the options (`shuffleQuizOptions`). */
  readonly seed: number;
  /** Question id → the learner's answer. */
  readonly responses: Readonly<Record<string, QuizResponse>>;
  /** ISO time the attempt began. */
  readonly startedAt: string;
}

const MAX_SEED = 2_147_483_647;

/**
 * A fresh attempt with no answers.
 * Source: our own state machine (src/widgets/self-check/MODEL.md).
 * @throws EngineError `invalid-seed` unless the seed is a whole number from 1 to 2,147,483,647.
 * @example startQuizAttempt(1, '2025-03-01T08:00:00.000Z') // { seed: 1, responses: {}, startedAt: '2025-03-01T08:00:00.000Z' }
 */
export function startQuizAttempt(seed: number, now: string): QuizAttempt {
  if (!Number.isInteger(seed) || seed < 1 || seed > MAX_SEED) {
    throw new EngineError('invalid-seed', `随机种子必须是 1 到 ${MAX_SEED} 之间的整数，当前为 ${seed}(the seed must be a whole number from 1 to ${MAX_SEED})`, { seed });
  }
  return { seed, responses: {}, startedAt: now };
}

/**
 * The seed of the next attempt (“重新测一遍”): the next whole number, wrapping back to 1, so each retry orders
 * the options differently and a link can name any attempt.
 * @throws never.
 * @example nextQuizSeed(1) // 2
 * @example nextQuizSeed(2147483647) // 1
 */
export function nextQuizSeed(seed: number): number {
  return Number.isInteger(seed) && seed >= 1 && seed < MAX_SEED ? seed + 1 : 1;
}

/**
 * Records the learner's answer to one question. An answer is final: the explanation is shown at once, so
 * answering again would only copy it; a new attempt starts afresh instead.
 * @throws EngineError `unknown-question`, `already-answered`, and those of `checkQuizResponse`.
 * @example answerQuizQuestion(questions, attempt, 'q1', { kind: 'true-false', value: true })
 *   // the same attempt with responses.q1 = { kind: 'true-false', value: true }
 */
export function answerQuizQuestion(questions: readonly QuizQuestion[], attempt: QuizAttempt, questionId: string, response: QuizResponse): QuizAttempt {
  const question = questions.find((q) => q.id === questionId);
  if (!question) throw new EngineError('unknown-question', `题组中没有第 ${questionId} 题(the set has no question ${questionId})`, { question: questionId });
  if (attempt.responses[questionId]) {
    throw new EngineError('already-answered', `第 ${questionId} 题已经作答，解析已经显示；想再做一遍请重新开始(question ${questionId} is already answered)`, { question: questionId });
  }
  checkQuizResponse(question, response);
  return { ...attempt, responses: { ...attempt.responses, [questionId]: response } };
}

/**
 * An attempt read back from storage, fitted to the set as it is now: answers to questions that no longer exist,
 * or that no longer fit their question (an option removed, the kind changed), are dropped and listed, so an
 * edited quiz never breaks a learner's saved page. The seed is kept when valid, else 1.
 * @throws never.
 * @example restoreQuizAttempt(questions, { seed: 3, startedAt: '…', responses: { q1: ok, gone: any } })
 *   // { attempt: { seed: 3, startedAt: '…', responses: { q1: ok } }, dropped: ['gone'] }
 */
export function restoreQuizAttempt(questions: readonly QuizQuestion[], stored: QuizAttempt): { attempt: QuizAttempt; dropped: string[] } {
  const responses: Record<string, QuizResponse> = {};
  const dropped: string[] = [];
  for (const [id, response] of Object.entries(stored.responses)) {
    const question = questions.find((q) => q.id === id);
    try {
      if (!question) throw new Error('gone');
      checkQuizResponse(question, response);
      responses[id] = response;
    } catch {
      dropped.push(id);
    }
  }
  const seed = Number.isInteger(stored.seed) && stored.seed >= 1 && stored.seed <= MAX_SEED ? stored.seed : 1;
  return { attempt: { seed, responses, startedAt: stored.startedAt }, dropped };
}
