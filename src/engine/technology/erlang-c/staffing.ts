import { EngineError } from '../../core/errors';
import { MAX_AGENTS, nextErlangB } from './erlang-b';
import { type ErlangCInput, checkErlangCInput } from './input';
import { erlangCMetricsFromB, type ErlangCMetrics } from './metrics';

export interface ErlangCResult extends ErlangCMetrics {
  /** Traffic A = calls × aht / interval, in Erlangs. */
  readonly intensity: number;
  /** The least N with service level ≥ sl. */
  readonly requiredAgents: number;
  /** ceil(requiredAgents / (1 − shrinkage)): people to schedule so enough are on the phones. */
  readonly scheduledStaff: number;
  /** True when the evaluated agents reach the service-level target. */
  readonly meetsTarget: boolean;
}

/** Slack for comparisons that should be exact but pass through floating point (e.g. 14 / 0.7). */
const EPSILON = 1e-9;

/**
 * Erlang C staffing for one interval (docs/contracts.md §5): traffic A = calls × aht / interval; the least number
 * of agents whose service level (share answered within `target` seconds) reaches `sl`; the scheduled
 * staff after shrinkage; and P(wait), service level, ASA and occupancy at `agents` (default: at the
 * required number). With agents ≤ A the queue never settles: P(wait) 1, service level 0, ASA Infinity.
 *
 * Source: docs/contracts.md §5; Cooper, R.B. (1981), Introduction to Queueing Theory; worked example of Call Centre
 * Helper ("Erlang C formula – made simple"): 100 calls / 30 min, 180 s, 20 s → 14 agents, 20 staff at 30 % shrinkage.
 * @throws EngineError `invalid-calls`, `invalid-interval`, `invalid-aht` (not above 0), `invalid-target`
 *   (negative), `invalid-service-level`, `invalid-shrinkage` (outside [0, 1)), `invalid-agents` (not an
 *   integer 0–1,000,000), `invalid-intensity` (traffic of a million Erlangs or more).
 * @example erlangC({ calls: 100, interval: 1800, aht: 180, target: 20, shrinkage: 0.3 })
 *   // { intensity: 10, requiredAgents: 14, scheduledStaff: 20, serviceLevel: 0.888…, … }
 */
export function erlangC(input: ErlangCInput): ErlangCResult {
  const { intensity, aht, target, sl, shrinkage, agents } = checkErlangCInput(input);
  let b = 1;
  let required: ErlangCMetrics | undefined;
  let evaluated: ErlangCMetrics | undefined;
  for (let n = 1; n <= MAX_AGENTS; n++) {
    b = nextErlangB(intensity, n, b);
    const metrics = n > intensity || n === agents ? erlangCMetricsFromB(intensity, n, b, target, aht) : undefined;
    if (metrics && n === agents) evaluated = metrics;
    if (metrics && !required && metrics.stable && metrics.serviceLevel >= sl - EPSILON) required = metrics;
    if (required && (agents === undefined || n >= agents)) break;
  }
  if (!required) {
    throw new EngineError('too-many-agents', `所需座席超过 ${MAX_AGENTS}(more than ${MAX_AGENTS} agents would be needed)`);
  }
  if (agents === 0) evaluated = erlangCMetricsFromB(intensity, 0, 1, target, aht);
  const at = evaluated ?? required;
  return {
    intensity,
    ...at,
    requiredAgents: required.agents,
    scheduledStaff: Math.ceil(required.agents / (1 - shrinkage) - EPSILON),
    meetsTarget: at.stable && at.serviceLevel >= sl - EPSILON,
  };
}
