import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromYmd } from '~/engine/core/dates';
import { occasionsBetween, retailDayWeights } from '~/engine/generate/retail-season';

describe('occasionsBetween', () => {
  it.each([
    [2024, 11, 11, 'double-11-day'],
    [2024, 11, 5, 'double-11'],
    [2024, 6, 18, '618-day'],
    [2024, 6, 1, '618'],
    [2024, 12, 12, 'double-12-day'],
    [2024, 10, 3, 'national-day'],
    [2024, 2, 9, 'new-year-goods'], // the eve of 春节 2024-02-10
    [2024, 1, 20, 'new-year-goods'], // 21 days before
    [2024, 1, 19, 'none'], // 22 days before
    [2024, 2, 16, 'spring-festival'], // the 7th day of the holiday week
    [2024, 2, 17, 'none'],
    [2024, 3, 15, 'none'],
  ])('%d-%d-%d is %s', (y, m, d, occasion) => {
    const day = dayFromYmd(y, m, d);
    expect(occasionsBetween(day, day)).toEqual([occasion]);
  });

  it('年货 weeks that cross the new year are marked from the next year\'s 春节', () => {
    // 春节 2025 is 2025-01-29, so 2025-01-08 … 2025-01-28 are 年货 days; 2024-12-31 is not.
    const from = dayFromYmd(2024, 12, 31);
    const occasions = occasionsBetween(from, dayFromYmd(2025, 1, 28));
    expect(occasions[0]).toBe('none');
    expect(occasions.filter((o) => o === 'new-year-goods')).toHaveLength(21);
  });
});

describe('retailDayWeights', () => {
  it('hand-checked weights', () => {
    // 2024-01-01 was a Monday: 0.9 × 1 (no occasion) × 1 (no growth on the first day).
    expect(Array.from(retailDayWeights(['none'], dayFromYmd(2024, 1, 1), 'everyday'))).toEqual([0.9]);
    // Two days: Monday none (0.9) and Tuesday 双11 (2.6 × 0.88 × 1.1 growth on the last day).
    const two = retailDayWeights(['none', 'double-11-day'], dayFromYmd(2024, 1, 1), 'everyday');
    expect(two[1]).toBeCloseTo(2.6 * 0.88 * 1.1, 12);
    // The bargain hunter's profile: 双11 day 18 × (0.5 + 0.5 × 0.88) × 1.1.
    expect(retailDayWeights(['none', 'double-11-day'], dayFromYmd(2024, 1, 1), 'promo')[1]).toBeCloseTo(18 * 0.94 * 1.1, 12);
  });

  it('the 年货 weight rises towards 春节 and weekends outweigh weekdays', () => {
    const start = dayFromYmd(2023, 1, 2);
    const end = dayFromYmd(2024, 12, 29);
    const occasions = occasionsBetween(start, end);
    const weights = retailDayWeights(occasions, start, 'everyday');
    const eve = dayFromYmd(2024, 2, 9) - start;
    expect(weights[eve]! / weights[eve - 14]!).toBeGreaterThan(1); // both Fridays, the later one nearer 春节
    fc.assert(
      fc.property(fc.integer({ min: 0, max: occasions.length - 7 }), (i) => {
        // any week of ordinary days: its Saturday weighs more than its Wednesday
        const week = occasions.slice(i, i + 7);
        if (week.some((o) => o !== 'none')) return;
        const saturday = i + ((5 - ((start + i + 3) % 7) + 7) % 7);
        const wednesday = i + ((2 - ((start + i + 3) % 7) + 7) % 7);
        expect(weights[saturday]!).toBeGreaterThan(weights[wednesday]!);
      }),
    );
  });
});
