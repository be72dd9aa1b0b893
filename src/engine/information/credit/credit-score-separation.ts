import { rateCredit5c, type Credit5cOptions } from './credit-5c';
import type { CreditApplication } from './credit-grade-distribution';

export interface CreditScoreSeparation {
  /** Applications with a known outcome, by outcome. */
  readonly defaulted: number;
  readonly repaid: number;
  /** Mean weighted 5C score of each group; null for an empty group. */
  readonly meanDefaulted: number | null;
  readonly meanRepaid: number | null;
  /**
   * AUC: the chance that a randomly chosen repaying application scores higher than a randomly chosen defaulting
   * one (ties count half). 0.5 = the score tells nothing, 1 = it separates them perfectly; null without both groups.
   */
  readonly auc: number | null;
}

/**
 * How well the weighted 5C score separates applications that later defaulted from those that repaid: the mean
 * score of each group and the AUC (area under the ROC curve), computed as the Mann–Whitney statistic
 * U / (n_repaid · n_defaulted) with mid-ranks for ties. Scores are rounded to 1e-9 first so that equal
 * weighted sums reached by different floating-point routes count as ties. Applications without a known
 * outcome are left out.
 *
 * Source: Hanley, J.A. & McNeil, B.J. (1982), "The meaning and use of the area under a ROC curve",
 * Radiology 143(1):29–36; in credit scoring, Siddiqi (2006), Credit Risk Scorecards, ch. 9.
 * @throws EngineError as `rateCredit5c` (scores, weights or bands that are not valid).
 * @example creditScoreSeparation([
 *   { scores: all(80), defaulted: false }, { scores: all(60), defaulted: false }, { scores: all(70), defaulted: true },
 * ]) // meanRepaid 70, meanDefaulted 70, auc 0.5 (80 beats 70, 60 loses to it: 1 of 2 pairs)
 */
export function creditScoreSeparation(applications: readonly CreditApplication[], options: Credit5cOptions = {}): CreditScoreSeparation {
  const scored: { score: number; defaulted: boolean }[] = [];
  for (const application of applications) {
    const score = rateCredit5c(application.scores, options).score;
    if (application.defaulted === true || application.defaulted === false) scored.push({ score: Math.round(score * 1e9) / 1e9, defaulted: application.defaulted });
  }
  const defaulted = scored.filter((s) => s.defaulted);
  const repaid = scored.filter((s) => !s.defaulted);
  const mean = (list: { score: number }[]) => (list.length === 0 ? null : list.reduce((sum, s) => sum + s.score, 0) / list.length);
  let auc: number | null = null;
  if (defaulted.length > 0 && repaid.length > 0) {
    const sorted = [...scored].sort((a, b) => a.score - b.score);
    let rankSumRepaid = 0;
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1]!.score === sorted[i]!.score) j++;
      const midRank = (i + j) / 2 + 1;
      for (let k = i; k <= j; k++) if (!sorted[k]!.defaulted) rankSumRepaid += midRank;
      i = j + 1;
    }
    const u = rankSumRepaid - (repaid.length * (repaid.length + 1)) / 2;
    auc = u / (repaid.length * defaulted.length);
  }
  return { defaulted: defaulted.length, repaid: repaid.length, meanDefaulted: mean(defaulted), meanRepaid: mean(repaid), auc };
}
