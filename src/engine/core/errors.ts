/**
 * An error the engine throws for an argument or input it cannot work with.
 * `code` is stable and machine-readable (kebab-case); views map it to a calm Chinese message.
 * `message` is already that message: Chinese first, the English in brackets.
 *
 * @example
 * throw new EngineError('too-few-customers', '至少需要 2 位客户(at least 2 customers are needed)', { found: 1 });
 */
export class EngineError extends Error {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.details = details;
  }
}

/** True when `value` is an EngineError (also across realms such as a Web Worker's messages). */
export function isEngineError(value: unknown): value is EngineError {
  return value instanceof EngineError || (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'EngineError');
}
