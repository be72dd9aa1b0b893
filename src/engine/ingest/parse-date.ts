import { dayFromYmd, MAX_YEAR, MIN_YEAR } from '../core/dates';
import { quoteCell } from './issue-log';
import { toHalfWidth } from './width';

/** Order of day and month in dates like `1/5/2024`: month first (US Excel) or day first. */
export type DayMonthOrder = 'mdy' | 'dmy';

/** How a date text was written, so a whole file can be checked for one convention. */
export type DateForm = 'ymd' | 'compact' | 'excel-serial' | 'day-month';

/** One date text read: the day number (days since 1970-01-01) or why it cannot be a date. */
export type DateReading =
  | {
      readonly ok: true;
      readonly day: number;
      readonly form: DateForm;
      /** `day-month` only: the first and second number, to decide the order for a whole file. */
      readonly first?: number;
      readonly second?: number;
      /** `day-month` only: the year was written with two digits. */
      readonly twoDigitYear?: boolean;
    }
  | { readonly ok: false; readonly reason: string };

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const YMD_CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_MONTH = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const SERIAL = /^(\d{1,5})(\.\d+)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(am|pm|上午|下午)?\s*(z|[+-]\d{2}:?\d{2})?$/i;

/** Excel's serial 60 is 1900-02-29, a day that did not exist (Lotus 1-2-3's leap-year bug). */
const EXCEL_FAKE_LEAP_DAY = 60;
/** Serial 25569 is 1970-01-01 (day 0) for serials after the fake leap day. */
const EXCEL_SERIAL_OF_DAY_ZERO = 25569;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function calendarDay(year: number, month: number, day: number, text: string): DateReading {
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: `年份不在 ${MIN_YEAR}–${MAX_YEAR} 之间：${quoteCell(text)}` };
  if (month < 1 || month > 12) return { ok: false, reason: `月份不存在：${quoteCell(text)}` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: `日期不存在：${quoteCell(text)}` };
  return { ok: true, day: dayFromYmd(year, month, day), form: 'ymd' };
}

/** Two-digit years as Excel completes them: 00–29 → 2000–2029, 30–99 → 1930–1999. */
export function expandTwoDigitYear(year: number): number {
  return year < 30 ? 2000 + year : 1900 + year;
}

/**
 * Reads one date as written in a CSV cell. Accepted: `2024-01-05`, `2024/1/5`, `2024.1.5`, `2024年1月5日`,
 * `20240105`; `1/5/2024` or `5.1.2024` (day and month in the order given; two-digit years completed as
 * Excel does, 00–29 → 20xx); an Excel serial number (45296 → 2024-01-05; serial 60, Excel's phantom
 * 1900-02-29, is rejected). Each may carry a time after a space or `T` (`13:05`, `13:05:00`, `1:05 PM`,
 * `Z`/`+08:00`), which is checked and then ignored: the calendar date is the one written, with no time
 * zone shift. Full-width digits are accepted. Impossible dates (2024-02-30) and years outside 1000–9999
 * (`0000-01-01`, a typo such as `0202-05-01`) are rejected with a reason.
 *
 * Source: ISO 8601; Microsoft, "Excel incorrectly assumes that the year 1900 is a leap year" (KB 214326).
 * @example parseDate('2024年1月5日 13:05') // { ok: true, day: 19727, form: 'ymd' }
 * @example parseDate('45296') // { ok: true, day: 19727, form: 'excel-serial' } (2024-01-05)
 * @example parseDate('2024-02-30') // { ok: false, reason: '日期不存在:“2024-02-30”' }
 */
export function parseDate(text: string, order: DayMonthOrder = 'mdy'): DateReading {
  const s = toHalfWidth(text).trim();
  if (s === '') return { ok: false, reason: '日期为空' };
  const split = /^(\S+?)(?:(?:T|\s+)(.+))?$/.exec(s);
  const datePart = split?.[1] ?? s;
  const timePart = split?.[2];
  if (timePart !== undefined) {
    const t = TIME.exec(timePart.trim());
    if (!t || Number(t[1]) > 23 || Number(t[2]) > 59 || Number(t[3] ?? 0) > 59) {
      return { ok: false, reason: `无法识别的日期或时间：${quoteCell(text)}` };
    }
  }

  let m = YMD.exec(datePart) ?? YMD_CHINESE.exec(datePart);
  if (m) return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = COMPACT.exec(datePart);
  if (m) {
    const reading = calendarDay(Number(m[1]), Number(m[2]), Number(m[3]), text);
    return reading.ok ? { ...reading, form: 'compact' } : reading;
  }
  m = DAY_MONTH.exec(datePart);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    const twoDigitYear = m[4]!.length === 2;
    const year = twoDigitYear ? expandTwoDigitYear(Number(m[4])) : Number(m[4]);
    const [month, day] = order === 'mdy' ? [first, second] : [second, first];
    const reading = calendarDay(year, month, day, text);
    return reading.ok ? { ...reading, form: 'day-month', first, second, twoDigitYear } : reading;
  }
  m = timePart === undefined ? SERIAL.exec(datePart) : null;
  if (m) {
    const serial = Number(m[1]);
    if (serial < 1) return { ok: false, reason: `Excel 日期序列号必须大于 0：${quoteCell(text)}` };
    if (serial === EXCEL_FAKE_LEAP_DAY) return { ok: false, reason: `Excel 序列号 60 表示不存在的 1900-02-29：${quoteCell(text)}` };
    const day = serial > EXCEL_FAKE_LEAP_DAY ? serial - EXCEL_SERIAL_OF_DAY_ZERO : serial - EXCEL_SERIAL_OF_DAY_ZERO + 1;
    return { ok: true, day, form: 'excel-serial' };
  }
  return { ok: false, reason: `无法识别的日期：${quoteCell(text)}` };
}
