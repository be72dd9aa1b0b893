import { groupPurchaseDays } from '../core/customer-purchase-days';
import { EngineError } from '../core/errors';
import type { Transactions } from '../core/types';

/** The time unit of a BG/NBD summary. */
export type BgNbdUnit = 'day' | 'week';

/** Options for `summariseForBgNbd`. */
export interface BgNbdSummaryOptions {
  readonly unit: BgNbdUnit;
  /** The last day of the calibration period (a day number, see `dayFromYmd`); default: the last day in the data. */
  readonly calibrationEnd?: number;
}

/** One entry per customer in each array: what the BG/NBD and Gamma-Gamma models read. */
export interface BgNbdSummary {
  /** Customer ids, in order of first appearance in the transactions. */
  readonly customers: string[];
  /** Repeat purchases: distinct purchase days after the first one. */
  readonly x: Float64Array;
  /** Time from the first to the last purchase (0 when x = 0). */
  readonly t_x: Float64Array;
  /** Time from the first purchase to the end of the calibration period. */
  readonly T: Float64Array;
  /** Mean amount per repeat purchase day (0 when x = 0): the Gamma-Gamma model's z̄. */
  readonly zbar: Float64Array;
  readonly unit: BgNbdUnit;
  /** The calibration end actually used (a day number). */
  readonly calibrationEnd: number;
}

/**
 * Summarises transactions the way the BG/NBD model needs them: for each customer with a purchase on
 * or before the calibration end, x = the number of repeat purchases, t_x = the time from the first
 * to the last purchase and T = the time from the first purchase to the calibration end, in days or
 * weeks (days / 7). Purchases on the same day are merged into one (their amounts added), rows after
 * the calibration end are ignored, and returns (negative amounts) are ignored; zero-amount rows
 * count as purchases, as in the CDNOW data. The calibration end defaults to the last day that occurs
 * in the data (any row), so a customer who bought only on that day has T = 0.
 * Source: Fader, Hardie & Lee (2005), "Counting your customers the easy way", Marketing Science
 * 24(2):275–284, §2; lifetimes' `summary_data_from_transaction_data`.
 * @throws EngineError `invalid-argument` when the unit or the calibration end is not valid.
 * @example purchases on days 0, 0, 14 and 21, calibration end 28, unit week:
 *   x = 2, t_x = 3 (21 days), T = 4 (28 days), zbar = mean of the amounts on days 14 and 21.
 */
export function summariseForBgNbd(tx: Transactions, options: BgNbdSummaryOptions): BgNbdSummary {
  if (options.unit !== 'day' && options.unit !== 'week') {
    throw new EngineError('invalid-argument', `时间单位必须是 day 或 week，当前为 ${String(options.unit)}(unit must be day or week)`, {
      unit: options.unit,
    });
  }
  const calibrationEnd = options.calibrationEnd ?? lastDayOf(tx);
  if (!Number.isInteger(calibrationEnd)) {
    throw new EngineError('invalid-argument', `观察期结束日必须是整数天数(the calibration end must be a whole day number)`, { calibrationEnd });
  }
  const perUnit = options.unit === 'week' ? 7 : 1;
  const grouped = groupPurchaseDays(tx, { lastDay: calibrationEnd });
  const n = grouped.customerIndex.length;
  const summary = {
    customers: Array.from(grouped.customerIndex, (c) => tx.customers[c]!),
    x: new Float64Array(n),
    t_x: new Float64Array(n),
    T: new Float64Array(n),
    zbar: new Float64Array(n),
    unit: options.unit,
    calibrationEnd,
  };
  for (let k = 0; k < n; k++) {
    const from = grouped.offsets[k]!;
    const to = grouped.offsets[k + 1]!;
    const first = grouped.days[from]!;
    let repeatSpend = 0;
    for (let i = from + 1; i < to; i++) repeatSpend += grouped.amounts[i]!;
    summary.x[k] = to - from - 1;
    summary.t_x[k] = (grouped.days[to - 1]! - first) / perUnit;
    summary.T[k] = (calibrationEnd - first) / perUnit;
    summary.zbar[k] = to - from > 1 ? repeatSpend / (to - from - 1) : 0;
  }
  return summary;
}

function lastDayOf(tx: Transactions): number {
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < tx.length; i++) if (tx.day[i]! > last) last = tx.day[i]!;
  return Number.isFinite(last) ? last : 0;
}
