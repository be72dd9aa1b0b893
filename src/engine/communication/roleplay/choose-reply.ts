import { EngineError } from '../../core/errors';
import { BEHAVIOURS } from './behaviours';
import { applyChange, resolveNext, scopeOf } from './conversation-scope';
import { currentTurn } from './current-turn';
import type { BehaviourKey, ReplyChoice, RoleplayState, Scenario, StepKey, StepPoints, TurnRecord } from './types';

/**
 * The conversation after one reply. In order: the option's effects change the outcomes (satisfaction and risk kept
 * within 0–100, cost and time never below 0); each behaviour tag adds 1 to its count and its points to its process step
 * (`BEHAVIOURS`: good ones to `gained`, bad ones to `lost`); the option's `set` assigns script variables; the turn count goes up by one; then `next` is resolved
 * with these new values (the first branch whose condition holds) and the arrival effects of that node are applied.
 * The state is a new object; the old one is not changed.
 *
 * Source: our state machine for the complaint role-play (MODEL.md).
 * @throws EngineError `conversation-ended` after an ending; `option-unavailable` when the option is not offered now.
 * @example
 * // start satisfaction 15; option effects { satisfaction: +10, minutes: 2 }, tags [apology, empathy]
 * chooseReply(scenario, start, 'apologise') // outcomes.satisfaction 25, minutes 2, steps.acknowledge { gained: 2, lost: 0 }, turn 1
 */
export function chooseReply(scenario: Scenario, state: RoleplayState, choice: ReplyChoice | string): RoleplayState {
  const { option: optionId, via = 'choice', typed, votes } = typeof choice === 'string' ? { option: choice } as ReplyChoice : choice;
  if (state.ended) throw new EngineError('conversation-ended', '对话已经结束(the conversation has ended)', { node: state.node });
  const turn = currentTurn(scenario, state);
  const option = turn.options.find((o) => o.id === optionId);
  if (!option) {
    throw new EngineError('option-unavailable', `此刻没有选项 ${optionId}(option ${optionId} is not offered at node ${state.node})`, { node: state.node, option: optionId });
  }

  const behaviours: Record<BehaviourKey, number> = { ...state.behaviours };
  const steps: Record<StepKey, StepPoints> = { ...state.steps };
  for (const tag of option.tags) {
    const { step, points } = BEHAVIOURS[tag];
    behaviours[tag] += 1;
    steps[step] = points > 0 ? { ...steps[step], gained: steps[step].gained + points } : { ...steps[step], lost: steps[step].lost - points };
  }
  const afterReply = {
    outcomes: applyChange(state.outcomes, option.effects),
    behaviours,
    variables: { ...state.variables, ...option.set },
    turn: state.turn + 1,
  };
  const target = resolveNext(option.next, scopeOf(afterReply));
  const arrived = scenario.nodes[target]!;
  const outcomes = applyChange(afterReply.outcomes, arrived.effects);

  const record: TurnRecord = {
    node: state.node,
    line: turn.line,
    option: option.id,
    via,
    ...(typed !== undefined ? { typed } : {}),
    ...(votes !== undefined ? { votes: { ...votes } } : {}),
    before: state.outcomes,
    after: outcomes,
  };
  return {
    ...state,
    ...afterReply,
    outcomes,
    steps,
    node: target,
    history: [...state.history, record],
    path: [...state.path, target],
    ended: arrived.ending !== undefined,
  };
}
