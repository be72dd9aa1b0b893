import { BEHAVIOUR_KEYS } from './behaviours';
import type { Scenario } from './types';

/** Variables every script can read in a condition: the outcomes, the turn count and one count per behaviour. */
export const BUILTIN_VARIABLES: readonly string[] = Object.freeze(['satisfaction', 'risk', 'cost', 'minutes', 'turn', ...BEHAVIOUR_KEYS]);

/** The names a condition in `scenario` may use: the built-in ones and the script's own `variables`. */
export function knownVariables(scenario: Pick<Scenario, 'variables'>): Set<string> {
  return new Set([...BUILTIN_VARIABLES, ...Object.keys(scenario.variables ?? {})]);
}
