import { requireAbove } from '../../core/guards';
import type { ErlangCInput } from './input';
import { erlangC } from './staffing';

/** One side of the comparison: staffing for a number of calls. */
export interface PoolingSide {
  readonly calls: number;
  /** Traffic in Erlangs. */
  readonly intensity: number;
  readonly requiredAgents: number;
  readonly scheduledStaff: number;
  /** Occupancy at the required agents: A / N. */
  readonly occupancy: number;
  /** Calls per agent on the phones: calls / requiredAgents. */
  readonly callsPerAgent: number;
}

export interface PoolingEffect {
  readonly factor: number;
  readonly base: PoolingSide;
  readonly scaled: PoolingSide;
  /** What proportional staffing would give: base required agents × factor. */
  readonly proportionalAgents: number;
  /** proportionalAgents − scaled required agents: agents the larger pool saves (negative would mean none). */
  readonly agentsSaved: number;
}

/**
 * The pooling (economies of scale) effect of a queue: the calls multiplied by `factor` (default 2) at the
 * same handling time and target need fewer than `factor` times the agents, because random bunching of
 * calls evens out in a larger pool; occupancy rises. Both sides use `erlangC`.
 *
 * Source: docs/contracts.md §5; chapter 2, 延伸：来电翻倍 (100 → 200 calls: 14 → 24 agents, not 28; occupancy 71.4 % →
 * 83.3 %); Koole, G. (2013), Call Center Optimization, ch. 3 (economies of scale).
 * @throws EngineError as `erlangC`; `invalid-factor` unless factor > 0.
 * @example poolingEffect({ calls: 100, interval: 1800, aht: 180, target: 20, shrinkage: 0.3 })
 *   // base 14 agents (20 staff), scaled 24 agents (35 staff), proportionalAgents 28, agentsSaved 4
 */
export function poolingEffect(input: ErlangCInput, factor = 2): PoolingEffect {
  requireAbove(factor, 0, { code: 'invalid-factor', zh: '来电倍数', en: 'factor' });
  const side = (calls: number): PoolingSide => {
    const r = erlangC({ ...input, calls, agents: undefined });
    return { calls, intensity: r.intensity, requiredAgents: r.requiredAgents, scheduledStaff: r.scheduledStaff, occupancy: r.occupancy, callsPerAgent: calls / r.requiredAgents };
  };
  const base = side(input.calls);
  const scaled = side(input.calls * factor);
  const proportionalAgents = base.requiredAgents * factor;
  return { factor, base, scaled, proportionalAgents, agentsSaved: proportionalAgents - scaled.requiredAgents };
}
