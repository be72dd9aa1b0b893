import { ANALYSIS_HANDLERS } from './analysis-handlers';
import type { ExampleHandler } from './handler';
import { LOYALTY_HANDLERS } from './loyalty-handlers';
import { SATISFACTION_HANDLERS } from './satisfaction-handlers';
import { VALUE_HANDLERS } from './value-handlers';

/** Every kind of chapter example the engine reproduces, by the fixture's `kind`. */
export const EXAMPLE_HANDLERS: Readonly<Record<string, ExampleHandler>> = Object.freeze({
  ...VALUE_HANDLERS,
  ...ANALYSIS_HANDLERS,
  ...SATISFACTION_HANDLERS,
  ...LOYALTY_HANDLERS,
});
