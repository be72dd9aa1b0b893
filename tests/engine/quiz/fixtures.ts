import fc from 'fast-check';
import type { MultipleChoiceQuestion, NumberQuestion, QuizQuestion, SingleChoiceQuestion, TrueFalseQuestion } from '~/engine/quiz';

/** Deeply frozen, so a function that changes its input fails the test. */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach((v) => frozen(v));
    Object.freeze(value);
  }
  return value;
}

const options = (...ids: string[]) => ids.map((id) => ({ id, text: `选项 ${id}` }));

export const SINGLE: SingleChoiceQuestion = frozen({
  kind: 'single', id: 'q1', prompt: '哪一个？', options: options('a', 'b', 'c', 'd'), answer: 'b', explanation: '因为乙。',
});
export const MULTIPLE: MultipleChoiceQuestion = frozen({
  kind: 'multiple', id: 'q2', prompt: '哪些？', options: options('a', 'b', 'c', 'd'), answer: ['a', 'c', 'd'], explanation: '甲丙丁。',
});
export const MULTIPLE_STRICT: MultipleChoiceQuestion = frozen({ ...MULTIPLE, id: 'q2s', scoring: 'all-or-nothing' });
export const TRUE_FALSE: TrueFalseQuestion = frozen({ kind: 'true-false', id: 'q3', prompt: '对吗？', answer: false, explanation: '不对。' });
/** CLV of chapter 6's example shape: 500 / (1 + 0.1 − 0.8) = 1,666.67 元, to the nearest yuan. */
export const NUMBER: NumberQuestion = frozen({
  kind: 'number', id: 'q4', prompt: '多少元？', answer: 1666.67, tolerance: 1, unit: '元', explanation: '500 ÷ 0.3。',
  mistakes: [{ value: 2500, why: '分母用了 1 − 0.8，漏了贴现率。' }, { value: 5000, why: '分母用了贴现率 0.1。' }],
});
export const QUESTIONS: readonly QuizQuestion[] = frozen([SINGLE, MULTIPLE, TRUE_FALSE, NUMBER]);

/** A random multiple-answer question: 2–6 options, a non-empty set of right ones. */
export const multipleQuestion = fc
  .integer({ min: 2, max: 6 })
  .chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));
    return fc.tuple(
      fc.constant(ids),
      fc.subarray(ids, { minLength: 1 }),
      fc.constantFrom<'proportional' | 'all-or-nothing'>('proportional', 'all-or-nothing'),
    );
  })
  .map(([ids, answer, scoring]): MultipleChoiceQuestion => ({ kind: 'multiple', id: 'm', prompt: '？', options: options(...ids), answer, scoring, explanation: '…' }));
