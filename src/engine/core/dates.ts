const MS_PER_DAY = 86_400_000;

/** The earliest and latest calendar years a date in a file may have (docs/contracts.md §4): older or later is a typo or a placeholder. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/**
 * Whole days since 1970-01-01 for a calendar date (no time zone: the date as written). Every year is
 * taken as written: unlike `Date.UTC`, years 0–99 are not moved to 1900–1999. A month or day out of
 * range rolls over as in `Date.UTC` (month 13 = January of the next year).
 * @example dayFromYmd(1970, 1, 2) // 1
 * @example dayFromYmd(50, 1, 1) // -700_020 (the year 50, not 1950)
 */
export function dayFromYmd(year: number, month: number, dayOfMonth: number): number {
  if (!(year >= 0 && year < 100)) return Math.round(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/**
 * The ISO date `YYYY-MM-DD` of a day number from `dayFromYmd`. The year has at least four digits and
 * never a sign for years 0–99999 (`10000-01-01`, where `toISOString` would write `+010000-01-01`).
 * @example formatDay(0) // '1970-01-01'
 * @example formatDay(dayFromYmd(9999, 12, 31) + 1) // '10000-01-01'
 */
export function formatDay(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const yyyy = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${yyyy}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The calendar year and month (1–12) of a day number.
 * @example yearMonthOfDay(0) // { year: 1970, month: 1 }
 */
export function yearMonthOfDay(day: number): { year: number; month: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/**
 * The day number of a moment's calendar date where the caller is (its local time zone): how the command
 * line and the widgets give the engine "today" (the engine itself never reads the clock).
 * @example dayOfLocalDate(new Date(2024, 0, 5, 23, 59)) // 19727 (2024-01-05)
 */
export function dayOfLocalDate(moment: Date): number {
  return dayFromYmd(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}
