import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callVolumeDays, chineseWeekday, type DatedIntervalVolume } from '~/engine/technology/call-volume';
import { dayFromYmd } from '~/engine/core/dates';
import { expectEngineError } from '../../expect-engine-error';

const row = (day: number, slot: string, calls: number, aht: number): DatedIntervalVolume => Object.freeze({ day, slot, calls, aht });
const MONDAY = dayFromYmd(2024, 10, 14);

describe('chineseWeekday', () => {
  it.each([
    [dayFromYmd(1970, 1, 1), '星期四'], // the epoch
    [dayFromYmd(2024, 10, 14), '星期一'], // call-centre-volumes.csv starts on a Monday (its 星期 column)
    [dayFromYmd(2024, 11, 10), '星期日'], // and ends on a Sunday (manifest description)
    [dayFromYmd(1969, 12, 31), '星期三'], // before the epoch
  ])('day %i is %s', (day, name) => {
    expect(chineseWeekday(day)).toBe(name);
  });

  it('agrees with Date.getUTCDay (property)', () => {
    const names = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
    fc.assert(fc.property(fc.integer({ min: -50_000, max: 80_000 }), (day) => {
      expect(chineseWeekday(day)).toBe(names[new Date(day * 86_400_000).getUTCDay()]);
    }));
  });

  it('rejects a day that is not an integer', () => {
    expectEngineError(() => chineseWeekday(1.5), 'invalid-day');
  });
});

describe('callVolumeDays', () => {
  it('splits a log into days, slots in time order, merging repeated slots (by hand)', () => {
    // 10:00 twice: 60 + 40 = 100 calls; aht (60 × 200 + 40 × 150) / 100 = 18,000 / 100 = 180 s.
    const result = callVolumeDays(Object.freeze([row(MONDAY + 1, '10:00-10:30', 5, 100), row(MONDAY, '10:00-10:30', 60, 200), row(MONDAY, '08:00-08:30', 10, 150), row(MONDAY, '10:00-10:30', 40, 150)]));
    expect(result.merged).toBe(1);
    expect(result.days).toEqual([
      { day: MONDAY, date: '2024-10-14', weekday: '星期一', calls: 110, slots: [{ slot: '08:00-08:30', calls: 10, aht: 150 }, { slot: '10:00-10:30', calls: 100, aht: 180 }] },
      { day: MONDAY + 1, date: '2024-10-15', weekday: '星期二', calls: 5, slots: [{ slot: '10:00-10:30', calls: 5, aht: 100 }] },
    ]);
  });

  it('takes the plain mean handling time of merged slots without calls; an empty log has no days', () => {
    expect(callVolumeDays([row(MONDAY, 'a', 0, 100), row(MONDAY, 'a', 0, 200)]).days[0]!.slots[0]).toEqual({ slot: 'a', calls: 0, aht: 150 });
    expect(callVolumeDays([])).toEqual({ days: [], merged: 0 });
  });

  it('rejects a day that is not an integer, naming the row', () => {
    expect(expectEngineError(() => callVolumeDays([row(MONDAY, 'a', 1, 1), row(Number.NaN, 'a', 1, 1)]), 'invalid-day').message).toContain('第 2 行');
  });

  it('keeps every call, each (day, slot) once, days and slots sorted (property)', () => {
    const rows = fc.array(fc.record({ day: fc.integer({ min: MONDAY, max: MONDAY + 6 }), slot: fc.constantFrom('08:00', '08:30', '09:00', '12:00'), calls: fc.integer({ min: 0, max: 300 }), aht: fc.integer({ min: 1, max: 600 }) }), { maxLength: 60 });
    fc.assert(fc.property(rows, (input) => {
      const { days, merged } = callVolumeDays(input);
      const total = days.reduce((s, d) => s + d.slots.reduce((t, x) => t + x.calls, 0), 0);
      expect(total).toBe(input.reduce((s, r) => s + r.calls, 0));
      const distinct = new Set(input.map((r) => `${r.day}|${r.slot}`)).size;
      expect(merged).toBe(input.length - distinct);
      expect(days.reduce((s, d) => s + d.slots.length, 0)).toBe(distinct);
      for (let i = 1; i < days.length; i++) expect(days[i]!.day).toBeGreaterThan(days[i - 1]!.day);
      for (const d of days) {
        const slots = d.slots.map((s) => s.slot);
        expect(slots).toEqual([...slots].sort());
        expect(d.calls).toBe(d.slots.reduce((s, x) => s + x.calls, 0));
      }
    }));
  });
});
