import { holds, resolveText, scopeOf } from './conversation-scope';
import type { RoleplayState, Scenario, ScenarioEnding, ScenarioNode, ScenarioOption } from './types';

export interface CurrentTurn {
  readonly id: string;
  readonly node: ScenarioNode;
  readonly speaker: 'customer' | 'narrator';
  /** The line as it reads now (the first variant whose condition holds). */
  readonly line: string;
  /** The replies offered now (options whose `if` holds), in script order. */
  readonly options: readonly ScenarioOption[];
  /** Set when the conversation has ended here. */
  readonly ending?: ScenarioEnding;
}

/**
 * What the learner sees at this moment: the customer's (or narrator's) line and the replies on offer, or the ending.
 *
 * Source: our state machine for the complaint role-play (MODEL.md).
 * @example currentTurn(scenario, startRoleplay(scenario)).options.map((o) => o.id) // the start node's unconditional options
 */
export function currentTurn(scenario: Scenario, state: RoleplayState): CurrentTurn {
  const node = scenario.nodes[state.node]!;
  const scope = scopeOf(state);
  const base = { id: state.node, node, speaker: node.speaker ?? 'customer', line: resolveText(node.line, scope) } as const;
  if (node.ending) return { ...base, options: [], ending: node.ending };
  return { ...base, options: (node.options ?? []).filter((option) => holds(option.if, scope)) };
}
