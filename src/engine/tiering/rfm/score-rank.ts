import type { Better } from './types';
import { requireFinite, requireIntegerInRange } from '../../core/guards';
import { countAbove, countBelow } from './sorted-search';

/**
 * Scores values 1..bins by rank (docs/contracts.md §5): a value's score is 1 + ⌊bins × L / N⌋, where N is the
 * number of values and L counts the values strictly worse (smaller when higher is better, larger
 * when lower is better). Equal values get equal scores; the best value always scores as high as
 * its rank allows and the worst always scores 1.
 *
 * Sorts one copy of the values and binary-searches each one: O(N log N), no per-value objects. Whole numbers
 * spanning a small range (recency in days, frequency) are counted instead: O(N + range).
 * Source: docs/contracts.md §5 (RFM scores), the quintile scoring of Hughes, A.M. (1994), Strategic Database Marketing.
 * @throws EngineError `invalid-bins` unless bins is an integer 1–100; `invalid-value` for a value that is not finite.
 * @example scoreByRank([10, 20, 20, 40], 4, 'higher') // Int32Array [1, 2, 2, 4] (L = 0, 1, 1, 3)
 * @example scoreByRank([3, 1, 2], 3, 'lower') // Int32Array [1, 3, 2] (fewer days is better)
 */
export function scoreByRank(values: ArrayLike<number>, bins: number, better: Better): Int32Array {
  requireIntegerInRange(bins, 1, 100, { code: 'invalid-bins', zh: '分档数', en: 'bins' });
  const n = values.length;
  const sorted = new Float64Array(n);
  let whole = true;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    // The name is made only for the message: made for every value it cost more than the sort.
    if (!Number.isFinite(v)) requireFinite(v, { code: 'invalid-value', zh: `第 ${i + 1} 个数值`, en: `value ${i + 1}` });
    sorted[i] = v;
    if (v < min) min = v;
    if (v > max) max = v;
    if (whole && !Number.isInteger(v)) whole = false;
  }
  if (n > 0 && whole && max - min <= Math.max(4 * n, 4096)) return scoreCounted(values, bins, better, min, max);
  sorted.sort();
  const scores = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    const worse = better === 'higher' ? countBelow(sorted, v) : countAbove(sorted, v);
    scores[i] = 1 + Math.floor((bins * worse) / n);
  }
  return scores;
}

/** `scoreByRank` for whole numbers from `min` to `max`: the values strictly worse, from a count per value. */
function scoreCounted(values: ArrayLike<number>, bins: number, better: Better, min: number, max: number): Int32Array {
  const n = values.length;
  const count = new Int32Array(max - min + 2);
  for (let i = 0; i < n; i++) count[(values[i] as number) - min + 1]! += 1;
  // Prefix sums: below[k] = how many values are less than min + k.
  for (let k = 1; k < count.length; k++) count[k]! += count[k - 1]!;
  const scores = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = (values[i] as number) - min;
    const worse = better === 'higher' ? count[k]! : n - count[k + 1]!;
    scores[i] = 1 + Math.floor((bins * worse) / n);
  }
  return scores;
}
