import { EngineError } from '../../core/errors';
import { requireIntegerInRange } from '../../core/guards';
import { MAX_AGENTS, nextErlangB } from './erlang-b';
import { type ErlangCInput, checkErlangCInput } from './input';
import { erlangCMetricsFromB, type ErlangCMetrics } from './metrics';

export interface ErlangCTableRow extends ErlangCMetrics {
  /** True when this row reaches the service-level target. */
  readonly meetsTarget: boolean;
}

/** Most rows one table may hold. */
export const MAX_TABLE_ROWS = 10_000;

/**
 * A teaching table: the Erlang C measures (docs/contracts.md §5) for every number of agents from `fromAgents` to
 * `toAgents`, one Erlang B recurrence for the whole range. `input.agents` is ignored.
 *
 * Source: docs/contracts.md §5; the table layout of Call Centre Helper's Erlang C worked example.
 * @throws EngineError as `erlangC` for the input; `invalid-agents` unless 0 ≤ from ≤ to ≤ 1,000,000
 *   and the range holds at most 10,000 rows.
 * @example erlangCTable({ calls: 100, interval: 1800, aht: 180, target: 20 }, 12, 15).map((r) => r.serviceLevel.toFixed(4))
 *   // ['0.6402', '0.7956', '0.8884', '0.9415']
 */
export function erlangCTable(input: ErlangCInput, fromAgents: number, toAgents: number): ErlangCTableRow[] {
  const { intensity, aht, target, sl } = checkErlangCInput({ ...input, agents: undefined });
  requireIntegerInRange(fromAgents, 0, MAX_AGENTS, { code: 'invalid-agents', zh: '起始座席数', en: 'first number of agents' });
  requireIntegerInRange(toAgents, fromAgents, MAX_AGENTS, { code: 'invalid-agents', zh: '结束座席数（不小于起始座席数）', en: 'last number of agents (at least the first)' });
  if (toAgents - fromAgents + 1 > MAX_TABLE_ROWS) {
    throw new EngineError('invalid-agents', `表格最多 ${MAX_TABLE_ROWS} 行(a table holds at most ${MAX_TABLE_ROWS} rows)`);
  }
  const rows: ErlangCTableRow[] = [];
  let b = 1;
  for (let n = 0; n <= toAgents; n++) {
    if (n > 0) b = nextErlangB(intensity, n, b);
    if (n < fromAgents) continue;
    const metrics = erlangCMetricsFromB(intensity, n, b, target, aht);
    rows.push({ ...metrics, meetsTarget: metrics.stable && metrics.serviceLevel >= sl - 1e-9 });
  }
  return rows;
}
