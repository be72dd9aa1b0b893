/** A contract cohort's survivors year by year, as published. */
export interface PublishedCohort {
  readonly key: 'regular' | 'highend';
  readonly name: string;
  /** survivors[t]: customers still under contract t years after signing; survivors[0] = 1,000. */
  readonly survivors: readonly number[];
}

/**
 * The two cohorts of Fader & Hardie (2007), Table 1: 1,000 customers each who signed in the same year,
 * and how many were still customers after years 1–12. Years 0–7 are the paper's calibration data
 * (bundled as `sbg-retention.csv`, where `recency` 8 means still active after year 7; a test checks the two
 * agree); years 8–12 are the paper's holdout, against which projections are judged.
 * Source: Fader, P.S. & Hardie, B.G.S. (2007), "How to project customer retention", Journal of Interactive
 * Marketing 21(1):76–90, Table 1.
 */
export const FADER_HARDIE_COHORTS: readonly PublishedCohort[] = Object.freeze([
  { key: 'regular', name: '普通客户（regular）', survivors: Object.freeze([1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173]) },
  { key: 'highend', name: '高端客户（highend）', survivors: Object.freeze([1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394]) },
] as const);
