import { checkQuizResponse } from './check-quiz-response';
import type { QuizAnswerScore, QuizQuestion, QuizResponse, QuizVerdict } from './types';

/** Room for binary rounding when comparing decimals (0.1 + 0.2 against 0.3). */
function slack(...values: number[]): number {
  return 1e-9 * Math.max(1, ...values.map(Math.abs));
}

function verdictOf(credit: number): QuizVerdict {
  return credit >= 1 ? 'correct' : credit > 0 ? 'partial' : 'wrong';
}

const NONE = { correctOptions: [], wrongChoices: [], missedOptions: [], mistake: null } as const;

/**
 * Scores one answer with credit from 0 to 1.
 * - Single choice and true/false: 1 when right, else 0.
 * - Multiple answers, `proportional` (the default; the partial-credit rule of China's 2024 新高考 multiple-answer
 *   questions): any wrong option chosen gives 0; otherwise the share of the right options chosen (all of them = 1).
 *   `all-or-nothing`: 1 only for exactly the right options.
 * - Number: 1 when |answer − right answer| ≤ tolerance, else 0; a wrong number within the tolerance of one of the
 *   question's typical mistakes names that mistake (the first that matches).
 *
 * Source: 教育部教育考试院 2024 年高考数学新课标卷多选题的评分规则（全部选对得满分，部分选对按选对的正确选项数给分，有选错的得 0 分）;
 * the rest our own (src/widgets/self-check/MODEL.md).
 * @throws EngineError from `checkQuizResponse` when the response does not fit the question.
 * @example scoreQuizAnswer({ kind: 'multiple', id: 'q1', prompt: '？', explanation: '…', answer: ['a', 'c', 'd'],
 *   options: [{ id: 'a', text: '甲' }, { id: 'b', text: '乙' }, { id: 'c', text: '丙' }, { id: 'd', text: '丁' }] },
 *   { kind: 'multiple', choices: ['a', 'c'] })
 *   // { credit: 2/3 ≈ 0.667, verdict: 'partial', correctOptions: ['a', 'c', 'd'], wrongChoices: [], missedOptions: ['d'], mistake: null }
 */
export function scoreQuizAnswer(question: QuizQuestion, response: QuizResponse): QuizAnswerScore {
  checkQuizResponse(question, response);
  if (question.kind === 'true-false' && response.kind === 'true-false') {
    const credit = response.value === question.answer ? 1 : 0;
    return { ...NONE, credit, verdict: verdictOf(credit) };
  }
  if (question.kind === 'number' && response.kind === 'number') {
    const near = (target: number) => Math.abs(response.value - target) <= question.tolerance + slack(target, response.value);
    if (near(question.answer)) return { ...NONE, credit: 1, verdict: 'correct' };
    const mistake = (question.mistakes ?? []).findIndex((m) => near(m.value));
    return { ...NONE, credit: 0, verdict: 'wrong', mistake: mistake >= 0 ? mistake : null };
  }
  if (question.kind === 'single' || question.kind === 'multiple') {
    const right = question.kind === 'single' ? [question.answer] : question.answer;
    const chosen = response.kind === 'single' ? [response.choice] : response.kind === 'multiple' ? response.choices : [];
    const correctOptions = question.options.map((o) => o.id).filter((id) => right.includes(id));
    const wrongChoices = question.options.map((o) => o.id).filter((id) => chosen.includes(id) && !right.includes(id));
    const missedOptions = correctOptions.filter((id) => !chosen.includes(id));
    let credit: number;
    if (wrongChoices.length > 0) credit = 0;
    else if (question.kind === 'multiple' && (question.scoring ?? 'proportional') === 'proportional') credit = (correctOptions.length - missedOptions.length) / correctOptions.length;
    else credit = missedOptions.length === 0 ? 1 : 0;
    return { credit, verdict: verdictOf(credit), correctOptions, wrongChoices, missedOptions, mistake: null };
  }
  /* c8 ignore next */
  throw new Error('unreachable: checkQuizResponse matched the kinds');
}
