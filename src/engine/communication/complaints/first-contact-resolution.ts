import { EngineError } from '../../core/errors';

/** First-contact resolution of a set of cases. */
export interface FirstContactResolution {
  /** Cases solved at the first contact (是). */
  readonly resolved: number;
  /** Cases that needed more than one contact (否). */
  readonly unresolved: number;
  /** Cases with no answer yet (blank: still being handled). */
  readonly open: number;
  /** resolved / (resolved + unresolved); null when no case is closed. */
  readonly rate: number | null;
}

const YES = new Set(['是', 'yes', 'y', 'true', '1']);
const NO = new Set(['否', 'no', 'n', 'false', '0']);

/**
 * First-contact resolution (一次解决率): among the cases with an answer, the share solved at the first
 * contact. Answers are 是/否 (also yes/no, true/false, 1/0, or booleans); blank answers are open cases,
 * counted apart and left out of the rate.
 *
 * Source: first contact resolution (FCR) as a service-quality measure of customer-service centres
 * (e.g. Feinberg et al. 2000, "Operational determinants of caller satisfaction in the call center").
 * @throws EngineError `invalid-answer` for any other answer (naming its position).
 * @example firstContactResolution(['是', '否', '是', '']) // { resolved: 2, unresolved: 1, open: 1, rate: 2/3 }
 */
export function firstContactResolution(answers: readonly (string | boolean | null | undefined)[]): FirstContactResolution {
  let resolved = 0;
  let unresolved = 0;
  let open = 0;
  answers.forEach((answer, i) => {
    if (typeof answer === 'boolean') {
      if (answer) resolved++;
      else unresolved++;
      return;
    }
    const text = answer == null ? '' : String(answer).trim().toLowerCase();
    if (text === '') open++;
    else if (YES.has(text)) resolved++;
    else if (NO.has(text)) unresolved++;
    else {
      throw new EngineError('invalid-answer', `第 ${i + 1} 个“是否一次解决”的回答“${answer}”不是“是”或“否”(answer ${i + 1} "${answer}" is not yes or no)`, { index: i, answer });
    }
  });
  const closed = resolved + unresolved;
  return { resolved, unresolved, open, rate: closed > 0 ? resolved / closed : null };
}
