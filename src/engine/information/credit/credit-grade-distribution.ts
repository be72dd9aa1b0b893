import { DEFAULT_CREDIT_BANDS, rateCredit5c, type Credit5cOptions, type CreditScores } from './credit-5c';

/** One application: its five 0–100 scores, and whether the customer later defaulted (when known). */
export interface CreditApplication {
  readonly scores: CreditScores;
  readonly defaulted?: boolean | null;
}

/** One grade of the distribution. */
export interface CreditGradeCount {
  readonly grade: string;
  /** Lowest weighted score of the grade. */
  readonly min: number;
  readonly count: number;
  /** count / all applications; null when there is none. */
  readonly share: number | null;
  /** Applications of the grade that defaulted (among those with a known outcome). */
  readonly defaults: number;
  /** Applications of the grade with a known outcome. */
  readonly known: number;
  /** defaults / known; null when no outcome is known. */
  readonly defaultRate: number | null;
}

export interface CreditGradeDistribution {
  readonly applications: number;
  /** Mean weighted 5C score; null without applications. */
  readonly meanScore: number | null;
  /** Every band of the grading, highest first (empty grades included). */
  readonly grades: CreditGradeCount[];
}

/**
 * How a pool of credit applications spreads over the 5C grades: each application is rated with
 * `rateCredit5c` (weighted score → grade band), then counted per grade, with the default rate per grade
 * when outcomes are known, so one can check that lower grades default more often.
 *
 * Source: as `rateCredit5c` (five Cs of credit, Brigham & Ehrhardt; 客户信用评估 in the course standard).
 * @throws EngineError as `rateCredit5c` (a score out of 0–100, weights or bands that are not valid).
 * @example
 * creditGradeDistribution([{ scores: { character: 90, capacity: 90, capital: 90, collateral: 90, conditions: 90 }, defaulted: false },
 *   { scores: { character: 50, capacity: 50, capital: 50, collateral: 50, conditions: 50 }, defaulted: true }]).grades
 * // AAA: count 1, defaultRate 0 · AA, A, B: count 0 · C: count 1, defaultRate 1
 */
export function creditGradeDistribution(applications: readonly CreditApplication[], options: Credit5cOptions = {}): CreditGradeDistribution {
  const bands = options.bands ?? DEFAULT_CREDIT_BANDS;
  const tally = new Map(bands.map((band) => [band.grade, { count: 0, defaults: 0, known: 0 }]));
  let scoreSum = 0;
  for (const application of applications) {
    const rating = rateCredit5c(application.scores, options);
    scoreSum += rating.score;
    const t = tally.get(rating.grade)!;
    t.count++;
    if (application.defaulted === true || application.defaulted === false) {
      t.known++;
      if (application.defaulted) t.defaults++;
    }
  }
  const n = applications.length;
  return {
    applications: n,
    meanScore: n > 0 ? scoreSum / n : null,
    grades: bands.map((band) => {
      const t = tally.get(band.grade)!;
      return { grade: band.grade, min: band.min, count: t.count, share: n > 0 ? t.count / n : null, defaults: t.defaults, known: t.known, defaultRate: t.known > 0 ? t.defaults / t.known : null };
    }),
  };
}
