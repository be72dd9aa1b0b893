import { requireIntegerInRange } from '../core/guards';
import { fitSbg, sbgRetention, type SbgFit } from './sbg';

/** One period of a fitted cohort: what was observed and what the model says. */
export interface SbgPeriodRow {
  /** 0 = the start. */
  readonly period: number;
  /** Customers still there after the period; null beyond the data (a projection). */
  readonly observed: number | null;
  /** The model's expected survivors, n0 · S(t). */
  readonly expected: number;
  /** Observed retention rate n_t / n_{t−1}; null for period 0, beyond the data, or after a period with nobody left. */
  readonly observedRetention: number | null;
  /** The model's retention rate r(t) = (β + t − 1)/(α + β + t − 1); null for period 0. */
  readonly retention: number | null;
}

export interface SbgFitTable extends SbgFit {
  /** Periods 0 … last observed, then `horizon` projected periods. */
  readonly periods: SbgPeriodRow[];
}

/**
 * Fits the shifted-beta-geometric model to a cohort's survivor counts (`fitSbg`) and lays out, period by
 * period, the observed survivors and retention beside the model's expected survivors n0·S(t) and retention
 * r(t), then projects `horizon` more periods: the table of Fader & Hardie's paper, where the fitted curve
 * follows the data and keeps rising retention beyond it.
 *
 * Source: Fader, P.S. & Hardie, B.G.S. (2007), "How to project customer retention", J. Interactive
 * Marketing 21(1):76–90, Tables 1–2 and Figure 3.
 * @throws EngineError as `fitSbg` (`invalid-argument`, `no-churn`); `invalid-horizon` unless 0 ≤ horizon ≤ 100 is whole.
 * @example sbgFitTable([1000, 869, 743, 653, 593, 551, 517, 491], 5).periods[1].expected // 850.7 = 1000 × β/(α + β) with α 0.668, β 3.806
 */
export function sbgFitTable(survivors: readonly number[], horizon = 0): SbgFitTable {
  requireIntegerInRange(horizon, 0, 100, { code: 'invalid-horizon', zh: '预测期数', en: 'horizon' });
  const fit = fitSbg(survivors);
  const n0 = survivors[0]!;
  const periods: SbgPeriodRow[] = [];
  let expected = n0;
  for (let t = 0; t < survivors.length + horizon; t++) {
    const retention = t === 0 ? null : sbgRetention(fit.alpha, fit.beta, t);
    if (retention !== null) expected *= retention;
    const observed = t < survivors.length ? survivors[t]! : null;
    const before = t > 0 && t < survivors.length ? survivors[t - 1]! : 0;
    periods.push({ period: t, observed, expected, observedRetention: observed !== null && before > 0 ? observed / before : null, retention });
  }
  return { ...fit, periods };
}
