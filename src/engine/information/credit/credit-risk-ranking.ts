import type { CreditGradeCount } from './credit-grade-distribution';

/** A pair of grades where the better one defaulted at least as often as a worse one. */
export interface CreditRankingInversion {
  readonly better: string;
  readonly worse: string;
  readonly betterRate: number;
  readonly worseRate: number;
}

export interface CreditRiskRanking {
  /** Grades with known outcomes, best first, and their default rates. */
  readonly grades: readonly { readonly grade: string; readonly defaultRate: number; readonly known: number }[];
  /** True when every worse grade defaults strictly more often than every better one (at least 2 grades with outcomes). */
  readonly ranksRisk: boolean;
  /** Pairs of grades out of order (better grade with a default rate ≥ a worse one's). */
  readonly inversions: CreditRankingInversion[];
}

/**
 * Does a grading rank risk? Among the grades with known outcomes (best first, as `creditGradeDistribution`
 * lists them), a grading ranks risk when each worse grade defaults strictly more often than every better
 * grade. Every pair out of order is listed. Fewer than two grades with outcomes cannot rank anything:
 * `ranksRisk` is false with no inversions.
 *
 * Source: the rank-ordering check of credit scorecards (Siddiqi, N. 2006, Credit Risk Scorecards, ch. 9:
 * “bad rates should increase as scores decrease”).
 * @example creditRiskRanking([{ grade: 'A', defaultRate: 0.05, known: 20 }, { grade: 'B', defaultRate: 0.2, known: 10 },
 *   { grade: 'C', defaultRate: 0.1, known: 10 }] as CreditGradeCount[])
 *   // ranksRisk false, inversions [{ better: 'B', worse: 'C', betterRate: 0.2, worseRate: 0.1 }]
 */
export function creditRiskRanking(grades: readonly Pick<CreditGradeCount, 'grade' | 'defaultRate' | 'known'>[]): CreditRiskRanking {
  const known = grades.filter((g) => g.known > 0 && g.defaultRate !== null).map((g) => ({ grade: g.grade, defaultRate: g.defaultRate!, known: g.known }));
  const inversions: CreditRankingInversion[] = [];
  for (let i = 0; i < known.length; i++) {
    for (let j = i + 1; j < known.length; j++) {
      if (known[i]!.defaultRate >= known[j]!.defaultRate) {
        inversions.push({ better: known[i]!.grade, worse: known[j]!.grade, betterRate: known[i]!.defaultRate, worseRate: known[j]!.defaultRate });
      }
    }
  }
  return { grades: known, ranksRisk: known.length >= 2 && inversions.length === 0, inversions };
}
