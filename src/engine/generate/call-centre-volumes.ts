import { dayFromYmd, formatDay } from '../core/dates';
import { pad2, springFestivalDay, weekdayOf, yearOf } from './calendar';
import type { Random } from './random';
import type { GeneratedTable } from './table';

/** What a call-centre file is made from. */
export interface CallCentreParams {
  /** First day (day number); must be a Monday. */
  readonly startDay: number;
  readonly weeks: number;
  /** Expected calls on an ordinary Wednesday. */
  readonly callsPerDay: number;
  /** Mean handling time in seconds. */
  readonly aht: number;
}

/** The committed `call-centre-volumes.csv`: four weeks from Monday 2024-10-14, no public holiday inside. */
export const defaultCallCentreParams: CallCentreParams = { startDay: dayFromYmd(2024, 10, 14), weeks: 4, callsPerDay: 1550, aht: 205 };

/**
 * A student's own parameters: four weeks starting on a Monday in 2023–2025 that keeps clear of 春节,
 * 五一, 国庆 and 双11, 1,300–1,800 calls on a Wednesday and a mean handling time of 180–240 s.
 * @throws never.
 * @example weekdayOf(varyCallCentreParams(createRandom(9)).startDay) // 0 (a Monday)
 */
export function varyCallCentreParams(random: Random): CallCentreParams {
  const firstMonday = dayFromYmd(2023, 1, 2);
  for (;;) {
    const startDay = firstMonday + 7 * random.int(0, 150);
    if (!clearOfHolidays(startDay, startDay + 27)) continue;
    return { startDay, weeks: 4, callsPerDay: random.int(1300, 1800), aht: random.int(180, 240) };
  }
}

/** Relative calls per half hour from 08:00 to 20:00 (24 slots): a morning peak and an afternoon plateau. */
const SLOT_WEIGHTS = [0.35, 0.55, 0.85, 1, 1.1, 1.15, 1.05, 0.9, 0.6, 0.55, 0.7, 0.85, 0.95, 1, 0.98, 0.92, 0.85, 0.78, 0.7, 0.6, 0.5, 0.42, 0.35, 0.28] as const;
/** Monday to Sunday: Monday carries the weekend's backlog. */
const DAY_FACTOR = [1.25, 1.08, 1, 0.98, 0.95, 0.55, 0.45] as const;
const WEEKDAY_NAMES = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] as const;
const SLOT_SECONDS = 1800;
/** The roster: agents per slot for an average Wednesday at 75 % occupancy, the same every weekday. */
const PLANNED_OCCUPANCY = 0.75;

/**
 * Calls to a customer-service centre per half hour, 08:00–20:00, over whole weeks: calls, mean handling
 * time (s) and abandoned calls. Calls are Poisson around a daily curve (morning peak, lunch dip,
 * afternoon plateau), a weekly curve (Monday peak 1.25 × a Wednesday, quiet weekends) and a small weekly
 * growth. The roster is sized for an average Wednesday (agents = traffic / 0.75, weekends × 0.6), so
 * Monday mornings overload it: abandonment = 1.5 % + 3.2 · (occupancy − 0.75)² above 75 % occupancy,
 * at most 40 %. The data is for sizing the roster with Erlang C.
 * Source: Gans, Koole & Mandelbaum, "Telephone call centers: tutorial, review, and research prospects"
 * (2003), M&SOM 5(2): Poisson arrivals, intraday and weekly patterns.
 * @throws never.
 * @example generateCallCentreVolumes(defaultCallCentreParams, createRandom(6)).rows // 672 (28 days × 24 slots)
 */
export function generateCallCentreVolumes(params: CallCentreParams, random: Random): GeneratedTable {
  const slotSum = SLOT_WEIGHTS.reduce((a, b) => a + b, 0);
  const date: string[] = [];
  const weekday: string[] = [];
  const slot: string[] = [];
  const calls: number[] = [];
  const aht: number[] = [];
  const abandoned: number[] = [];
  for (let d = 0; d < params.weeks * 7; d += 1) {
    const day = params.startDay + d;
    const dow = weekdayOf(day);
    const growth = 1 + 0.02 * Math.floor(d / 7);
    for (let s = 0; s < SLOT_WEIGHTS.length; s += 1) {
      const share = (SLOT_WEIGHTS[s] as number) / slotSum;
      const expected = params.callsPerDay * share * (DAY_FACTOR[dow] as number) * growth;
      const n = random.poisson(expected);
      const handling = Math.max(90, Math.round(params.aht + (s >= 18 ? 25 : s < 4 ? -10 : 0) + (dow === 0 ? 10 : 0) + 12 * random.normal()));
      const plannedTraffic = (params.callsPerDay * share * params.aht) / SLOT_SECONDS;
      const agents = Math.max(2, Math.ceil((plannedTraffic / PLANNED_OCCUPANCY) * (dow >= 5 ? 0.6 : 1)));
      const occupancy = (n * handling) / SLOT_SECONDS / agents;
      const excess = Math.max(0, occupancy - 0.75);
      const rate = Math.min(0.4, 0.015 + 3.2 * excess * excess);
      date.push(formatDay(day));
      weekday.push(WEEKDAY_NAMES[dow] as string);
      slot.push(slotLabel(s));
      calls.push(n);
      aht.push(handling);
      abandoned.push(random.binomial(n, rate));
    }
  }
  return {
    columns: CALL_CENTRE_COLUMNS,
    data: { 日期: date, 星期: weekday, 时段: slot, 来电量: calls, '平均处理时长(秒)': aht, 放弃数: abandoned },
    rows: date.length,
  };
}

/** The data dictionary of the call-centre file. */
export const CALL_CENTRE_COLUMNS = [
  { name: '日期', type: 'date', meaning: '日期（年-月-日）' },
  { name: '星期', type: 'string', meaning: '星期几' },
  { name: '时段', type: 'string', meaning: '半小时时段，如 08:00-08:30' },
  { name: '来电量', type: 'integer', meaning: '该时段打进的电话数（含放弃的）' },
  { name: '平均处理时长(秒)', type: 'integer', meaning: '该时段已接通电话的平均处理时长 AHT（通话 + 话后处理，秒）' },
  { name: '放弃数', type: 'integer', meaning: '客户等待中挂断、未接通的电话数；放弃率 = 放弃数 ÷ 来电量' },
] as const satisfies GeneratedTable['columns'];

/** `08:00-08:30` for slot 0. */
function slotLabel(slot: number): string {
  const from = 8 * 60 + slot * 30;
  const to = from + 30;
  return `${pad2(Math.floor(from / 60))}:${pad2(from % 60)}-${pad2(Math.floor(to / 60))}:${pad2(to % 60)}`;
}

/** No 春节 fortnight, 五一, 国庆 or 双11 week between the two days. */
function clearOfHolidays(from: number, to: number): boolean {
  for (let year = yearOf(from); year <= yearOf(to); year += 1) {
    const festival = springFestivalDay(year);
    const windows: [number, number][] = [
      [festival - 10, festival + 10],
      [dayFromYmd(year, 5, 1), dayFromYmd(year, 5, 5)],
      [dayFromYmd(year, 10, 1), dayFromYmd(year, 10, 7)],
      [dayFromYmd(year, 11, 11), dayFromYmd(year, 11, 17)],
    ];
    if (windows.some(([a, b]) => from <= b && to >= a)) return false;
  }
  return true;
}
