// The day planner, run in its worker on the call log the picker loaded. Glue only: every number comes from the engine.
import { busiestInterval, callVolumeDays, chineseWeekday, type BusiestInterval, type CallVolumeDays } from '../../engine/technology/call-volume';
import { erlangC, staffIntervals, type StaffingPlan, type StaffingTargets } from '../../engine/technology/erlang-c';
import { EngineError } from '../../engine/core/errors';
import type { HostContext } from '../shared/dataset-picker/host';

export interface DayListItem {
  readonly day: number;
  readonly date: string;
  readonly weekday: string;
  readonly calls: number;
  readonly slots: number;
}

export interface DaysView {
  readonly days: readonly DayListItem[];
  /** Rows repeating a day and slot, merged. */
  readonly merged: number;
}

export interface PlanArgs {
  readonly day: number;
  readonly targets: StaffingTargets;
}

/** The whole log's usual peak (weekday and slot with most calls on average) and its staffing. */
export interface TypicalPeak extends BusiestInterval {
  readonly requiredAgents: number | null;
  readonly scheduledStaff: number | null;
}

export interface PlanView {
  readonly day: DayListItem;
  readonly plan: StaffingPlan;
  readonly typical: TypicalPeak | null;
}

const DAYS = 'erlang:days';

function days(ctx: HostContext): CallVolumeDays {
  const cached = ctx.memo.get(DAYS) as CallVolumeDays | undefined;
  if (cached) return cached;
  const table = ctx.dataset?.table;
  if (!table) throw new EngineError('no-dataset', '还没有话务量数据，请先选择数据(no call log loaded)');
  const day = table.columns.day as Float64Array;
  const slot = table.columns.slot as readonly string[];
  const calls = table.columns.calls as Float64Array;
  const aht = table.columns.aht as Float64Array;
  const out = callVolumeDays(Array.from({ length: table.length }, (_, i) => ({ day: day[i]!, slot: slot[i]!, calls: calls[i]!, aht: aht[i]! })));
  ctx.memo.set(DAYS, out);
  return out;
}

const listItem = (d: CallVolumeDays['days'][number]): DayListItem => ({ day: d.day, date: d.date, weekday: d.weekday, calls: d.calls, slots: d.slots.length });

function typicalPeak(all: CallVolumeDays, targets: StaffingTargets): TypicalPeak | null {
  const rows = all.days.flatMap((d) => d.slots.map((s) => ({ weekday: chineseWeekday(d.day), slot: s.slot, calls: s.calls, aht: s.aht })));
  const usable = rows.filter((r) => Number.isFinite(r.calls) && r.calls >= 0 && Number.isFinite(r.aht) && r.aht >= 0);
  const peak = busiestInterval(usable);
  if (!peak) return null;
  if (!(peak.meanCalls > 0 && peak.aht > 0)) return { ...peak, requiredAgents: null, scheduledStaff: null };
  const r = erlangC({ calls: peak.meanCalls, aht: peak.aht, ...targets });
  return { ...peak, requiredAgents: r.requiredAgents, scheduledStaff: r.scheduledStaff };
}

export const erlangHandlers = {
  days(ctx: HostContext): DaysView {
    const all = days(ctx);
    return { days: all.days.map(listItem), merged: all.merged };
  },

  plan(ctx: HostContext, args: PlanArgs): PlanView {
    const all = days(ctx);
    const day = all.days.find((d) => d.day === args.day) ?? all.days[0];
    if (!day) throw new EngineError('no-calls', '话务量数据为空(the call log has no rows)');
    return { day: listItem(day), plan: staffIntervals(day.slots, args.targets), typical: typicalPeak(all, args.targets) };
  },
};
