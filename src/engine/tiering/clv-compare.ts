import { customerLifetimeValue, type ClvInput, type ClvResult } from './clv';

/** Two CLV scenarios side by side and what separates them. */
export interface ClvComparison {
  readonly base: ClvResult;
  readonly alternative: ClvResult;
  /** alternative.clv − base.clv. */
  readonly difference: number;
  /** alternative.clv / base.clv − 1 (e.g. 0.5 = half as much again); null when base.clv is 0. */
  readonly relativeChange: number | null;
}

/**
 * Customer lifetime value of two scenarios (e.g. retention 80 % and 90 %) and their difference: chapter 6's
 * point that a few points of retention are worth a lot. Each scenario follows `customerLifetimeValue`.
 *
 * Source: docs/contracts.md §5 (CLV); Reichheld, F.F. & Sasser, W.E. (1990), "Zero defections", Harvard Business Review.
 * @throws EngineError as `customerLifetimeValue` does, for either scenario.
 * @example
 * compareClvScenarios({ margin: 600, retention: 0.8, discount: 0.1 }, { margin: 600, retention: 0.9, discount: 0.1 })
 * // { base.clv 2000, alternative.clv 3000, difference 1000, relativeChange 0.5 } (600/0.3 and 600/0.2)
 */
export function compareClvScenarios(base: ClvInput, alternative: ClvInput): ClvComparison {
  const a = customerLifetimeValue(base);
  const b = customerLifetimeValue(alternative);
  return { base: a, alternative: b, difference: b.clv - a.clv, relativeChange: a.clv !== 0 ? b.clv / a.clv - 1 : null };
}
