import { EngineError } from '../core/errors';
import type { TransactionRecord } from '../core/transactions-from-records';

/** One cohort of a worked example: its first month and the customers active k months on (active[0] = size). */
export interface CohortCountsByMonth {
  /** `YYYY-MM`. */
  readonly cohort: string;
  readonly active: readonly number[];
}

/**
 * Transactions that realise a cohort table, so a worked example can be read by the same analysis as a file:
 * the cohort's customers (ids `<YYMM>-<nnn>`) each buy on the 5th of their first month, and in the k-th month
 * after it the first active[k] of them buy once more, on the 15th. Reading the records back with
 * `cohortRetention` gives exactly the counts given.
 * Source: course chapter 9 (例题 豆叶咖啡的会员同期群留存表); a construction for teaching, not a model.
 * @throws EngineError `invalid-argument` for a month that is not `YYYY-MM`, `invalid-count` for a count that is
 *   not a whole number from 0 to the cohort's size.
 * @example cohortExampleRecords([{ cohort: '2024-01', active: [2, 1] }])
 *   // 2401-001 on 2024-01-05 and 2024-02-15, 2401-002 on 2024-01-05 (amount 30 each)
 */
export function cohortExampleRecords(cohorts: readonly CohortCountsByMonth[], amount = 30): TransactionRecord[] {
  const records: TransactionRecord[] = [];
  for (const { cohort, active } of cohorts) {
    const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(cohort);
    if (!match) throw new EngineError('invalid-argument', `入会月份必须写成 YYYY-MM，当前为“${cohort}”(the cohort month must be YYYY-MM)`, { cohort });
    const year = Number(match[1]);
    const month = Number(match[2]) - 1;
    const size = active[0] ?? 0;
    active.forEach((n, k) => {
      if (!Number.isInteger(n) || n < 0 || n > size) {
        throw new EngineError('invalid-count', `${cohort} 这批第 ${k} 月的人数必须是 0 到 ${size} 之间的整数，当前为 ${n}(a count must be a whole number from 0 to the cohort size)`, { cohort, k, n });
      }
    });
    const id = (i: number) => `${String(year % 100).padStart(2, '0')}${String(month + 1).padStart(2, '0')}-${String(i + 1).padStart(3, '0')}`;
    const ymd = (k: number, day: number) => {
      const m = month + k;
      return `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    };
    for (let i = 0; i < size; i++) records.push({ customer: id(i), date: ymd(0, 5), amount });
    active.forEach((n, k) => {
      if (k === 0) return;
      for (let i = 0; i < n; i++) records.push({ customer: id(i), date: ymd(k, 15), amount });
    });
  }
  return records;
}

/** Chapter 9's 豆叶咖啡 cohort table (the chapter writes 1–3 月; the year 2024 is assumed). */
export const COHORT_CHAPTER_EXAMPLE: readonly CohortCountsByMonth[] = Object.freeze([
  { cohort: '2024-01', active: [200, 110, 90, 80] },
  { cohort: '2024-02', active: [250, 150, 120] },
  { cohort: '2024-03', active: [160, 80] },
]);
