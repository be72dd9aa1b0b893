import { expect } from 'vitest';
import { isEngineError } from '~/engine/core/errors';

/** Runs `fn`, expects an EngineError with `code`, and returns it for further checks. */
export function expectEngineError(fn: () => unknown, code: string): Error {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isEngineError(caught), `expected an EngineError '${code}', got ${String(caught)}`).toBe(true);
  expect((caught as { code: string }).code).toBe(code);
  // Messages are Chinese first, the English in brackets.
  expect((caught as Error).message).toMatch(/[\u4e00-\u9fff].*\(.*[a-z].*\)/s);
  return caught as Error;
}
