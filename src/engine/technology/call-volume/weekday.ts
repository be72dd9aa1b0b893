import { requireIntegerInRange } from '../../core/guards';

const NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/**
 * The Chinese name of the day of the week of a day number (whole days since 1970-01-01, as `dayFromYmd`
 * and the ingest's date columns give), e.g. 星期一. 1970-01-01 was a Thursday.
 *
 * Source: the proleptic Gregorian calendar (ECMAScript's Date.prototype.getUTCDay).
 * @throws EngineError `invalid-day` unless the day is an integer within ±100,000,000.
 * @example chineseWeekday(0) // '星期四' (1970-01-01)
 * @example chineseWeekday(20010) // '星期一' (2024-10-14: 20010 = 7 × 2858 + 4, Thursday + 4 days)
 */
export function chineseWeekday(day: number): string {
  requireIntegerInRange(day, -100_000_000, 100_000_000, { code: 'invalid-day', zh: '日期', en: 'day number' });
  return NAMES[(((day + 4) % 7) + 7) % 7]!;
}
