import { scoreQuizAnswer } from '../quiz/score-quiz-answer';
import type { QuizQuestion, QuizResponse } from '../quiz/types';
import { NO_ANSWER, UNREADABLE_ANSWER, type AnswerReading } from './answer-reading';

/**
 * A self-check's answers as a code carries them, one whole number per question in the set's order (options in the
 * quiz file's order, whatever order the learner saw): 0 unanswered; single choice 1 + the option's position;
 * multiple answers the bits of the options chosen (option k → 2^k); true/false 1 正确, 2 错误; a number 1 right,
 * 2 wrong, 3 + k the question's typical mistake k.
 * @throws EngineError from `scoreQuizAnswer` for a response that does not fit its question.
 * @example quizCodeAnswers([single q with options a, b, c], { q1: { kind: 'single', choice: 'b' } }) // [2]
 */
export function quizCodeAnswers(questions: readonly QuizQuestion[], responses: Readonly<Record<string, QuizResponse | undefined>>): number[] {
  return questions.map((question) => {
    const response = responses[question.id];
    if (!response) return 0;
    switch (question.kind) {
      case 'single':
        return response.kind === 'single' ? 1 + question.options.findIndex((o) => o.id === response.choice) : 0;
      case 'multiple':
        return response.kind === 'multiple' ? question.options.reduce((bits, o, k) => (response.choices.includes(o.id) ? bits + 2 ** k : bits), 0) : 0;
      case 'true-false':
        return response.kind === 'true-false' ? (response.value ? 1 : 2) : 0;
      case 'number': {
        const score = scoreQuizAnswer(question, response);
        return score.verdict === 'correct' ? 1 : score.mistake !== null ? 3 + score.mistake : 2;
      }
    }
  });
}

const verdictOf = (question: QuizQuestion, response: QuizResponse): AnswerReading['verdict'] => scoreQuizAnswer(question, response).verdict;

/**
 * What a number in a self-check code means for its question: the option(s) chosen in words, or the number's verdict,
 * with how it scores (`correct`, `partial`, `wrong`; `none` for no answer or a value no release writes).
 * @throws never.
 * @example readQuizCodeAnswer(statementThatIsTrue, 2) // { label: '错误', verdict: 'wrong' }
 */
export function readQuizCodeAnswer(question: QuizQuestion, value: number): AnswerReading {
  if (value === 0) return NO_ANSWER;
  switch (question.kind) {
    case 'single': {
      const option = question.options[value - 1];
      return option ? { label: option.text, verdict: verdictOf(question, { kind: 'single', choice: option.id }) } : UNREADABLE_ANSWER;
    }
    case 'multiple': {
      if (value >= 2 ** question.options.length) return UNREADABLE_ANSWER;
      const chosen = question.options.filter((_, k) => Math.floor(value / 2 ** k) % 2 === 1);
      return { label: chosen.map((o) => o.text).join('、'), verdict: verdictOf(question, { kind: 'multiple', choices: chosen.map((o) => o.id) }) };
    }
    case 'true-false':
      if (value > 2) return UNREADABLE_ANSWER;
      return { label: value === 1 ? '正确' : '错误', verdict: (value === 1) === question.answer ? 'correct' : 'wrong' };
    case 'number': {
      if (value === 1) return { label: `${question.answer}${question.unit ?? ''}（正确）`, verdict: 'correct' };
      if (value === 2) return { label: '其他错误的数', verdict: 'wrong' };
      const mistake = question.mistakes?.[value - 3];
      return mistake ? { label: `${mistake.value}${question.unit ?? ''}（常见错误）`, verdict: 'wrong' } : UNREADABLE_ANSWER;
    }
  }
}
