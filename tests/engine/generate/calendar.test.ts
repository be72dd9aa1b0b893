import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromYmd, formatDay } from '~/engine/core/dates';
import { formatDateTime, pad2, springFestivalDay, weekdayOf, yearOf } from '~/engine/generate/calendar';
import { expectEngineError } from '../expect-engine-error';

describe('springFestivalDay', () => {
  // 春节 dates from the State Council's yearly holiday notices (国务院办公厅关于节假日安排的通知);
  // each also checked to be the day of the week printed on a wall calendar.
  it.each([
    [2016, '2016-02-08', '星期一'],
    [2020, '2020-01-25', '星期六'],
    [2023, '2023-01-22', '星期日'],
    [2024, '2024-02-10', '星期六'],
    [2025, '2025-01-29', '星期三'],
    [2026, '2026-02-17', '星期二'],
  ])('%d → %s (%s)', (year, date, weekday) => {
    const day = springFestivalDay(year);
    expect(formatDay(day)).toBe(date);
    expect(['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'][weekdayOf(day)]).toBe(weekday);
  });

  it('always falls between 21 January and 20 February', () => {
    for (let year = 2016; year <= 2030; year += 1) {
      const day = springFestivalDay(year);
      expect(day).toBeGreaterThanOrEqual(dayFromYmd(year, 1, 21));
      expect(day).toBeLessThanOrEqual(dayFromYmd(year, 2, 20));
    }
  });

  it('refuses years it has no date for', () => {
    expectEngineError(() => springFestivalDay(2015), 'year-out-of-range');
    expectEngineError(() => springFestivalDay(2031), 'year-out-of-range');
  });
});

describe('weekdayOf, yearOf, formatDateTime', () => {
  it('hand-checked days', () => {
    expect(weekdayOf(0)).toBe(3); // 1970-01-01 was a Thursday
    expect(weekdayOf(dayFromYmd(2024, 10, 14))).toBe(0); // a Monday
    expect(weekdayOf(-1)).toBe(2); // 1969-12-31, a Wednesday
    expect(yearOf(dayFromYmd(2024, 12, 31))).toBe(2024);
    expect(yearOf(dayFromYmd(2025, 1, 1))).toBe(2025);
    expect(formatDateTime(dayFromYmd(2024, 2, 29), 13 * 60 + 5)).toBe('2024-02-29 13:05');
    expect(formatDateTime(0, 0)).toBe('1970-01-01 00:00');
    expect(pad2(7)).toBe('07');
    expect(pad2(23)).toBe('23');
  });

  it('weekdays advance one a day and formatDateTime always gives a valid minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30000 }), fc.integer({ min: 0, max: 1439 }), (day, minute) => {
        expect(weekdayOf(day + 1)).toBe((weekdayOf(day) + 1) % 7);
        expect(formatDateTime(day, minute)).toMatch(/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d$/);
      }),
    );
  });
});
