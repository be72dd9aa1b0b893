import { groupPurchaseDays } from '../core/customer-purchase-days';
import { yearMonthOfDay } from '../core/dates';
import { EngineError } from '../core/errors';
import type { Transactions } from '../core/types';

/** The length of a cohort period. */
export type CohortPeriod = 'month' | 'quarter';

/** The most periods a cohort table may span (50 years of months): the triangle grows with the square of the span. */
export const MAX_COHORT_PERIODS = 600;

/** One cohort: the customers whose first purchase fell in the same period. */
export interface CohortRow {
  /** The period of the first purchase: `2024-01` for a month, `2024-Q1` for a quarter. */
  readonly cohort: string;
  /** Index of that period in `CohortRetention.periods`. */
  readonly start: number;
  /** Customers in the cohort. */
  readonly size: number;
  /** active[k]: customers of the cohort who bought in the k-th period after their first (active[0] = size). */
  readonly active: number[];
  /** share[k] = active[k] / size. */
  readonly share: number[];
}

/** A cohort table: a triangle, one row per cohort, each row as long as the data lets it run. */
export interface CohortRetention {
  readonly period: CohortPeriod;
  /** Every period from the first purchase in the data to the last, empty ones included. */
  readonly periods: string[];
  /** Cohorts in time order; periods in which no customer bought for the first time have no row. */
  readonly cohorts: CohortRow[];
  /** Customers in all cohorts together. */
  readonly customers: number;
}

/**
 * Cohort retention (同期群留存): customers are grouped by the month (or quarter) of their first
 * purchase; for each cohort and each later period k = 0, 1, … up to the last period in the data,
 * the table counts the cohort's customers who bought in that period and their share of the cohort.
 * A customer counts as active in a period when they bought at least once in it (returns, i.e.
 * negative amounts, are not purchases). Read across a row for one cohort's retention curve, down a
 * column to compare cohorts at the same age.
 * Source: the standard cohort (同期群) analysis of retention in marketing analytics; used in the course's
 * chapter 9 (客户忠诚) to read loyalty from transactions.
 * @throws EngineError `invalid-argument` for a period other than month or quarter; `span-too-long` when the
 *   purchases span more than `MAX_COHORT_PERIODS` periods (usually a mistyped date such as 9999-12-31).
 * @example A buys in Jan and Mar, B in Jan, C in Feb: cohorts 2024-01 (size 2, active [2, 0, 1], share [1, 0, 0.5])
 *   and 2024-02 (size 1, active [1, 0], share [1, 0]); periods 2024-01 … 2024-03.
 */
export function cohortRetention(tx: Transactions, options: { readonly period: CohortPeriod } = { period: 'month' }): CohortRetention {
  const period = options.period;
  if (period !== 'month' && period !== 'quarter') {
    throw new EngineError('invalid-argument', `周期必须是 month 或 quarter，当前为 ${String(period)}(period must be month or quarter)`, { period });
  }
  const monthsPerPeriod = period === 'month' ? 1 : 3;
  const periodOf = (day: number) => Math.floor(monthIndex(day) / monthsPerPeriod);
  const grouped = groupPurchaseDays(tx);
  const customerCount = grouped.customerIndex.length;
  if (customerCount === 0) return { period, periods: [], cohorts: [], customers: 0 };

  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const day of grouped.days) {
    const p = periodOf(day);
    if (p < first) first = p;
    if (p > last) last = p;
  }
  const width = last - first + 1;
  if (width > MAX_COHORT_PERIODS) {
    const unit = period === 'month' ? '个月' : '个季度';
    const from = labelOf(first, period);
    const to = labelOf(last, period);
    throw new EngineError(
      'span-too-long',
      `购买日期从 ${from} 到 ${to}，跨越 ${width} ${unit}，超过同期群表的上限 ${MAX_COHORT_PERIODS} 期；请检查有没有写错的日期（如表示“无结束日期”的 9999-12-31）(the purchases span ${width} periods, from ${from} to ${to}; a cohort table holds at most ${MAX_COHORT_PERIODS})`,
      { first: from, last: to, periods: width, max: MAX_COHORT_PERIODS },
    );
  }
  // counts[c][k] for cohort period c (relative to first) and age k.
  const counts = Array.from({ length: width }, (_, c) => new Array<number>(width - c).fill(0));
  for (let k = 0; k < customerCount; k++) {
    const from = grouped.offsets[k]!;
    const to = grouped.offsets[k + 1]!;
    const cohort = periodOf(grouped.days[from]!) - first;
    let previous = -1;
    for (let i = from; i < to; i++) {
      const age = periodOf(grouped.days[i]!) - first - cohort;
      if (age !== previous) counts[cohort]![age]!++;
      previous = age;
    }
  }

  const periods = Array.from({ length: width }, (_, c) => labelOf(first + c, period));
  const cohorts: CohortRow[] = [];
  counts.forEach((active, c) => {
    const size = active[0]!;
    if (size > 0) cohorts.push({ cohort: periods[c]!, start: c, size, active, share: active.map((n) => n / size) });
  });
  return { period, periods, cohorts, customers: customerCount };
}

function monthIndex(day: number): number {
  const { year, month } = yearMonthOfDay(day);
  return year * 12 + month - 1;
}

function labelOf(index: number, period: CohortPeriod): string {
  if (period === 'quarter') return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
