import { EngineError } from '../core/errors';
import { scoreQuizAnswer } from './score-quiz-answer';
import type { QuizAnswerScore, QuizQuestion, QuizResponse } from './types';

/** A set's score so far. */
export interface QuizScore {
  /** Questions in the set. */
  readonly total: number;
  /** Questions answered. */
  readonly answered: number;
  /** Sum of the credits (each question is worth 1). */
  readonly points: number;
  /** points ÷ total × 100 (0 for an empty set). */
  readonly percent: number;
  readonly correct: number;
  readonly partial: number;
  readonly wrong: number;
  /** Every answered question's score, by question id. */
  readonly answers: Readonly<Record<string, QuizAnswerScore>>;
  /** True when every question is answered. */
  readonly complete: boolean;
}

/**
 * Scores every answered question of a set with `scoreQuizAnswer` and adds up: each question is worth 1 point,
 * partial credit counts as its fraction, unanswered questions count 0 and are not in `answers`.
 *
 * Source: our own rules (src/widgets/self-check/MODEL.md).
 * @throws EngineError `unknown-question` when a response names no question of the set; those of `scoreQuizAnswer`.
 * @example scoreQuiz(fourQuestions, { q1: right, q2: halfOfMultiple, q3: wrong })
 *   // { total: 4, answered: 3, points: 1.5, percent: 37.5, correct: 1, partial: 1, wrong: 1, complete: false, … }
 */
export function scoreQuiz(questions: readonly QuizQuestion[], responses: Readonly<Record<string, QuizResponse>>): QuizScore {
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const id of Object.keys(responses)) {
    if (!byId.has(id)) throw new EngineError('unknown-question', `题组中没有第 ${id} 题(the set has no question ${id})`, { question: id });
  }
  const answers: Record<string, QuizAnswerScore> = {};
  let points = 0;
  const counts = { correct: 0, partial: 0, wrong: 0 };
  for (const question of questions) {
    const response = responses[question.id];
    if (!response) continue;
    const score = scoreQuizAnswer(question, response);
    answers[question.id] = score;
    points += score.credit;
    counts[score.verdict] += 1;
  }
  const answered = Object.keys(answers).length;
  const total = questions.length;
  return { total, answered, points, percent: total === 0 ? 0 : (points / total) * 100, ...counts, answers, complete: answered === total };
}
