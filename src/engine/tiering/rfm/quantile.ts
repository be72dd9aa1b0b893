import { EngineError } from '../../core/errors';
import { requireInRange } from '../../core/guards';

/**
 * The p-quantile of values already sorted ascending, by Hyndman & Fan's type 7 (R's default,
 * also NumPy's `linear`): with h = 1 + (n − 1)·p, interpolate linearly between the ⌊h⌋-th and
 * ⌈h⌉-th smallest values. Computed the way R's `quantile.default` does, so results match R to the bit.
 *
 * Source: Hyndman, R.J. & Fan, Y. (1996), "Sample quantiles in statistical packages",
 * The American Statistician 50(4):361–365; R `stats::quantile`, type = 7.
 * @throws EngineError `no-values` for an empty array; `invalid-probability` unless 0 ≤ p ≤ 1.
 * @example quantileType7([1, 2, 3, 4], 0.5) // 2.5 (h = 2.5: halfway between 2 and 3)
 * @example quantileType7([10, 20, 30, 40, 50], 0.2) // 18 (h = 1.8: 10 + 0.8 × 10)
 */
export function quantileType7(sortedValues: ArrayLike<number>, p: number): number {
  const n = sortedValues.length;
  if (n === 0) throw new EngineError('no-values', '没有数值，无法计算分位数(no values to take a quantile of)');
  requireInRange(p, 0, 1, { code: 'invalid-probability', zh: '分位点', en: 'the probability' });
  const index = 1 + (n - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const low = sortedValues[lo - 1] as number;
  const high = sortedValues[hi - 1] as number;
  if (index > lo && high !== low) {
    const h = index - lo;
    return (1 - h) * low + h * high;
  }
  return low;
}
