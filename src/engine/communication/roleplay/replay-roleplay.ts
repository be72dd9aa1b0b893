import { isEngineError } from '../../core/errors';
import { chooseReply } from './choose-reply';
import { startRoleplay } from './start-roleplay';
import type { ReplyChoice, RoleplayState, Scenario } from './types';

export interface Replay {
  readonly state: RoleplayState;
  /** How many of the choices were played; fewer than given when one is not offered (a stale share link). */
  readonly applied: number;
}

/**
 * Plays a list of replies from the start: how the widget rewinds to an earlier turn (replay the first k replies)
 * and opens a shared link. Stops at the first reply that is not on offer and says how many were played.
 *
 * Source: our state machine for the complaint role-play (MODEL.md).
 * @throws EngineError `invalid-scenario` (see `startRoleplay`).
 * @example replayRoleplay(scenario, ['apologise', 'no-such-option', 'x']).applied // 1
 */
export function replayRoleplay(scenario: Scenario, choices: readonly (ReplyChoice | string)[]): Replay {
  let state = startRoleplay(scenario);
  let applied = 0;
  for (const choice of choices) {
    try {
      state = chooseReply(scenario, state, choice);
    } catch (error) {
      if (isEngineError(error) && (error.code === 'option-unavailable' || error.code === 'conversation-ended')) break;
      throw error;
    }
    applied += 1;
  }
  return { state, applied };
}
