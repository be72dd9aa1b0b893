import { EngineError } from '../../core/errors';
import { requireIntegerInRange } from '../../core/guards';
import { fitSbg, sbgLogLikelihood, sbgProject, sbgRetention, type SbgFit } from '../../models/sbg';
import { constantRetentionProjection } from './constant-retention-projection';
import { retentionFromSurvivors } from './retention-from-survivors';

/** One period of the comparison. */
export interface RetentionProjectionRow {
  readonly period: number;
  /** The observed count, or null beyond the data. */
  readonly actual: number | null;
  /** True for observed periods not used to fit (the holdout the projections are judged on). */
  readonly heldOut: boolean;
  readonly sbg: number;
  readonly constant: number;
  /** actual[t] ÷ actual[t − 1]; null for period 0 or without data. */
  readonly actualRetention: number | null;
  /** (β + t − 1) ÷ (α + β + t − 1); null for period 0. */
  readonly sbgRetention: number | null;
}

/** sBG against constant retention on one cohort. */
export interface RetentionProjectionComparison {
  readonly fit: SbgFit;
  /** False when α and β were given (e.g. a paper's published values) instead of fitted; `fit` then holds them. */
  readonly fitted: boolean;
  /** Periods used to fit (counts 0 … calibrationPeriods). */
  readonly calibrationPeriods: number;
  /** The constant rate: the first period's retention, survivors[1] ÷ survivors[0]. */
  readonly constantRate: number;
  /** Periods 0 … horizon. */
  readonly rows: readonly RetentionProjectionRow[];
  /**
   * Mean absolute percentage error over the held-out periods, |projected − actual| ÷ actual averaged;
   * null when no period is held out.
   */
  readonly heldOutError: { readonly sbg: number; readonly constant: number } | null;
}

/**
 * Projects a contract cohort two ways from its first `calibrationPeriods` periods and sets both beside the
 * data: the shifted-beta-geometric model fitted by maximum likelihood (`fitSbg`, `sbgProject`), and the naive
 * projection that keeps the first period's retention for ever (`constantRetentionProjection`, the mistake
 * Fader & Hardie warn against). Observed periods after the calibration are a holdout: the mean absolute
 * percentage error of each projection there says which one to trust.
 * Source: Fader, P.S. & Hardie, B.G.S. (2007), "How to project customer retention", J. Interactive Marketing
 * 21(1):76–90, §2–4 and Figure 3; course chapter 10 (一批合同客户的保持率与预测).
 * With `params`, those α and β are used instead of fitting (as chapter 10 does with the paper's published
 * 0.704 and 1.182), and `fit` reports the log-likelihood of the calibration data at them.
 * @throws EngineError `invalid-periods` when calibrationPeriods is not a whole number from 1 to the last
 *   observed period or horizon is not a whole number from calibrationPeriods to 100; `invalid-argument` and
 *   `no-churn` as `fitSbg`.
 * @example compareRetentionProjections([1000, 631, 468, 382, 326, 289, 262, 241], 7, 10):
 *   α ≈ 0.704, β ≈ 1.182; year 10: sBG ≈ 191, constant 1000 × 0.631¹⁰ ≈ 10.
 */
export function compareRetentionProjections(
  survivors: readonly number[],
  calibrationPeriods: number,
  horizon: number,
  params?: { readonly alpha: number; readonly beta: number },
): RetentionProjectionComparison {
  if (survivors.length < 2) throw new EngineError('invalid-argument', '至少需要两年的客户数(at least two counts are needed)', { length: survivors.length });
  requireIntegerInRange(calibrationPeriods, 1, survivors.length - 1, { code: 'invalid-periods', zh: '用来拟合的年数', en: 'calibration periods' });
  requireIntegerInRange(horizon, calibrationPeriods, 100, { code: 'invalid-periods', zh: '预测的年数', en: 'horizon' });
  const calibration = survivors.slice(0, calibrationPeriods + 1);
  const fit: SbgFit = params
    ? { alpha: params.alpha, beta: params.beta, logLikelihood: sbgLogLikelihood(params.alpha, params.beta, calibration), iterations: 0, converged: true }
    : fitSbg(calibration);
  const n0 = survivors[0]!;
  const constantRate = survivors[1]! / n0;
  const sbg = sbgProject(fit.alpha, fit.beta, n0, horizon);
  const constant = constantRetentionProjection(n0, constantRate, horizon);
  const observed = retentionFromSurvivors(survivors);
  const rows = sbg.map((projected, t) => ({
    period: t,
    actual: t < survivors.length ? survivors[t]! : null,
    heldOut: t > calibrationPeriods && t < survivors.length,
    sbg: projected,
    constant: constant[t]!,
    actualRetention: t > 0 && t < survivors.length ? observed[t - 1]! : null,
    sbgRetention: t > 0 ? sbgRetention(fit.alpha, fit.beta, t) : null,
  }));
  const held = rows.filter((r) => r.heldOut && r.actual! > 0);
  const mape = (pick: (r: RetentionProjectionRow) => number) => held.reduce((sum, r) => sum + Math.abs(pick(r) - r.actual!) / r.actual!, 0) / held.length;
  return {
    fit,
    fitted: params === undefined,
    calibrationPeriods,
    constantRate,
    rows,
    heldOutError: held.length > 0 ? { sbg: mape((r) => r.sbg), constant: mape((r) => r.constant) } : null,
  };
}
