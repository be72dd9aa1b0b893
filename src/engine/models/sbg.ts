import { EngineError } from '../core/errors';
import { extremeParameter, minimizePositive, PARAMETER_LIMIT, shortNumber } from './optimize';

/*
 * The shifted-beta-geometric (sBG) model of contract retention (Fader & Hardie 2007, "How to project
 * customer retention", J. Interactive Marketing 21(1):76–90). Each customer renews every period with
 * their own probability 1 − θ, and θ ~ Beta(α, β) across customers. Because the customers most likely
 * to leave go first, the cohort's retention rate rises over time.
 */

/** The most observed periods a cohort may have (the counts and the likelihood grow with them). */
export const MAX_SBG_PERIODS = 1000;

/** The fitted sBG model. */
export interface SbgFit {
  readonly alpha: number;
  readonly beta: number;
  /** ln L = Σ_t (n_{t−1} − n_t) ln P(T = t) + n_last ln S(last). */
  readonly logLikelihood: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Fits α and β by maximum likelihood to the survivor counts of one cohort: `survivors[0]` customers
 * at the start, `survivors[t]` still there after period t. Those lost in period t contribute
 * P(T = t) = B(α + 1, β + t − 1)/B(α, β) each, those still there at the end S(t) = B(α, β + t)/B(α, β).
 * Reference: highend α = 0.668, β = 3.806; regular α = 0.704, β = 1.182 (the paper's 7 years).
 * Source: Fader & Hardie (2007), §3 and eq. 5–7.
 * @throws EngineError `invalid-argument` with fewer than 2 or more than 1001 counts, a first count of 0, counts that are
 *   negative, not finite or rise from one period to the next; `no-churn` when nobody left (β/α cannot be estimated);
 *   `degenerate-fit` when the estimates run off to 0 or ∞ (outside [1e-6, 1e6]) or ln L is not finite:
 *   everyone left in period 1, or retention that does not rise (the model then reduces to a constant rate).
 * @example fitSbg([1000, 869, 743, 653, 593, 551, 517, 491]) // { alpha: 0.668, beta: 3.806, … }
 */
export function fitSbg(survivors: readonly number[]): SbgFit {
  checkSurvivors(survivors);
  const lost = survivors[0]! - survivors[survivors.length - 1]!;
  if (lost === 0) {
    throw new EngineError('no-churn', '没有客户流失，无法估计留存模型(no customer left: the retention model cannot be fitted)');
  }
  const result = minimizePositive(([alpha, beta]) => -sbgLogLikelihood(alpha!, beta!, survivors) / survivors[0]!, [1, 1]);
  const [alpha, beta] = result.x as [number, number];
  const logLikelihood = sbgLogLikelihood(alpha, beta, survivors);
  const degenerate = degenerateSbgFit(alpha, beta, logLikelihood, survivors);
  if (degenerate !== null) throw degenerate;
  return { alpha, beta, logLikelihood, iterations: result.iterations, converged: result.converged };
}

/**
 * Why a fitted α, β cannot be reported, or null: a log-likelihood that is not finite, or a parameter
 * outside [1e-6, 1e6] (`extremeParameter`), said in words a student can check against the counts.
 */
function degenerateSbgFit(alpha: number, beta: number, logLikelihood: number, survivors: readonly number[]): EngineError | null {
  if (extremeParameter({ alpha, beta }) === null && Number.isFinite(logLikelihood)) return null;
  let zh: string;
  let en: string;
  if (survivors[1] === 0) {
    zh = '所有客户在第 1 期就流失了，没有留存可以估计';
    en = 'every customer left in the first period';
  } else if (alpha > PARAMETER_LIMIT && beta > PARAMETER_LIMIT) {
    const rates = survivors.slice(1, 6).flatMap((n, t) => (survivors[t]! > 0 ? [`${((100 * n) / survivors[t]!).toFixed(1)}%`] : []));
    zh = `sBG 认为留存率逐期上升（最容易流失的客户先走），而这组数据的留存率没有上升（实际逐期为 ${rates.join('、')}${survivors.length > 6 ? '…' : ''}）；模型只能退化成固定的留存率，α 和 β 无法估计`;
    en = 'retention does not rise from period to period, so the model reduces to a constant rate';
  } else if (survivors.some((n, t) => t > 0 && n === survivors[t - 1])) {
    zh = '有的期一个客户也没有流失：数据像是一部分客户很快全部流失、其余客户永不流失，α 和 β 因而趋于 0，无法估计';
    en = 'a period lost nobody, as if some customers left at once and the rest never will';
  } else {
    zh = '数据里的信息不足以估计 α 和 β（期数太少，或人数的变化不像一群客户逐期流失）';
    en = 'the counts do not pin down α and β';
  }
  return new EngineError(
    'degenerate-fit',
    `sBG 模型拟合失败：参数跑到了极端值（α = ${shortNumber(alpha)}，β = ${shortNumber(beta)}）。${zh}(the sBG fit is degenerate: α = ${shortNumber(alpha)}, β = ${shortNumber(beta)}; ${en})`,
    { alpha, beta, logLikelihood },
  );
}

/**
 * The sBG log-likelihood of a cohort's survivor counts (see `fitSbg`), built period by period:
 * P(T = t) = S(t − 1) · α/(α + β + t − 1) and S(t) = S(t − 1) · (β + t − 1)/(α + β + t − 1), S(0) = 1.
 * Source: Fader & Hardie (2007), eq. 7 and the forward recursions of their Appendix.
 * @throws EngineError `invalid-argument` as `fitSbg`, or when α or β is not a finite number > 0.
 * @example α = β = 1 and survivors [2, 1]: one lost in period 1 (P = 1/2), one still there (S(1) = 1/2): ln L = 2 ln(1/2).
 */
export function sbgLogLikelihood(alpha: number, beta: number, survivors: readonly number[]): number {
  checkShape(alpha, beta);
  checkSurvivors(survivors);
  let survival = 1;
  let total = 0;
  for (let t = 1; t < survivors.length; t++) {
    const churn = (survival * alpha) / (alpha + beta + t - 1);
    survival *= (beta + t - 1) / (alpha + beta + t - 1);
    const lostNow = survivors[t - 1]! - survivors[t]!;
    if (lostNow > 0) total += lostNow * Math.log(churn);
  }
  const stayed = survivors[survivors.length - 1]!;
  return stayed > 0 ? total + stayed * Math.log(survival) : total;
}

/**
 * The retention rate in period t ≥ 1: the share of customers there at the start of period t who renew,
 * r(t) = (β + t − 1)/(α + β + t − 1). It rises with t towards 1.
 * Source: Fader & Hardie (2007), eq. 4.
 * @throws EngineError `invalid-argument` when α or β is not a finite number > 0 or t is not a whole number ≥ 1.
 * @example sbgRetention(1, 1, 1) // 1/2; sbgRetention(1, 1, 3) // 3/4
 */
export function sbgRetention(alpha: number, beta: number, t: number): number {
  checkShape(alpha, beta);
  checkPeriod(t, 1);
  return (beta + t - 1) / (alpha + beta + t - 1);
}

/**
 * The share of a cohort still there after t ≥ 0 periods, S(t) = r(1) · r(2) · … · r(t) = B(α, β + t)/B(α, β).
 * Source: Fader & Hardie (2007), eq. 3.
 * @throws EngineError `invalid-argument` when α or β is not a finite number > 0 or t is not a whole number ≥ 0.
 * @example sbgSurvival(1, 1, t) // 1/(t + 1)
 */
export function sbgSurvival(alpha: number, beta: number, t: number): number {
  checkShape(alpha, beta);
  checkPeriod(t, 0);
  let survival = 1;
  for (let i = 1; i <= t; i++) survival *= (beta + i - 1) / (alpha + beta + i - 1);
  return survival;
}

/**
 * Expected survivors of a cohort of n0 after 0, 1, …, `periods` periods: n0 · S(t).
 * Source: Fader & Hardie (2007), §4 (projections).
 * @throws EngineError `invalid-argument` when α or β is not a finite number > 0, n0 < 0 or `periods` is not a whole number ≥ 0.
 * @example sbgProject(1, 1, 1000, 3) // [1000, 500, 333.3, 250]
 */
export function sbgProject(alpha: number, beta: number, n0: number, periods: number): number[] {
  checkShape(alpha, beta);
  checkPeriod(periods, 0);
  if (!(n0 >= 0) || !Number.isFinite(n0)) {
    throw new EngineError('invalid-argument', `初始客户数必须是不小于 0 的有限数，当前为 ${n0}(n0 must be a finite number ≥ 0)`, { n0 });
  }
  const projected = [n0];
  for (let t = 1; t <= periods; t++) projected.push(projected[t - 1]! * sbgRetention(alpha, beta, t));
  return projected;
}

/**
 * Turns per-customer churn periods into a cohort's survivor counts for `fitSbg`: `churnPeriods[i]` is the
 * period in which customer i left (1, 2, …), and any value above `observedPeriods` means still there at
 * the end. The result has `observedPeriods + 1` counts: everyone at the start, then those still there
 * after each period. In the Fader & Hardie data (sbg-retention.csv) the column `recency` holds the year
 * of churn, with 8 for "still active after year 7", so `observedPeriods` is 7.
 * Source: Fader & Hardie (2007), Table 1 (the counts this reproduces).
 * @throws EngineError `invalid-argument` when a churn period is not a whole number ≥ 1 or `observedPeriods` is not a
 *   whole number from 1 to `MAX_SBG_PERIODS`.
 * @example survivorsFromChurnYears([1, 2, 8, 8], 7) // [4, 3, 2, 2, 2, 2, 2, 2]
 */
export function survivorsFromChurnYears(churnPeriods: readonly number[], observedPeriods: number): number[] {
  checkPeriod(observedPeriods, 1);
  if (observedPeriods > MAX_SBG_PERIODS) {
    throw new EngineError('invalid-argument', `观察期数最多 ${MAX_SBG_PERIODS}，当前为 ${observedPeriods}(at most ${MAX_SBG_PERIODS} observed periods, got ${observedPeriods})`, { observedPeriods });
  }
  const lostIn = new Array<number>(observedPeriods + 1).fill(0);
  for (const period of churnPeriods) {
    if (!Number.isInteger(period) || period < 1) {
      throw new EngineError('invalid-argument', `流失期必须是不小于 1 的整数，当前为 ${period}(a churn period must be a whole number ≥ 1)`, { period });
    }
    if (period <= observedPeriods) lostIn[period]!++;
  }
  const survivors = [churnPeriods.length];
  for (let t = 1; t <= observedPeriods; t++) survivors.push(survivors[t - 1]! - lostIn[t]!);
  return survivors;
}

function checkShape(alpha: number, beta: number): void {
  if (!(alpha > 0 && beta > 0) || !Number.isFinite(alpha) || !Number.isFinite(beta)) {
    throw new EngineError('invalid-argument', `α 与 β 必须是大于 0 的有限数，当前 α = ${alpha}, β = ${beta}(α and β must be finite numbers > 0)`, {
      alpha,
      beta,
    });
  }
}

function checkPeriod(t: number, min: number): void {
  if (!Number.isInteger(t) || t < min) {
    throw new EngineError('invalid-argument', `期数必须是不小于 ${min} 的整数，当前为 ${t}(the period must be a whole number ≥ ${min})`, { t });
  }
}

function checkSurvivors(survivors: readonly number[]): void {
  const valid =
    survivors.length >= 2 &&
    survivors.length <= MAX_SBG_PERIODS + 1 &&
    survivors[0]! > 0 &&
    survivors.every((n, t) => Number.isFinite(n) && n >= 0 && (t === 0 || n <= survivors[t - 1]!));
  if (!valid) {
    throw new EngineError(
      'invalid-argument',
      `留存人数需要 2 到 ${MAX_SBG_PERIODS + 1} 个、首个大于 0、逐期不增加的非负数(survivor counts must be 2 to ${MAX_SBG_PERIODS + 1} non-negative numbers, the first > 0, never rising)`,
      { survivors: [...survivors] },
    );
  }
}
