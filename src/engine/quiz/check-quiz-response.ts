import { EngineError } from '../core/errors';
import type { QuizQuestion, QuizResponse } from './types';

/**
 * Checks that a response fits its question: the same kind; a single choice names one of the options; a
 * multiple choice names one or more different options; a number is finite. Returns nothing; an answer
 * that does not fit is a programming error or stale stored data, so it throws.
 *
 * Source: our own rules (src/widgets/self-check/MODEL.md).
 * @throws EngineError `response-kind-mismatch`, `unknown-option`, `empty-response`, `repeated-option`, `invalid-number`.
 * @example checkQuizResponse({ kind: 'true-false', id: 'q1', prompt: '？', answer: true, explanation: '…' }, { kind: 'true-false', value: false })
 *   // returns undefined (fits); { kind: 'single', choice: 'a' } would throw response-kind-mismatch
 */
export function checkQuizResponse(question: QuizQuestion, response: QuizResponse): void {
  if (response.kind !== question.kind) {
    throw new EngineError(
      'response-kind-mismatch',
      `第 ${question.id} 题的回答类型不对：题目是 ${question.kind}，回答是 ${response.kind}(response kind ${response.kind} does not fit question kind ${question.kind})`,
      { question: question.id },
    );
  }
  if (response.kind === 'single' || response.kind === 'multiple') {
    const options = new Set((question as Extract<QuizQuestion, { options: unknown }>).options.map((o) => o.id));
    const choices = response.kind === 'single' ? [response.choice] : response.choices;
    if (choices.length === 0) throw new EngineError('empty-response', `第 ${question.id} 题还没有选择任何选项(no option chosen)`, { question: question.id });
    if (new Set(choices).size !== choices.length) throw new EngineError('repeated-option', `第 ${question.id} 题的回答重复选了同一个选项(an option is chosen twice)`, { question: question.id });
    for (const choice of choices) {
      if (!options.has(choice)) throw new EngineError('unknown-option', `第 ${question.id} 题没有选项 ${choice}(question ${question.id} has no option ${choice})`, { question: question.id, choice });
    }
  }
  if (response.kind === 'number' && (typeof response.value !== 'number' || !Number.isFinite(response.value))) {
    throw new EngineError('invalid-number', `第 ${question.id} 题的回答不是有效数字(the answer is not a finite number)`, { question: question.id });
  }
}
