import { EngineError } from '../../core/errors';
import { BEHAVIOUR_KEYS } from './behaviours';
import { applyChange } from './conversation-scope';
import { STEP_KEYS } from './process-steps';
import type { BehaviourKey, RoleplayState, Scenario, StepKey, StepPoints, VariableValue } from './types';
import { validateScenario } from './validate-scenario';

// Scripts already found sound (scripts are never changed, so the check holds for the object's lifetime).
const sound = new WeakSet<Scenario>();

/**
 * The conversation before the first reply: at the script's `start` node, with the script's initial satisfaction and
 * risk, no cost, no time spent, every behaviour count and step score at 0, and the script's variables at their
 * initial values. A script that fails `validateScenario` is refused, so every conversation can be played to an end.
 *
 * Source: our state machine for the complaint role-play (MODEL.md).
 * @throws EngineError `invalid-scenario` with the first problem `validateScenario` finds.
 * @example startRoleplay(scenario).outcomes // { satisfaction: 15, risk: 70, cost: 0, minutes: 0 } for initial { satisfaction: 15, risk: 70 }
 */
export function startRoleplay(scenario: Scenario): RoleplayState {
  const issues = sound.has(scenario) ? [] : validateScenario(scenario);
  if (issues.length === 0) sound.add(scenario);
  else {
    const first = issues[0]!;
    throw new EngineError('invalid-scenario', `剧本 ${scenario.id} 有问题：${first.path.join('.')} ${first.message}(the script is not playable)`, { issues });
  }
  const node = scenario.nodes[scenario.start]!;
  const variables: Record<string, VariableValue> = {};
  for (const [name, variable] of Object.entries(scenario.variables ?? {})) variables[name] = variable.initial;
  return {
    scenario: scenario.id,
    node: scenario.start,
    turn: 0,
    outcomes: applyChange({ satisfaction: scenario.initial.satisfaction, risk: scenario.initial.risk, cost: 0, minutes: 0 }, node.effects),
    behaviours: Object.fromEntries(BEHAVIOUR_KEYS.map((k) => [k, 0])) as Record<BehaviourKey, number>,
    steps: Object.fromEntries(STEP_KEYS.map((k) => [k, { gained: 0, lost: 0 }])) as Record<StepKey, StepPoints>,
    variables,
    history: [],
    path: [scenario.start],
    ended: node.ending !== undefined,
  };
}
