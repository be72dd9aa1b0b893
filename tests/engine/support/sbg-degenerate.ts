import { expect } from 'vitest';
import { isEngineError } from '~/engine/core/errors';

/**
 * True when a cohort's counts look like what sBG describes: someone leaves in every period and the
 * observed retention rises from period to period (the likeliest leavers go first).
 */
export function retentionRisesWithLosses(survivors: readonly number[]): boolean {
  const rates = survivors.slice(1).map((n, t) => n / survivors[t]!);
  return survivors.every((n, t) => t === 0 || (n > 0 && n < survivors[t - 1]!)) && rates.every((r, t) => t === 0 || r > rates[t - 1]!);
}

/**
 * Runs an sBG fit; a refusal must be `degenerate-fit` and only for counts sBG cannot describe. Returns the
 * result, or null when the fit was (rightly) refused.
 */
export function fitUnlessDegenerate<T>(survivors: readonly number[], fit: () => T): T | null {
  try {
    return fit();
  } catch (error) {
    expect(isEngineError(error) && error.code).toBe('degenerate-fit');
    expect(retentionRisesWithLosses(survivors), `refused counts that rise with losses: ${survivors.join(',')}`).toBe(false);
    return null;
  }
}
