import { expect } from 'vitest';
import type { ChapterExample } from './load-fixtures';

/** Compared with this when the example states no tolerance: its numbers are exact decimals checked by hand. */
export const DEFAULT_TOLERANCE = 1e-9;

/**
 * The tolerance an example asks for: `expected.tolerance` when given, else the first "tolerance (of) X"
 * in its note (the writers state it in prose), else `DEFAULT_TOLERANCE`.
 */
export function toleranceOf(example: ChapterExample): number {
  const stated = example.expected.tolerance;
  if (typeof stated === 'number') return stated;
  const match = /tolerance(?: of)? (\d+(?:\.\d+)?(?:e-?\d+)?)/i.exec(example.note);
  return match ? Number(match[1]) : DEFAULT_TOLERANCE;
}

/**
 * Checks that `actual` holds every value of `expected`: numbers within the tolerance (`keyTolerance`
 * overrides it for a field name anywhere in the tree), strings, booleans and null exactly, arrays element
 * by element with the same length, objects key by key. Keys only in `actual` are ignored; a key of
 * `expected` missing from `actual` fails, so an expected figure the engine does not compute cannot pass.
 */
export function expectClose(actual: unknown, expected: unknown, tolerance: number, keyTolerance: Readonly<Record<string, number>> = {}, path = 'expected'): void {
  if (typeof expected === 'number') {
    expect(typeof actual, `${path}: a number`).toBe('number');
    const difference = Math.abs((actual as number) - expected);
    expect(difference, `${path}: ${String(actual)} vs ${expected} (tolerance ${tolerance})`).toBeLessThanOrEqual(tolerance);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path}: an array`).toBe(true);
    expect((actual as unknown[]).length, `${path}: length`).toBe(expected.length);
    expected.forEach((item, i) => expectClose((actual as unknown[])[i], item, tolerance, keyTolerance, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', `${path}: an object`).toBe(true);
    for (const [key, value] of Object.entries(expected)) {
      expect(Object.hasOwn(actual as object, key), `${path}.${key}: computed`).toBe(true);
      expectClose((actual as Record<string, unknown>)[key], value, keyTolerance[key] ?? tolerance, keyTolerance, `${path}.${key}`);
    }
    return;
  }
  expect(actual, path).toBe(expected);
}
