import { requireAbove } from '../../core/guards';
import { erlangB } from './erlang-b';
import { erlangCMetricsFromB } from './metrics';

/**
 * Service level: the share of calls answered within `target` seconds, for traffic A Erlangs, N agents
 * and an average handling time `aht` seconds: 1 − P(wait)·e^(−(N−A)·target/aht). 0 when N ≤ A.
 *
 * Source: docs/contracts.md §5; Cooper, R.B. (1981), Introduction to Queueing Theory (waiting-time distribution of M/M/N).
 * @throws EngineError `invalid-intensity`, `invalid-agents` as `erlangB`; `invalid-target` (negative),
 *   `invalid-aht` (not above 0).
 * @example erlangCServiceLevel(1, 2, 0, 60) // 0.6667 (target 0 s: 1 − P(wait) = 1 − 1/3)
 */
export function erlangCServiceLevel(intensity: number, agents: number, target: number, aht: number): number {
  requireAbove(target, 0, { code: 'invalid-target', zh: '目标应答时间', en: 'target answer time' }, true);
  requireAbove(aht, 0, { code: 'invalid-aht', zh: '平均处理时长', en: 'average handling time' });
  return erlangCMetricsFromB(intensity, agents, erlangB(intensity, agents), target, aht).serviceLevel;
}
