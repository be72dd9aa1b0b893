import type { NextStep, Scenario } from './types';

export interface ScenarioEdge {
  readonly from: string;
  readonly to: string;
  /** The option that leads there (index in the node's options and its id). */
  readonly option: string;
  readonly optionIndex: number;
  /** The condition that must hold for this target, when the option's `next` is a conditional list. */
  readonly if?: string;
}

/** The targets of a `next`, in order. */
export function nextTargets(next: NextStep): { to: string; if?: string }[] {
  return typeof next === 'string' ? [{ to: next }] : next.map((n) => (n.if === undefined ? { to: n.to } : { to: n.to, if: n.if }));
}

/**
 * Every possible move of a script: one edge per option and target (a conditional `next` gives one edge per branch).
 * Edges to missing nodes are included; `validateScenario` reports them.
 * @example scenarioEdges({ …, nodes: { a: { options: [{ id: 'x', next: 'b' }] }, b: { ending } } }) // [{ from: 'a', to: 'b', option: 'x', optionIndex: 0 }]
 */
export function scenarioEdges(scenario: Scenario): ScenarioEdge[] {
  const edges: ScenarioEdge[] = [];
  for (const [from, node] of Object.entries(scenario.nodes)) {
    (node.options ?? []).forEach((option, optionIndex) => {
      for (const target of nextTargets(option.next)) {
        edges.push(target.if === undefined ? { from, to: target.to, option: option.id, optionIndex } : { from, to: target.to, option: option.id, optionIndex, if: target.if });
      }
    });
  }
  return edges;
}
