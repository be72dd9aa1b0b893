import { EngineError } from '../core/errors';

/**
 * Scores rescaled to a new total in steps of `step` (half points by default), adding up exactly: each score is
 * scaled, rounded down to the step, and the steps left over go to the largest remainders (ties: the earlier).
 * Used when a paper gives an item other points than the bank (a 15-point case in a 20-point place).
 *
 * Source: the largest-remainder (Hamilton) method.
 * @throws EngineError `invalid-scores` when the scores do not add up to a positive total, `invalid-total` when the
 *   new total is not a whole number of steps.
 * @example scaleScores([1, 1, 1, 1], 3) // [1, 1, 0.5, 0.5]: each 0.75 rounds down to 0.5, the two half points left go to the first two
 */
export function scaleScores(scores: readonly number[], total: number, step = 0.5): number[] {
  const sum = scores.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || scores.some((s) => !(s >= 0))) throw new EngineError('invalid-scores', `分值须为非负数且合计大于 0(scores must be non-negative with a positive total)`, {});
  const units = Math.round(total / step);
  if (Math.abs(units * step - total) > 1e-9 || units < 0) throw new EngineError('invalid-total', `总分 ${total} 不是 ${step} 分的整数倍(the total is not a whole number of steps)`, { total, step });
  if (Math.abs(sum - total) < 1e-9) return [...scores];
  const exact = scores.map((s) => (s / sum) * units);
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let left = units - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - floors[i]!, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors.map((u) => u * step);
}
