import { formatDay } from '../core/dates';
import { parseDate, type DayMonthOrder } from './parse-date';

/** The distinct date texts of a file, read under one convention. */
export interface ResolvedDates {
  /** Per text: the day number, or NaN when it is not a date. */
  readonly days: Float64Array;
  /** Per text: why it is not a date (Chinese), or null. */
  readonly reasons: readonly (string | null)[];
  /** Conventions chosen that a reader should know about (Chinese, one line each). */
  readonly warnings: readonly string[];
}

/**
 * Reads all distinct date texts of one column, choosing the day/month order for the whole file from the
 * evidence: a first number over 12 (`13/1/2024`) means day first, a second number over 12 (`1/13/2024`)
 * month first. With no evidence the order is month first (what US Excel writes) and a warning says so;
 * with evidence both ways each text is read by itself and a warning says the file mixes orders.
 * Two-digit years and Excel serial numbers are read and reported in a warning.
 *
 * @example resolveDates(['13/1/2024', '2/1/2024']).days // [19735, 19724] (2024-01-13, 2024-01-02)
 */
export function resolveDates(texts: readonly string[]): ResolvedDates {
  const firstPass = texts.map((text) => parseDate(text, 'mdy'));
  let dayFirstEvidence = false;
  let monthFirstEvidence = false;
  let ambiguous = 0;
  let twoDigitYear: string | null = null;
  let serial: string | null = null;
  texts.forEach((text, i) => {
    const probe = parseDate(text, 'dmy');
    const reading = firstPass[i]!.ok ? firstPass[i]! : probe;
    if (!reading.ok) return;
    if (reading.form === 'excel-serial') serial ??= text;
    if (reading.form !== 'day-month') return;
    if (reading.twoDigitYear) twoDigitYear ??= text;
    if (reading.first! > 12) dayFirstEvidence = true;
    else if (reading.second! > 12) monthFirstEvidence = true;
    else if (reading.first !== reading.second) ambiguous++;
  });

  const warnings: string[] = [];
  let order: DayMonthOrder | 'each' = 'mdy';
  if (dayFirstEvidence && monthFirstEvidence) {
    order = 'each';
    warnings.push('日期列同时出现“日/月/年”和“月/日/年”两种写法，已逐个判断；无法判断的按 月/日/年 读取');
  } else if (dayFirstEvidence) {
    order = 'dmy';
    if (ambiguous > 0) warnings.push('日期按 日/月/年 读取（文件中有大于 12 的首位数字，如 13/1/2024）');
  } else if (ambiguous > 0 && !monthFirstEvidence) {
    warnings.push('日期写成 a/b/年份 且无法判断顺序，已按 月/日/年 读取（如 1/5/2024 = 2024-01-05）；如不对，请改成 2024-05-01 的写法');
  }
  if (twoDigitYear !== null) warnings.push(`日期用两位数年份（如“${twoDigitYear}”），已按 Excel 规则补全：00–29 为 20xx 年，30–99 为 19xx 年`);

  const days = new Float64Array(texts.length);
  const reasons: (string | null)[] = [];
  texts.forEach((text, i) => {
    let reading = firstPass[i]!;
    if (order === 'dmy') reading = parseDate(text, 'dmy');
    else if (order === 'each' && !reading.ok) {
      const other = parseDate(text, 'dmy');
      if (other.ok) reading = other;
    }
    days[i] = reading.ok ? reading.day : Number.NaN;
    reasons.push(reading.ok ? null : reading.reason);
  });
  if (serial !== null) {
    const i = texts.indexOf(serial);
    if (!Number.isNaN(days[i]!)) warnings.push(`日期是 Excel 序列号，已换算成日期（如 ${serial} = ${formatDay(days[i]!)}）`);
  }
  return { days, reasons, warnings };
}
