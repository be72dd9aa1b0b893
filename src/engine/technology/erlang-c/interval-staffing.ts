import { isEngineError } from '../../core/errors';
import { erlangC } from './staffing';

/** One interval of a day to staff. */
export interface StaffingInterval {
  /** The time slot, e.g. 10:00-10:30. */
  readonly slot: string;
  readonly calls: number;
  /** Mean handling time of the interval's calls, in seconds. */
  readonly aht: number;
}

/** The targets every interval is staffed for (docs/contracts.md §5's Erlang C inputs besides calls and aht). */
export interface StaffingTargets {
  /** Interval length in seconds. */
  readonly interval: number;
  /** Answer within this many seconds. */
  readonly target: number;
  /** Share to answer within the target, 0 ≤ sl < 1. */
  readonly sl: number;
  /** Share of paid time off the phones, 0 ≤ x < 1. */
  readonly shrinkage: number;
}

export interface StaffedInterval extends StaffingInterval {
  /** Traffic A = calls × aht / interval; null when the interval could not be staffed. */
  readonly intensity: number | null;
  /** Least agents meeting the target (0 for an interval without calls); null when it could not be staffed. */
  readonly requiredAgents: number | null;
  readonly scheduledStaff: number | null;
  /** Service level and occupancy at the required agents; null without calls or when not staffed. */
  readonly serviceLevel: number | null;
  readonly occupancy: number | null;
  /** Why this interval could not be staffed (Chinese), or null. */
  readonly problem: string | null;
}

export interface StaffingPlan {
  readonly intervals: StaffedInterval[];
  /** Index of the interval needing the most agents (first on ties); null when none could be staffed. */
  readonly peakIndex: number | null;
  readonly totalCalls: number;
  /** Σ required agents over the intervals: agent-intervals on the phones (× interval length = agent time). */
  readonly agentIntervals: number;
  /** Σ scheduled staff over the intervals. */
  readonly staffIntervals: number;
  /** Intervals that could not be staffed. */
  readonly problems: number;
}

/**
 * A day's staffing curve: each interval staffed with `erlangC` for the same targets (e.g. 80 % within 20 s,
 * 30 % shrinkage), the interval needing most agents marked as the peak. An interval without calls needs no
 * agent. An interval whose figures cannot be used (negative calls, no handling time) is kept with a
 * `problem` and left out of the totals, so the other intervals still count.
 *
 * Source: docs/contracts.md §5 (Erlang C per interval); Gans, Koole & Mandelbaum (2003), "Telephone call centers",
 * M&SOM 5(2), §4 (staffing each half hour separately).
 * @throws EngineError as `erlangC` for the targets (`invalid-interval`, `invalid-target`,
 *   `invalid-service-level`, `invalid-shrinkage`).
 * @example staffIntervals([{ slot: '10:00', calls: 100, aht: 180 }, { slot: '10:30', calls: 0, aht: 0 }],
 *   { interval: 1800, target: 20, sl: 0.8, shrinkage: 0.3 })
 *   // intervals: 14 agents / 20 staff, then 0 / 0; peakIndex 0; totalCalls 100; agentIntervals 14
 */
export function staffIntervals(intervals: readonly StaffingInterval[], targets: StaffingTargets): StaffingPlan {
  erlangC({ calls: 1, aht: 1, ...targets }); // checks the targets once, whatever the intervals hold
  const staffed = intervals.map((row) => staffOne(row, targets));
  let peakIndex: number | null = null;
  let totalCalls = 0;
  let agentIntervals = 0;
  let staffSum = 0;
  let problems = 0;
  staffed.forEach((row, i) => {
    if (row.requiredAgents === null) {
      problems++;
      return;
    }
    totalCalls += row.calls;
    agentIntervals += row.requiredAgents;
    staffSum += row.scheduledStaff!;
    if (peakIndex === null || row.requiredAgents > staffed[peakIndex]!.requiredAgents!) peakIndex = i;
  });
  return { intervals: staffed, peakIndex, totalCalls, agentIntervals, staffIntervals: staffSum, problems };
}

function staffOne(row: StaffingInterval, targets: StaffingTargets): StaffedInterval {
  const empty = { intensity: null, requiredAgents: null, scheduledStaff: null, serviceLevel: null, occupancy: null };
  if (!(Number.isFinite(row.calls) && row.calls >= 0)) return { ...row, ...empty, problem: `来电量“${row.calls}”必须是不小于 0 的数字` };
  if (row.calls === 0) return { ...row, intensity: 0, requiredAgents: 0, scheduledStaff: 0, serviceLevel: null, occupancy: null, problem: null };
  try {
    const r = erlangC({ calls: row.calls, aht: row.aht, ...targets });
    return { ...row, intensity: r.intensity, requiredAgents: r.requiredAgents, scheduledStaff: r.scheduledStaff, serviceLevel: r.serviceLevel, occupancy: r.occupancy, problem: null };
  } catch (error) {
    if (!isEngineError(error)) throw error;
    return { ...row, ...empty, problem: error.code === 'invalid-aht' ? `平均处理时长“${row.aht}”必须大于 0` : error.message };
  }
}
