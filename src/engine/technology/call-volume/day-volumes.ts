import { formatDay } from '../../core/dates';
import { requireIntegerInRange } from '../../core/guards';
import { chineseWeekday } from './weekday';

/** One row of a call-volume log: the day, the time slot, calls and mean handling time (seconds). */
export interface DatedIntervalVolume {
  /** Whole days since 1970-01-01. */
  readonly day: number;
  readonly slot: string;
  readonly calls: number;
  readonly aht: number;
}

/** One slot of one day. */
export interface DaySlotVolume {
  readonly slot: string;
  readonly calls: number;
  /** Call-weighted mean handling time of the rows merged into the slot (their plain mean without calls). */
  readonly aht: number;
}

/** One day of the log, its slots in time order. */
export interface DayVolumes {
  readonly day: number;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly weekday: string;
  readonly calls: number;
  readonly slots: DaySlotVolume[];
}

export interface CallVolumeDays {
  readonly days: DayVolumes[];
  /** Rows that repeated a (day, slot) already seen and were merged into it. */
  readonly merged: number;
}

/**
 * A half-hourly call log split into days, oldest first, each with its slots in time order (slots sort as
 * text, so `08:00-08:30` comes before `10:00-10:30`). Rows repeating a day and slot are merged: calls
 * added, handling time weighted by calls (Σ calls × aht ÷ Σ calls, the handling time of an average call),
 * and counted in `merged` so a reader can be told.
 *
 * Source: the day-by-half-hour layout of workforce planning (Gans, Koole & Mandelbaum 2003, §3).
 * @throws EngineError `invalid-day` for a day that is not an integer.
 * @example callVolumeDays([{ day: 20010, slot: '10:00', calls: 60, aht: 200 }, { day: 20010, slot: '08:00', calls: 10, aht: 150 },
 *   { day: 20010, slot: '10:00', calls: 40, aht: 150 }])
 *   // days: [{ date: '2024-10-14', weekday: '星期一', calls: 110, slots: [08:00 10 calls 150 s, 10:00 100 calls (12000 + 6000) / 100 = 180 s] }], merged: 1
 */
export function callVolumeDays(rows: readonly DatedIntervalVolume[]): CallVolumeDays {
  const byDay = new Map<number, Map<string, { calls: number; workload: number; ahtSum: number; n: number }>>();
  let merged = 0;
  rows.forEach((row, i) => {
    requireIntegerInRange(row.day, -100_000_000, 100_000_000, { code: 'invalid-day', zh: `第 ${i + 1} 行的日期`, en: `the day of row ${i + 1}` });
    let slots = byDay.get(row.day);
    if (!slots) byDay.set(row.day, (slots = new Map()));
    let slot = slots.get(row.slot);
    if (slot) merged++;
    else slots.set(row.slot, (slot = { calls: 0, workload: 0, ahtSum: 0, n: 0 }));
    slot.calls += row.calls;
    slot.workload += row.calls * row.aht;
    slot.ahtSum += row.aht;
    slot.n++;
  });
  const days = [...byDay.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, slots]): DayVolumes => {
      const list = [...slots.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([slot, s]) => ({ slot, calls: s.calls, aht: s.calls > 0 ? s.workload / s.calls : s.ahtSum / s.n }));
      return { day, date: formatDay(day), weekday: chineseWeekday(day), calls: list.reduce((sum, s) => sum + s.calls, 0), slots: list };
    });
  return { days, merged };
}
