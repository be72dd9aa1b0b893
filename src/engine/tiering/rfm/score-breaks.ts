import type { Better } from './types';
import { requireFinite, requireIntegerInRange } from '../../core/guards';
import { quantileType7 } from './quantile';
import { countAbove } from './sorted-search';

/**
 * The cut points of the R package `rfm` 0.3.0 (docs/contracts.md §5, method `breaks`):
 * q_k = quantileType7(values, k / bins) + 1 for k = 1..bins−1, ascending.
 *
 * Source: rsquaredacademy/rfm 0.3.0, `R/rfm-table-transaction.R`.
 * @throws EngineError `invalid-bins` unless bins is an integer 1–100; `no-values` for no values;
 *   `invalid-value` for a value that is not finite.
 * @example quantileCutPoints([1, 2, 3, 4, 5], 2) // [4] (the median 3, plus 1)
 */
export function quantileCutPoints(values: ArrayLike<number>, bins: number): number[] {
  requireIntegerInRange(bins, 1, 100, { code: 'invalid-bins', zh: '分档数', en: 'bins' });
  const sorted = sortedCopy(values);
  const cuts: number[] = [];
  for (let k = 1; k < bins; k++) cuts.push(quantileType7(sorted, k / bins) + 1);
  return cuts;
}

/**
 * Scores values against ascending cut points q_1..q_{B−1} (B = cut points + 1 levels): the
 * intervals [min, q_1), [q_1, q_2), …, [q_{B−1}, max+1) score 1..B when higher is better and
 * B..1 when lower is better. Equal cut points leave a score unused, as in the R package.
 *
 * Source: docs/contracts.md §5 (method `breaks`); rsquaredacademy/rfm 0.3.0.
 * @throws EngineError `invalid-value` for a value that is not finite.
 * @example scoreByBreaks([1, 4, 5, 9], [4, 6], 'higher') // Int32Array [1, 2, 2, 3]
 * @example scoreByBreaks([1, 4, 5, 9], [4, 6], 'lower') // Int32Array [3, 2, 2, 1]
 */
export function scoreByBreaks(values: ArrayLike<number>, cutPoints: readonly number[], better: Better): Int32Array {
  const levels = cutPoints.length + 1;
  const cuts = Float64Array.from(cutPoints);
  const n = values.length;
  const scores = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = requireFinite(values[i] as number, { code: 'invalid-value', zh: `第 ${i + 1} 个数值`, en: `value ${i + 1}` });
    const passed = levels - 1 - countAbove(cuts, v); // cut points ≤ v
    scores[i] = better === 'higher' ? 1 + passed : levels - passed;
  }
  return scores;
}

function sortedCopy(values: ArrayLike<number>): Float64Array {
  const sorted = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    sorted[i] = requireFinite(values[i] as number, { code: 'invalid-value', zh: `第 ${i + 1} 个数值`, en: `value ${i + 1}` });
  }
  return sorted.sort();
}
