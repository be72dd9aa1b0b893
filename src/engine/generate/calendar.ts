import { dayFromYmd, formatDay } from '../core/dates';
import { EngineError } from '../core/errors';

// 春节 (first day of the lunar year), from the official holiday notices of the State Council
// (国务院办公厅关于节假日安排的通知) for past years and the Purple Mountain Observatory's calendar ahead.
const SPRING_FESTIVAL: Readonly<Record<number, readonly [number, number]>> = {
  2016: [2, 8], 2017: [1, 28], 2018: [2, 16], 2019: [2, 5], 2020: [1, 25],
  2021: [2, 12], 2022: [2, 1], 2023: [1, 22], 2024: [2, 10], 2025: [1, 29],
  2026: [2, 17], 2027: [2, 6], 2028: [1, 26], 2029: [2, 13], 2030: [2, 3],
};

/** The first and last years the generators have a 春节 date for. */
export const CALENDAR_YEARS = { first: 2016, last: 2030 } as const;

/**
 * The day number (see `dayFromYmd`) of 春节, the Chinese New Year, in `year`.
 * @throws EngineError `year-out-of-range` outside 2016–2030.
 * @example formatDay(springFestivalDay(2024)) // '2024-02-10'
 */
export function springFestivalDay(year: number): number {
  const date = SPRING_FESTIVAL[year];
  if (!date) {
    throw new EngineError('year-out-of-range', `只支持 2016–2030 年的日期(only years 2016–2030 are supported): ${year}`, { year });
  }
  return dayFromYmd(year, date[0], date[1]);
}

/**
 * Day of the week of a day number: 0 Monday … 6 Sunday (1970-01-01, day 0, was a Thursday).
 * @example weekdayOf(0) // 3 (Thursday)
 */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * The calendar year of a day number.
 * @example yearOf(dayFromYmd(2024, 12, 31)) // 2024
 */
export function yearOf(day: number): number {
  return Number(formatDay(day).slice(0, 4));
}

/**
 * `YYYY-MM-DD HH:MM` for a day number and a minute of that day (0–1439).
 * @example formatDateTime(0, 13 * 60 + 5) // '1970-01-01 13:05'
 */
export function formatDateTime(day: number, minuteOfDay: number): string {
  const hour = Math.floor(minuteOfDay / 60);
  const minute = minuteOfDay % 60;
  return `${formatDay(day)} ${pad2(hour)}:${pad2(minute)}`;
}

/** Two-digit zero-padded text. @example pad2(7) // '07' */
export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
