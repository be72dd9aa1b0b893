import { chooseReply } from './choose-reply';
import { currentTurn } from './current-turn';
import { REPLY_QUALITIES } from './reply-quality';
import { startRoleplay } from './start-roleplay';
import type { RoleplayState, Scenario } from './types';

/**
 * The reference conversation: at every turn the best-rated reply on offer (the first one when several share the
 * top rating). The debrief compares the learner's outcomes with it.
 *
 * Source: our state machine for the complaint role-play (MODEL.md).
 * @throws EngineError `invalid-scenario` (see `startRoleplay`).
 * @example bestPlaythrough(scenario).history.every((h) => h.option is rated best where a best reply was offered) // true
 */
export function bestPlaythrough(scenario: Scenario): RoleplayState {
  let state = startRoleplay(scenario);
  while (!state.ended) {
    const options = currentTurn(scenario, state).options;
    const best = options.reduce((a, b) => (REPLY_QUALITIES[b.quality].rank > REPLY_QUALITIES[a.quality].rank ? b : a));
    state = chooseReply(scenario, state, best.id);
  }
  return state;
}
