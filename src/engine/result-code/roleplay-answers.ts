import { currentTurn } from '../communication/roleplay/current-turn';
import { isEngineError } from '../core/errors';
import { chooseReply } from '../communication/roleplay/choose-reply';
import { startRoleplay } from '../communication/roleplay/start-roleplay';
import type { RoleplayState, Scenario } from '../communication/roleplay/types';

import { ROLEPLAY_ACTIVITY } from './activity-kinds';

export { ROLEPLAY_ACTIVITY };

/**
 * A conversation as a code carries it: per reply, 1 + the option's position among the node's options in the script
 * (the path; the score and ending follow from it by replaying).
 * @throws EngineError `option-unavailable` when a reply is not an option of the node it was given at.
 * @example roleplayCodeAnswers(scenario, ['listen-first', 'apologise']) // e.g. [2, 1]
 */
export function roleplayCodeAnswers(scenario: Scenario, optionIds: readonly string[]): number[] {
  let state = startRoleplay(scenario);
  return optionIds.map((id) => {
    const position = (scenario.nodes[state.node]!.options ?? []).findIndex((o) => o.id === id);
    state = chooseReply(scenario, state, id);
    return position + 1;
  });
}

/** A conversation replayed from a code: the option ids played and the state reached (stops at a reply no longer offered). */
export interface RoleplayCodeReplay {
  readonly options: readonly string[];
  readonly state: RoleplayState;
  /** False when the code's path does not fit the script (edited since): the replay stopped early. */
  readonly complete: boolean;
}

/**
 * Replays the path a role-play code holds on its script.
 * @throws EngineError `invalid-scenario` (see `startRoleplay`).
 */
export function replayRoleplayCode(scenario: Scenario, answers: readonly number[]): RoleplayCodeReplay {
  let state = startRoleplay(scenario);
  const options: string[] = [];
  for (const value of answers) {
    const option = currentTurn(scenario, state).ending ? undefined : scenario.nodes[state.node]!.options?.[value - 1];
    if (!option) return { options, state, complete: false };
    try {
      state = chooseReply(scenario, state, option.id);
    } catch (error) {
      if (isEngineError(error)) return { options, state, complete: false };
      throw error;
    }
    options.push(option.id);
  }
  return { options, state, complete: true };
}
