const MS_PER_DAY = 86_400_000;

/**
 * Whole days since 1970-01-01 for a calendar date (no time zone: the date as written).
 * @example dayFromYmd(1970, 1, 2) // 1
 */
export function dayFromYmd(year: number, month: number, dayOfMonth: number): number {
  return Math.round(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
}

/**
 * The ISO date `YYYY-MM-DD` of a day number from `dayFromYmd`.
 * @example formatDay(0) // '1970-01-01'
 */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
