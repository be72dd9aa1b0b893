import { type Answers, readAnswers } from './answers';

export interface CsatResult {
  /** % of answers scoring 4 or 5, 0–100; null when nobody answered. */
  readonly csat: number | null;
  /** Answers scoring 4 or 5. */
  readonly satisfied: number;
  /** Answers given. */
  readonly n: number;
  /** Answers left blank. */
  readonly missing: number;
  /** Counts of 1, 2, 3, 4, 5 (index 0 is score 1). */
  readonly distribution: [number, number, number, number, number];
}

/**
 * CSAT (customer satisfaction score): the percentage of answers scoring 4 or 5 on a 1–5 scale
 * ("satisfied" or "very satisfied"). Blank answers are left out of the base and counted as missing.
 *
 * Source: docs/contracts.md §5 (the "top-two-box" share commonly reported as CSAT).
 * @throws EngineError `invalid-answer` for an answer that is not a whole number from 1 to 5.
 * @example customerSatisfactionScore([5, 4, 3, 2, null]).csat // 50 (2 of the 4 answers are 4–5)
 */
export function customerSatisfactionScore(answers: Answers): CsatResult {
  const { values, n, missing } = readAnswers(answers, 'CSAT ', { min: 1, max: 5, integer: true });
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const v of values) distribution[v - 1]! += 1;
  const satisfied = distribution[3] + distribution[4];
  return { csat: n > 0 ? (100 * satisfied) / n : null, satisfied, n, missing, distribution };
}
