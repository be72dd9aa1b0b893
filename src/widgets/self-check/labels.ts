import type { QuizQuestionKind, QuizVerdict } from '../../engine/quiz';

export const KIND_LABELS: Readonly<Record<QuizQuestionKind, string>> = { single: '单选题', multiple: '多选题', 'true-false': '判断题', number: '计算题' };

/** A mark that says the verdict without colour. */
export const VERDICT_MARKS: Readonly<Record<QuizVerdict, string>> = { correct: '✓', partial: '½', wrong: '✗' };

/** A, B, C … by position on screen (options are shuffled, so letters follow the order shown). */
export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** A number as the learner reads it: thousands separators, at most four decimals. */
export function numberText(value: number): string {
  const [whole, fraction] = String(Math.round(value * 10_000) / 10_000).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}
