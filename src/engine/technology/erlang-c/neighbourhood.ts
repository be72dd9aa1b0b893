import { requireIntegerInRange } from '../../core/guards';
import type { ErlangCInput } from './input';
import { erlangC, type ErlangCResult } from './staffing';
import { erlangCTable, type ErlangCTableRow } from './table';

export interface ErlangCNeighbourhood {
  /** Staffing for the input (measures at the required number of agents). */
  readonly result: ErlangCResult;
  /** One row per number of agents from `required − below` (at least 1) to `required + above`. */
  readonly rows: ErlangCTableRow[];
}

/**
 * The staffing answer with the teaching table around it: the Erlang C measures (docs/contracts.md §5) for a few agents
 * fewer and more than the required number, as chapter 2's worked example prints them (required 14: rows
 * 11 to 16). Rows at or below the traffic are kept (`stable: false`): they show why N must exceed A.
 *
 * Source: docs/contracts.md §5; chapter 2 example 半小时 100 通来电 (table of N = 11…16).
 * @throws EngineError as `erlangC`; `invalid-agents` unless `below` and `above` are integers 0–50.
 * @example erlangCAroundRequired({ calls: 100, interval: 1800, aht: 180, target: 20 }).rows.map((r) => r.agents)
 *   // [11, 12, 13, 14, 15, 16] (required 14; 14 − 3 to 14 + 2)
 */
export function erlangCAroundRequired(input: ErlangCInput, options: { readonly below?: number; readonly above?: number } = {}): ErlangCNeighbourhood {
  const below = requireIntegerInRange(options.below ?? 3, 0, 50, { code: 'invalid-agents', zh: '向下列出的行数', en: 'rows below' });
  const above = requireIntegerInRange(options.above ?? 2, 0, 50, { code: 'invalid-agents', zh: '向上列出的行数', en: 'rows above' });
  const result = erlangC({ ...input, agents: undefined });
  const from = Math.max(1, result.requiredAgents - below);
  return { result, rows: erlangCTable(input, from, result.requiredAgents + above) };
}
