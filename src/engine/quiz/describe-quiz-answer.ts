import type { QuizAnswerScore, QuizQuestion, QuizVerdict } from './types';

/** The verdict in words, for headings and the score table (never colour alone). */
export const QUIZ_VERDICT_LABELS: Readonly<Record<QuizVerdict, string>> = { correct: '回答正确', partial: '部分正确', wrong: '回答错误' };

/** Credit as the learner reads it: 1, 0.5, 0.67 (at most two decimals, no trailing zeros). */
export function creditText(credit: number): string {
  return String(Math.round(credit * 100) / 100);
}

/**
 * One sentence saying how an answer scored and why, in Chinese: the verdict, and for multiple answers how many
 * right options were chosen and whether a wrong one was; for numbers the typical mistake matched.
 *
 * Source: the scoring rules of `scoreQuizAnswer`.
 * @throws never.
 * @example describeQuizAnswer(
 *   { kind: 'multiple', id: 'q1', prompt: '？', explanation: '…', answer: ['a', 'c', 'd'], options: [{ id: 'a', text: '甲' }, { id: 'b', text: '乙' }, { id: 'c', text: '丙' }, { id: 'd', text: '丁' }] },
 *   { credit: 2 / 3, verdict: 'partial', correctOptions: ['a', 'c', 'd'], wrongChoices: [], missedOptions: ['d'], mistake: null })
 *   // '部分正确：选对了 3 个正确选项中的 2 个，没有选错，得 0.67 分（满分 1 分）。'
 */
export function describeQuizAnswer(question: QuizQuestion, score: QuizAnswerScore): string {
  const points = `得 ${creditText(score.credit)} 分（满分 1 分）。`;
  if (question.kind === 'multiple') {
    const total = score.correctOptions.length;
    const got = total - score.missedOptions.length;
    if (score.wrongChoices.length > 0) {
      return `${QUIZ_VERDICT_LABELS.wrong}：选了 ${score.wrongChoices.length} 个不该选的选项，按“有选错得 0 分”的规则，${points}`;
    }
    if (score.verdict === 'correct') return `${QUIZ_VERDICT_LABELS.correct}：${total} 个正确选项全部选对，${points}`;
    const rule = (question.scoring ?? 'proportional') === 'proportional' ? '没有选错' : '本题须全部选对才得分';
    return `${QUIZ_VERDICT_LABELS[score.verdict]}：选对了 ${total} 个正确选项中的 ${got} 个，${rule}，${points}`;
  }
  if (question.kind === 'number' && score.verdict === 'wrong' && score.mistake !== null) {
    return `${QUIZ_VERDICT_LABELS.wrong}：${question.mistakes![score.mistake]!.why}${points}`;
  }
  return `${QUIZ_VERDICT_LABELS[score.verdict]}，${points}`;
}
