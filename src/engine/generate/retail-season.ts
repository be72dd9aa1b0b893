import { dayFromYmd } from '../core/dates';
import { springFestivalDay, weekdayOf, yearOf } from './calendar';

/** The shopping occasion a day falls in, which shapes how much, what and where people buy. */
export type Occasion =
  | 'none'
  | 'new-year-goods' // 年货: the three weeks before 春节
  | 'spring-festival' // the 春节 holiday week: shops quiet
  | '618' // June 1–17, the run-up to 618
  | '618-day'
  | 'double-11' // November 1–10
  | 'double-11-day'
  | 'double-12-day'
  | 'national-day'; // 国庆, October 1–7

/**
 * The occasion of each day from `startDay` to `endDay` (inclusive), index 0 = startDay.
 * Source: the Chinese retail calendar (春节, 618, 双11, 双12, 国庆); 春节 dates from `springFestivalDay`.
 * @throws EngineError `year-out-of-range` for years without a 春节 date.
 * @example occasionsBetween(dayFromYmd(2024, 11, 11), dayFromYmd(2024, 11, 11)) // ['double-11-day']
 */
export function occasionsBetween(startDay: number, endDay: number): Occasion[] {
  const occasions: Occasion[] = new Array(endDay - startDay + 1).fill('none');
  const mark = (from: number, to: number, occasion: Occasion): void => {
    for (let day = Math.max(from, startDay); day <= Math.min(to, endDay); day += 1) occasions[day - startDay] = occasion;
  };
  const lastYear = yearOf(endDay);
  for (let year = yearOf(startDay); year <= lastYear + 1; year += 1) {
    // next year's 年货 weeks start on 31 December at the earliest (春节 on 21 January)
    if (year > lastYear && endDay < dayFromYmd(lastYear, 12, 31)) break;
    const festival = springFestivalDay(year);
    mark(festival - 21, festival - 1, 'new-year-goods');
    mark(festival, festival + 6, 'spring-festival');
    mark(dayFromYmd(year, 6, 1), dayFromYmd(year, 6, 17), '618');
    mark(dayFromYmd(year, 6, 18), dayFromYmd(year, 6, 18), '618-day');
    mark(dayFromYmd(year, 10, 1), dayFromYmd(year, 10, 7), 'national-day');
    mark(dayFromYmd(year, 11, 1), dayFromYmd(year, 11, 10), 'double-11');
    mark(dayFromYmd(year, 11, 11), dayFromYmd(year, 11, 11), 'double-11-day');
    mark(dayFromYmd(year, 12, 12), dayFromYmd(year, 12, 12), 'double-12-day');
  }
  return occasions;
}

const WEEKDAY_FACTOR = [0.9, 0.88, 0.92, 0.95, 1.08, 1.32, 1.25] as const;

const EVERYDAY_FACTOR: Readonly<Record<Occasion, number>> = {
  none: 1,
  'new-year-goods': 1.7,
  'spring-festival': 0.6,
  '618': 1.12,
  '618-day': 1.9,
  'double-11': 1.15,
  'double-11-day': 2.6,
  'double-12-day': 1.5,
  'national-day': 1.25,
};

const PROMO_FACTOR: Readonly<Record<Occasion, number>> = {
  none: 0.45,
  'new-year-goods': 3,
  'spring-festival': 0.4,
  '618': 3.5,
  '618-day': 14,
  'double-11': 4,
  'double-11-day': 18,
  'double-12-day': 6,
  'national-day': 2,
};

/**
 * Relative chance that a shopper buys on each day, index 0 = `startDay`: weekends higher, peaks for
 * 年货 (rising towards 春节), 618, 双11 and 双12, a quiet 春节 week, and a 10 % growth over the period.
 * `promo` is the bargain hunter's profile: almost only promotion days.
 * @throws never.
 * @example retailDayWeights(['none'], dayFromYmd(2024, 1, 1), 'everyday') // Float64Array [0.9] (a Monday: 0.9 × 1 × 1)
 */
export function retailDayWeights(occasions: readonly Occasion[], startDay: number, profile: 'everyday' | 'promo'): Float64Array {
  const weights = new Float64Array(occasions.length);
  const span = Math.max(1, occasions.length - 1);
  for (let i = 0; i < occasions.length; i += 1) {
    const occasion = occasions[i] as Occasion;
    const weekday = WEEKDAY_FACTOR[weekdayOf(startDay + i)] as number;
    const trend = 1 + (0.1 * i) / span;
    if (profile === 'promo') {
      weights[i] = PROMO_FACTOR[occasion] * (0.5 + 0.5 * weekday) * trend;
    } else {
      let factor = EVERYDAY_FACTOR[occasion];
      if (occasion === 'new-year-goods') factor += rampBeforeFestival(occasions, i);
      weights[i] = factor * weekday * trend;
    }
  }
  return weights;
}

/** 0 at the start of the 年货 weeks, rising to 0.8 on the eve of 春节. */
function rampBeforeFestival(occasions: readonly Occasion[], index: number): number {
  let daysLeft = 0;
  while (occasions[index + daysLeft + 1] === 'new-year-goods') daysLeft += 1;
  return 0.8 * (1 - daysLeft / 20);
}
