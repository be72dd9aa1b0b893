import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, dayOfLocalDate, formatDay, yearMonthOfDay } from '~/engine/core/dates';

describe('dayFromYmd and formatDay', () => {
  it('take years 0–99 as written (Date.UTC would move them to 1900–1999)', () => {
    // Checked against setUTCFullYear, which does not remap two-digit years.
    const probe = new Date(0);
    probe.setUTCFullYear(50, 0, 1);
    expect(dayFromYmd(50, 1, 1)).toBe(probe.getTime() / 86_400_000);
    expect(dayFromYmd(50, 1, 1)).not.toBe(dayFromYmd(1950, 1, 1));
    expect(formatDay(dayFromYmd(0, 1, 1))).toBe('0000-01-01');
    expect(formatDay(dayFromYmd(99, 12, 31))).toBe('0099-12-31');
  });

  it('write the day after 9999-12-31 without a sign (toISOString gives +010000-01-01)', () => {
    expect(formatDay(dayFromYmd(9999, 12, 31) + 1)).toBe('10000-01-01');
  });

  it('round-trip every date of the years 1000–9999, and agree with Date.UTC from 1900', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const day = dayFromYmd(y, m, d);
        expect(formatDay(day)).toBe(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
        expect(yearMonthOfDay(day)).toEqual({ year: y, month: m });
        if (y >= 1900) expect(day).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
      }),
    );
  });

  it('dayOfLocalDate reads the calendar date where the caller is', () => {
    expect(formatDay(dayOfLocalDate(new Date(2024, 0, 5, 23, 59)))).toBe('2024-01-05');
    expect(formatDay(dayOfLocalDate(new Date(2024, 0, 5, 0, 1)))).toBe('2024-01-05');
  });
});
