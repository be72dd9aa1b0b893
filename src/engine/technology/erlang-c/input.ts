import { EngineError } from '../../core/errors';
import { requireAbove, requireInRange, requireIntegerInRange } from '../../core/guards';
import { MAX_AGENTS } from './erlang-b';

/** A call-centre interval to staff (docs/contracts.md §4 `erlang`): all times in seconds. */
export interface ErlangCInput {
  /** Calls arriving in the interval. */
  readonly calls: number;
  /** Length of the interval in seconds (e.g. 1800 for 30 minutes). */
  readonly interval: number;
  /** Average handling time per call in seconds (talk + after-call work). */
  readonly aht: number;
  /** Answer within this many seconds (the service-level target time). */
  readonly target: number;
  /** Required share answered within the target, 0 ≤ sl < 1 (default 0.8). */
  readonly sl?: number;
  /** Agents to evaluate; default: the required number. */
  readonly agents?: number;
  /** Share of paid time agents are not on the phones (breaks, training), 0 ≤ x < 1 (default 0). */
  readonly shrinkage?: number;
}

export interface CheckedErlangCInput {
  readonly intensity: number;
  readonly aht: number;
  readonly target: number;
  readonly sl: number;
  readonly shrinkage: number;
  readonly agents: number | undefined;
}

/** Validates the input and works out the traffic A = calls × aht / interval. */
export function checkErlangCInput(input: ErlangCInput): CheckedErlangCInput {
  const calls = requireAbove(input.calls, 0, { code: 'invalid-calls', zh: '来电量', en: 'calls' });
  const interval = requireAbove(input.interval, 0, { code: 'invalid-interval', zh: '时段长度（秒）', en: 'interval (seconds)' });
  const aht = requireAbove(input.aht, 0, { code: 'invalid-aht', zh: '平均处理时长（秒）', en: 'average handling time (seconds)' });
  const target = requireAbove(input.target, 0, { code: 'invalid-target', zh: '目标应答时间（秒）', en: 'target answer time (seconds)' }, true);
  const sl = requireInRange(input.sl ?? 0.8, 0, 1, { code: 'invalid-service-level', zh: '服务水平目标', en: 'service level target' }, { max: true });
  const shrinkage = requireInRange(input.shrinkage ?? 0, 0, 1, { code: 'invalid-shrinkage', zh: '缩减率', en: 'shrinkage' }, { max: true });
  if (input.agents !== undefined) requireIntegerInRange(input.agents, 0, MAX_AGENTS, { code: 'invalid-agents', zh: '座席数', en: 'agents' });
  const intensity = (calls * aht) / interval;
  if (!(intensity < MAX_AGENTS)) {
    throw new EngineError(
      'invalid-intensity',
      `话务量 ${intensity} Erlang 太大，超出了 ${MAX_AGENTS} 个座席的计算范围(traffic of ${intensity} Erlangs is beyond the ${MAX_AGENTS}-agent limit)`,
      { intensity },
    );
  }
  return { intensity, aht, target, sl, shrinkage, agents: input.agents };
}
