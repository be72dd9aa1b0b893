import { isEngineError } from '../../engine/core/errors';
import { isWorkerFailure } from './dataset-picker/protocol';
import { chineseOnly, learnerMessage } from './learner-message';

/** A failure the view can show: a code for tests and logic, a message in Chinese for the learner. */
export type Failure = { readonly ok: false; readonly code: string; readonly message: string };

/** What a widget's state hands the view: a value, or a failure to show in the widget's box. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | Failure;

/**
 * What went wrong in a worker request, for the view: a worker's failure with its own code and the Chinese part
 * of its message (`chineseOnly`), anything else (a bug) as `internal` with what it said.
 * @example failureOf({ code: 'no-rows', message: '没有可用的行。' }) // { ok: false, code: 'no-rows', message: '没有可用的行。' }
 */
export function failureOf(caught: unknown): { ok: false; code: string; message: string } {
  return isWorkerFailure(caught)
    ? { ok: false, code: caught.code, message: chineseOnly(caught.message) }
    : { ok: false, code: 'internal', message: `出了意外的问题（${caught instanceof Error ? caught.message : String(caught)}）` };
}

/**
 * Runs an engine computation for the view: its value, or the engine's error (`EngineError`: invalid input the
 * learner can fix) as a failure with the engine's code and the Chinese part of its message (or the widget's own
 * words for that code, `own`). Any other error is a bug and is thrown on.
 */
export function attempt<T>(fn: () => T, own: Readonly<Record<string, string>> = {}): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (isEngineError(error)) return { ok: false, code: error.code, message: learnerMessage(error, own) };
    throw error;
  }
}
