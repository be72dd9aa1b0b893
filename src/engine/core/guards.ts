import { EngineError } from './errors';

/**
 * Argument checks shared by the engine's analyses. Each throws `EngineError(code, message)` with a
 * Chinese message and the English in brackets, naming the argument and the value it got.
 * Internal helpers: not re-exported from `index.ts`.
 */

/** How an argument is named in error messages: its code, its Chinese and its English name. */
export interface ArgumentName {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

function fail(name: ArgumentName, zh: string, en: string, value: unknown): never {
  const shown = typeof value === 'number' || typeof value === 'string' ? String(value) : typeof value;
  throw new EngineError(name.code, `${name.zh}${zh}，当前为 ${shown}(${name.en} ${en}, got ${shown})`, { value });
}

/** `value` must be a finite number. */
export function requireFinite(value: number, name: ArgumentName): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(name, '必须是有限的数字', 'must be a finite number', value);
  return value;
}

/** `value` must be a finite number in [min, max] (either end may be open). */
export function requireInRange(
  value: number,
  min: number,
  max: number,
  name: ArgumentName,
  open: { min?: boolean; max?: boolean } = {},
): number {
  requireFinite(value, name);
  const belowMin = open.min ? value <= min : value < min;
  const aboveMax = open.max ? value >= max : value > max;
  if (belowMin || aboveMax) {
    const range = `${open.min ? '(' : '['}${min}, ${max}${open.max ? ')' : ']'}`;
    fail(name, `必须在 ${range} 之内`, `must be in ${range}`, value);
  }
  return value;
}

/** `value` must be a finite number greater than `min` (or at least `min` when `inclusive`). */
export function requireAbove(value: number, min: number, name: ArgumentName, inclusive = false): number {
  requireFinite(value, name);
  if (inclusive ? value < min : value <= min) {
    fail(name, inclusive ? `不能小于 ${min}` : `必须大于 ${min}`, inclusive ? `must be at least ${min}` : `must be greater than ${min}`, value);
  }
  return value;
}

/** `value` must be an integer in [min, max]. */
export function requireIntegerInRange(value: number, min: number, max: number, name: ArgumentName): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(name, `必须是 ${min} 到 ${max} 之间的整数`, `must be an integer from ${min} to ${max}`, value);
  }
  return value;
}
