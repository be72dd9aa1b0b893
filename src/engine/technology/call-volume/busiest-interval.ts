import { requireAbove } from '../../core/guards';

/** One observed interval of a call-centre log: which weekday and time slot, calls and mean handling time. */
export interface IntervalVolume {
  /** The day of the week (or any label of the recurring day), e.g. 星期一. */
  readonly weekday: string;
  /** The time slot, e.g. 10:00-10:30. */
  readonly slot: string;
  readonly calls: number;
  /** Mean handling time of the interval's calls, in seconds. */
  readonly aht: number;
}

/** The recurring interval with the most calls on average. */
export interface BusiestInterval {
  readonly weekday: string;
  readonly slot: string;
  /** How many intervals (weeks) were averaged. */
  readonly observations: number;
  /** Mean calls per interval: total calls / observations. */
  readonly meanCalls: number;
  /** Most calls in one of those intervals. */
  readonly maxCalls: number;
  /** Call-weighted mean handling time: Σ calls × aht / Σ calls (the plain mean when no call came). */
  readonly aht: number;
}

/**
 * The peak interval to staff for: the log's intervals are grouped by weekday and time slot (so four
 * Mondays 10:00–10:30 are one group), each group's mean calls per interval is computed, and the group with
 * the highest mean wins (ties: the first in the log). Its handling time is the call-weighted mean, the
 * handling time of an average call in that slot. These are the inputs of an Erlang C staffing calculation.
 *
 * Source: workforce-management practice of forecasting by weekday and half hour (Gans, Koole & Mandelbaum
 * 2003, "Telephone call centers: tutorial, review, and research prospects", M&SOM 5(2), §3).
 * @throws EngineError `invalid-calls` or `invalid-aht` for a negative or non-finite value.
 * @example busiestInterval([
 *   { weekday: '一', slot: '10:00', calls: 100, aht: 200 }, { weekday: '一', slot: '10:00', calls: 60, aht: 160 },
 *   { weekday: '二', slot: '10:00', calls: 70, aht: 180 },
 * ]) // { weekday: '一', slot: '10:00', observations: 2, meanCalls: 80, maxCalls: 100, aht: (20000 + 9600) / 160 = 185 }
 * @example busiestInterval([]) // null
 */
export function busiestInterval(rows: readonly IntervalVolume[]): BusiestInterval | null {
  const groups = new Map<string, { weekday: string; slot: string; n: number; calls: number; max: number; workload: number; ahtSum: number }>();
  rows.forEach((row, i) => {
    requireAbove(row.calls, 0, { code: 'invalid-calls', zh: `第 ${i + 1} 行的来电量`, en: `calls in row ${i + 1}` }, true);
    requireAbove(row.aht, 0, { code: 'invalid-aht', zh: `第 ${i + 1} 行的平均处理时长`, en: `handling time in row ${i + 1}` }, true);
    const key = `${row.weekday}\u0000${row.slot}`;
    let group = groups.get(key);
    if (!group) {
      group = { weekday: row.weekday, slot: row.slot, n: 0, calls: 0, max: 0, workload: 0, ahtSum: 0 };
      groups.set(key, group);
    }
    group.n++;
    group.calls += row.calls;
    group.max = Math.max(group.max, row.calls);
    group.workload += row.calls * row.aht;
    group.ahtSum += row.aht;
  });
  let best: BusiestInterval | null = null;
  for (const g of groups.values()) {
    const meanCalls = g.calls / g.n;
    if (best === null || meanCalls > best.meanCalls) {
      best = { weekday: g.weekday, slot: g.slot, observations: g.n, meanCalls, maxCalls: g.max, aht: g.calls > 0 ? g.workload / g.calls : g.ahtSum / g.n };
    }
  }
  return best;
}
