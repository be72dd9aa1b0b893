/** The change of a retention curve from one period to the next. */
export interface RetentionStep {
  /** The later period k (the step is from k − 1 to k). */
  readonly period: number;
  /** share[k − 1] − share[k]: the share of the starting customers lost in this step. */
  readonly drop: number;
  /** share[k] ÷ share[k − 1]: of those still active, the share still active one period on; null when share[k − 1] is 0. */
  readonly stepRetention: number | null;
}

/** Steps of a retention curve, and the steps ordered by how much they lose. */
export interface RetentionDrops {
  /** One entry per step with both ends known, in period order. */
  readonly steps: RetentionStep[];
  /** The same steps, largest drop first (ties: earlier first). */
  readonly largest: RetentionStep[];
}

/**
 * Where a retention curve loses most (流失最集中的时期): for each period k ≥ 1 whose share and the previous
 * period's are both known, the drop share[k − 1] − share[k] (percentage points of the starting customers)
 * and the step retention share[k] ÷ share[k − 1] (the “本月人数 ÷ 上月人数” of chapter 9). Steps with an unknown
 * end (null, e.g. a cohort not observed that long) are left out.
 * Source: cohort retention analysis; course chapter 9 (例题 豆叶咖啡的会员同期群留存表: 流失集中在前期).
 * @example retentionDrops([1, 0.55, 0.45, 0.4])
 *   // steps: 1 (drop 0.45, step 0.55), 2 (0.10, 0.8182), 3 (0.05, 0.8889); largest first: periods 1, 2, 3
 */
export function retentionDrops(shares: readonly (number | null)[]): RetentionDrops {
  const steps: RetentionStep[] = [];
  for (let k = 1; k < shares.length; k++) {
    const before = shares[k - 1];
    const now = shares[k];
    if (before === null || before === undefined || now === null || now === undefined) continue;
    steps.push({ period: k, drop: before - now, stepRetention: before > 0 ? now / before : null });
  }
  const largest = [...steps].sort((p, q) => q.drop - p.drop || p.period - q.period);
  return { steps, largest };
}
