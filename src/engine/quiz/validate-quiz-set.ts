import type { QuizQuestion, QuizSet } from './types';

export interface QuizIssue {
  /** Where in the set, e.g. ['questions', 2, 'answer']. */
  readonly path: readonly (string | number)[];
  /** Chinese, with the English in brackets. */
  readonly message: string;
}

type Path = (string | number)[];

/**
 * Checks that a question set can be answered and scored: question ids are unique; option ids are unique
 * within a question; a single-choice answer names one of its options, a multiple-choice answer one or more
 * different options; a number question's tolerance is not negative and none of its typical mistakes lies
 * within the tolerance of the right answer (it would never be reported) or of another mistake. Returns the
 * problems found; an empty list means the set is sound. The content schema runs it, so a broken quiz fails
 * the build naming the file and the field.
 *
 * Source: our own rules for the self-check quizzes (src/widgets/self-check/MODEL.md).
 * @throws never.
 * @example validateQuizSet({ id: 'self-check', title: '自测', questions: [
 *   { id: 'q1', kind: 'single', prompt: '？', options: [{ id: 'a', text: '甲' }, { id: 'b', text: '乙' }], answer: 'c', explanation: '…' }] })
 *   // [{ path: ['questions', 0, 'answer'], message: '答案 c 不是本题的选项(…)' }]
 */
export function validateQuizSet(set: QuizSet): QuizIssue[] {
  const issues: QuizIssue[] = [];
  const seen = new Set<string>();
  set.questions.forEach((question, index) => {
    const at: Path = ['questions', index];
    if (seen.has(question.id)) issues.push({ path: [...at, 'id'], message: `题号 ${question.id} 重复(question id ${question.id} is repeated)` });
    seen.add(question.id);
    for (const issue of questionIssues(question)) issues.push({ path: [...at, ...issue.path], message: issue.message });
  });
  return issues;
}

function questionIssues(question: QuizQuestion): QuizIssue[] {
  const issues: QuizIssue[] = [];
  const add = (path: Path, message: string) => issues.push({ path, message });
  if (question.kind === 'single' || question.kind === 'multiple') {
    const ids = new Set<string>();
    question.options.forEach((option, i) => {
      if (ids.has(option.id)) add(['options', i, 'id'], `选项 ${option.id} 重复(option id ${option.id} is repeated)`);
      ids.add(option.id);
    });
    const answers = question.kind === 'single' ? [question.answer] : question.answer;
    answers.forEach((answer, i) => {
      const path: Path = question.kind === 'single' ? ['answer'] : ['answer', i];
      if (!ids.has(answer)) add(path, `答案 ${answer} 不是本题的选项(answer ${answer} is not an option of this question)`);
    });
    if (question.kind === 'multiple') {
      if (answers.length === 0) add(['answer'], '多选题至少要有一个正确选项(a multiple-answer question needs at least one right option)');
      if (new Set(answers).size !== answers.length) add(['answer'], '多选题的答案有重复的选项(the answer repeats an option)');
    }
  }
  if (question.kind === 'number') {
    const { answer, tolerance } = question;
    if (!Number.isFinite(answer)) add(['answer'], '答案必须是有限的数字(the answer must be a finite number)');
    if (!Number.isFinite(tolerance) || tolerance < 0) add(['tolerance'], `误差范围不能为负，当前为 ${tolerance}(the tolerance must not be negative)`);
    const mistakes = question.mistakes ?? [];
    mistakes.forEach((mistake, i) => {
      if (Math.abs(mistake.value - answer) <= tolerance) {
        add(['mistakes', i, 'value'], `典型错误 ${mistake.value} 落在正确答案 ${answer} 的误差范围内，永远不会被提示(a typical mistake within the tolerance of the answer is never reported)`);
      }
      mistakes.slice(0, i).forEach((earlier, j) => {
        if (Math.abs(mistake.value - earlier.value) <= tolerance) {
          add(['mistakes', i, 'value'], `典型错误 ${mistake.value} 与第 ${j + 1} 个典型错误 ${earlier.value} 相距不超过误差范围(two typical mistakes lie within the tolerance of each other)`);
        }
      });
    });
  }
  return issues;
}
