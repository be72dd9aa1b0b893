import { type Answers, readAnswers } from './answers';

export interface NpsResult {
  /** % promoters − % detractors, −100..100; null when nobody answered. */
  readonly nps: number | null;
  /** Answers of 9–10. */
  readonly promoters: number;
  /** Answers of 7–8. */
  readonly passives: number;
  /** Answers of 0–6. */
  readonly detractors: number;
  /** Shares of the answers given, in %; null when nobody answered. */
  readonly promoterPercent: number | null;
  readonly passivePercent: number | null;
  readonly detractorPercent: number | null;
  readonly n: number;
  readonly missing: number;
}

/**
 * Net Promoter Score on the 0–10 "how likely are you to recommend us" question: % scoring 9–10
 * (promoters) minus % scoring 0–6 (detractors); 7–8 are passives. Blank answers are left out.
 *
 * Source: docs/contracts.md §5; Reichheld, F.F. (2003), "The one number you need to grow", Harvard Business Review 81(12).
 * @throws EngineError `invalid-answer` for an answer that is not a whole number from 0 to 10.
 * @example netPromoterScore([10, 9, 8, 6, 3]).nps // 0 (40 % promoters − 40 % detractors)
 * @example netPromoterScore([10, 10, 7, 0]).nps // 25 (50 % − 25 %)
 */
export function netPromoterScore(answers: Answers): NpsResult {
  const { values, n, missing } = readAnswers(answers, 'NPS ', { min: 0, max: 10, integer: true });
  let promoters = 0;
  let detractors = 0;
  for (const v of values) {
    if (v >= 9) promoters++;
    else if (v <= 6) detractors++;
  }
  const passives = n - promoters - detractors;
  const pct = (count: number) => (n > 0 ? (100 * count) / n : null);
  return {
    nps: n > 0 ? (100 * (promoters - detractors)) / n : null,
    promoters,
    passives,
    detractors,
    promoterPercent: pct(promoters),
    passivePercent: pct(passives),
    detractorPercent: pct(detractors),
    n,
    missing,
  };
}
