import { EngineError } from '../core/errors';

/** One question's answers: a number per respondent, null (or undefined/NaN) where not answered. */
export type Answers = readonly (number | null | undefined)[];

/** The answered values of one question and how many were missing. */
export interface ReadAnswers {
  readonly values: number[];
  readonly n: number;
  readonly missing: number;
}

/**
 * Splits answers into the answered values and a count of missing ones. With a scale, every answer must
 * lie in [min, max] (and be whole when `integer`), else the question cannot be scored.
 * @throws EngineError `invalid-answer` for an answer off the scale or not a finite number.
 */
export function readAnswers(answers: Answers, question: string, scale?: { min: number; max: number; integer?: boolean }): ReadAnswers {
  const values: number[] = [];
  let missing = 0;
  answers.forEach((answer, i) => {
    if (answer === null || answer === undefined || Number.isNaN(answer)) {
      missing++;
      return;
    }
    const onScale = scale ? answer >= scale.min && answer <= scale.max && (!scale.integer || Number.isInteger(answer)) : true;
    if (typeof answer !== 'number' || !Number.isFinite(answer) || !onScale) {
      const range = scale ? `${scale.min}–${scale.max}${scale.integer ? ' 的整数' : ''}` : '有限数字';
      const rangeEn = scale ? `${scale.integer ? 'a whole number ' : ''}from ${scale.min} to ${scale.max}` : 'a finite number';
      throw new EngineError(
        'invalid-answer',
        `${question}第 ${i + 1} 份回答为 ${String(answer)}，应为 ${range}(${question} answer ${i + 1} is ${String(answer)}; expected ${rangeEn})`,
        { question, index: i, answer },
      );
    }
    values.push(answer);
  });
  return { values, n: values.length, missing };
}

/** Arithmetic mean, or null for no values. */
export function meanOrNull(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
