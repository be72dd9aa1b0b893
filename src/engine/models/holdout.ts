import { groupPurchaseDays } from '../core/customer-purchase-days';
import { formatDay } from '../core/dates';
import { EngineError } from '../core/errors';
import type { Transactions } from '../core/types';
import { summariseForBgNbd, type BgNbdSummary, type BgNbdUnit } from './bgnbd-summary';
import { modelConditionalExpected, modelExpectedPopulation, modelPAlive, type CustomerBaseModel } from './customer-base-model';

/*
 * Calibration/holdout validation of a customer-base model, as Fader, Hardie & Lee (2005, "Counting your
 * customers the easy way", §4 and Figures 2–4) check BG/NBD on CDNOW: fit on the purchases up to a day,
 * then compare the model's weekly and cumulative repeat purchases and its conditional expectations with
 * what the customers did afterwards.
 */

/** Options for `splitHoldout`. */
export interface HoldoutOptions {
  readonly unit: BgNbdUnit;
  /** The last day of the calibration period (a day number). */
  readonly calibrationEnd: number;
  /** The last day of the holdout period; default the last day in the data. */
  readonly holdoutEnd?: number;
}

/** Transactions split at a day: the calibration summary and, per calibration customer, what came after. */
export interface HoldoutSplit {
  /** x, t_x, T of the customers who bought on or before the calibration end (what the model is fitted on). */
  readonly calibration: BgNbdSummary;
  /** Per calibration customer: purchase days after the calibration end, up to the holdout end. */
  readonly holdoutPurchases: Float64Array;
  /** Per calibration customer: the day of the first purchase. */
  readonly firstDay: Int32Array;
  /** Per calibration customer: the repeat purchase days (all of them, calibration and holdout, up to the holdout end). */
  readonly repeatDays: readonly Int32Array[];
  readonly calibrationEnd: number;
  readonly holdoutEnd: number;
  /** The holdout's length in the unit (weeks or days). */
  readonly holdoutLength: number;
}

/**
 * Splits transactions at `calibrationEnd`: `summariseForBgNbd` up to it, and each of those customers' purchase
 * days in (calibrationEnd, holdoutEnd] (same-day purchases merged, returns ignored, as in the summary).
 * Customers whose first purchase falls in the holdout are not part of the check (the model has not seen them).
 * Source: Fader, Hardie & Lee (2005), §4; lifetimes' `calibration_and_holdout_data`.
 * @throws EngineError `invalid-holdout` when the holdout end is not after the calibration end.
 * @example CDNOW sample, calibration end 1997-09-30, holdout end 1998-06-30: 2,357 customers, 39 weeks of holdout.
 */
export function splitHoldout(tx: Transactions, options: HoldoutOptions): HoldoutSplit {
  const calibration = summariseForBgNbd(tx, { unit: options.unit, calibrationEnd: options.calibrationEnd });
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < tx.length; i++) lastDay = Math.max(lastDay, tx.day[i]!);
  const holdoutEnd = options.holdoutEnd ?? lastDay;
  if (!(holdoutEnd > options.calibrationEnd)) {
    throw new EngineError(
      'invalid-holdout',
      `检验期为空：检验期结束日 ${Number.isFinite(holdoutEnd) ? formatDay(holdoutEnd) : '（无数据）'} 不晚于建模期结束日 ${formatDay(options.calibrationEnd)}；请选更早的分割日(the holdout period is empty: choose an earlier split date)`,
      { calibrationEnd: options.calibrationEnd, holdoutEnd },
    );
  }
  const grouped = groupPurchaseDays(tx, { lastDay: holdoutEnd });
  const position = new Map<number, number>();
  grouped.customerIndex.forEach((c, k) => position.set(c, k));
  const n = calibration.customers.length;
  const calibrationIndex = summaryCustomerIndices(tx, calibration);
  const holdoutPurchases = new Float64Array(n);
  const firstDay = new Int32Array(n);
  const repeatDays: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    const k = position.get(calibrationIndex[i]!)!;
    const days = grouped.days.subarray(grouped.offsets[k]!, grouped.offsets[k + 1]!);
    firstDay[i] = days[0]!;
    repeatDays.push(days.slice(1));
    let after = 0;
    for (const day of days) if (day > options.calibrationEnd) after++;
    holdoutPurchases[i] = after;
  }
  const perUnit = options.unit === 'week' ? 7 : 1;
  return {
    calibration,
    holdoutPurchases,
    firstDay,
    repeatDays,
    calibrationEnd: options.calibrationEnd,
    holdoutEnd,
    holdoutLength: (holdoutEnd - options.calibrationEnd) / perUnit,
  };
}

function summaryCustomerIndices(tx: Transactions, summary: BgNbdSummary): Int32Array {
  const byId = new Map<string, number>();
  tx.customers.forEach((id, c) => byId.set(id, c));
  return Int32Array.from(summary.customers, (id) => byId.get(id)!);
}

/** One week of the tracking plot. */
export interface TrackingWeek {
  /** 1, 2, …: week k covers days start + 7(k − 1) … start + 7k − 1. */
  readonly week: number;
  /** The week's first day. */
  readonly firstDay: number;
  /** True when the week ends after the calibration end (it is part of the holdout). */
  readonly holdout: boolean;
  readonly actual: number;
  readonly expected: number;
  readonly cumulativeActual: number;
  readonly cumulativeExpected: number;
}

/**
 * The tracking plots: repeat purchases of the calibration customers week by week from the first customer's first
 * purchase to the holdout end, actual against the model's Σᵢ E[X(age of customer i)], the expected repeat purchases of
 * each customer since their own first purchase (eq. 7 of BG/NBD, eq. 17 of Pareto/NBD). Weeks of 7 days whatever the
 * unit; a last, shorter week counts the days there are.
 * Source: Fader, Hardie & Lee (2005), Figures 2–3.
 */
export function holdoutTracking(split: HoldoutSplit, model: CustomerBaseModel): TrackingWeek[] {
  const perUnit = split.calibration.unit === 'week' ? 7 : 1;
  const start = split.firstDay.reduce((min, day) => Math.min(min, day), Number.POSITIVE_INFINITY);
  const weeks = Math.ceil((split.holdoutEnd - start + 1) / 7);
  const actual = new Float64Array(weeks);
  for (const days of split.repeatDays) for (const day of days) actual[Math.floor((day - start) / 7)]!++;
  // Customers sharing a first day share their expectation: one E[X(t)] per distinct first day and week.
  const firstDays = new Map<number, number>();
  for (const day of split.firstDay) firstDays.set(day, (firstDays.get(day) ?? 0) + 1);
  const rows: TrackingWeek[] = [];
  let cumulativeActual = 0;
  let previousExpected = 0;
  for (let k = 0; k < weeks; k++) {
    const lastDay = Math.min(start + 7 * k + 6, split.holdoutEnd);
    let cumulativeExpected = 0;
    for (const [first, count] of firstDays) {
      if (lastDay > first) cumulativeExpected += count * modelExpectedPopulation(model, (lastDay - first) / perUnit);
    }
    cumulativeActual += actual[k]!;
    rows.push({
      week: k + 1,
      firstDay: start + 7 * k,
      holdout: lastDay > split.calibrationEnd,
      actual: actual[k]!,
      expected: cumulativeExpected - previousExpected,
      cumulativeActual,
      cumulativeExpected,
    });
    previousExpected = cumulativeExpected;
  }
  return rows;
}

/** Customers with the same number of calibration purchases: what they did in the holdout and what the model said. */
export interface ConditionalExpectationGroup {
  /** x of the group; the last group holds every x ≥ `from`. */
  readonly from: number;
  readonly andMore: boolean;
  readonly customers: number;
  readonly meanActual: number;
  readonly meanExpected: number;
}

/** How well the model predicted each customer's holdout. */
export interface HoldoutCheck {
  /** Conditional expectations by calibration repeat purchases 0, 1, …, `groups − 1` and more (FHL 2005, Figure 4). */
  readonly byFrequency: ConditionalExpectationGroup[];
  /** Mean |actual − expected| holdout purchases per customer. */
  readonly meanAbsoluteError: number;
  readonly totalActual: number;
  readonly totalExpected: number;
  /** The P(alive) threshold used to call a customer alive. */
  readonly threshold: number;
  /** Share of customers called right: P(alive) ≥ threshold and bought in the holdout, or below it and did not. */
  readonly correctlyFlagged: number;
  /** Of those called alive / lost, how many bought in the holdout. */
  readonly calledAlive: { readonly customers: number; readonly bought: number };
  readonly calledLost: { readonly customers: number; readonly bought: number };
  /** Per customer: P(alive) at the calibration end and expected holdout purchases. */
  readonly pAlive: Float64Array;
  readonly expected: Float64Array;
}

/**
 * Checks a model fitted on the calibration period against the holdout, customer by customer: the conditional
 * expectation E[Y(holdout length) | x, t_x, T] against the purchases made, grouped by x (FHL 2005, Figure 4),
 * the mean absolute error, and how many customers P(alive) ≥ `threshold` flags correctly as buying again.
 * @throws EngineError `invalid-argument` when the threshold is not in (0, 1) or `groups` is not a whole number ≥ 2.
 */
export function holdoutCheck(split: HoldoutSplit, model: CustomerBaseModel, options: { threshold?: number; groups?: number } = {}): HoldoutCheck {
  const threshold = options.threshold ?? 0.5;
  const groups = options.groups ?? 8;
  if (!(threshold > 0 && threshold < 1) || !Number.isInteger(groups) || groups < 2) {
    throw new EngineError('invalid-argument', `阈值须在 0 与 1 之间，分组数须为不小于 2 的整数(threshold must be in (0, 1), groups ≥ 2)`, { threshold, groups });
  }
  const { x, t_x, T } = split.calibration;
  const n = x.length;
  const pAlive = new Float64Array(n);
  const expected = new Float64Array(n);
  const sums = Array.from({ length: groups }, () => ({ customers: 0, actual: 0, expected: 0 }));
  let absoluteError = 0;
  let correct = 0;
  const calledAlive = { customers: 0, bought: 0 };
  const calledLost = { customers: 0, bought: 0 };
  for (let i = 0; i < n; i++) {
    pAlive[i] = modelPAlive(model, x[i]!, t_x[i]!, T[i]!);
    expected[i] = modelConditionalExpected(model, split.holdoutLength, x[i]!, t_x[i]!, T[i]!);
    const actual = split.holdoutPurchases[i]!;
    const group = sums[Math.min(x[i]!, groups - 1)]!;
    group.customers++;
    group.actual += actual;
    group.expected += expected[i]!;
    absoluteError += Math.abs(actual - expected[i]!);
    const alive = pAlive[i]! >= threshold;
    const called = alive ? calledAlive : calledLost;
    called.customers++;
    if (actual > 0) called.bought++;
    if (alive === actual > 0) correct++;
  }
  return {
    byFrequency: sums.map((sum, from) => ({
      from,
      andMore: from === groups - 1,
      customers: sum.customers,
      meanActual: sum.customers > 0 ? sum.actual / sum.customers : 0,
      meanExpected: sum.customers > 0 ? sum.expected / sum.customers : 0,
    })),
    meanAbsoluteError: n > 0 ? absoluteError / n : 0,
    totalActual: split.holdoutPurchases.reduce((a, b) => a + b, 0),
    totalExpected: expected.reduce((a, b) => a + b, 0),
    threshold,
    correctlyFlagged: n > 0 ? correct / n : 0,
    calledAlive,
    calledLost,
    pAlive,
    expected,
  };
}
