import { EngineError } from '../../core/errors';

/** Customers whose P(alive) falls in [from, to) (the last bin includes 1). */
export interface PAliveBin {
  readonly from: number;
  readonly to: number;
  readonly customers: number;
}

/**
 * The distribution of P(alive) over customers in `bins` equal bins from 0 to 1: [0, 0.1), [0.1, 0.2), …,
 * [0.9, 1] for 10 bins, so a bin edge such as 0.8 (the “still active” threshold) starts a bin. Also the mean.
 * Source: Fader, Hardie & Lee (2005) (P(alive)); a plain histogram.
 * @throws EngineError `invalid-argument` when bins is not a whole number 1–100 or a P(alive) is outside [0, 1].
 * @example pAliveHistogram([0.05, 0.5, 1], 2) // bins [0, 0.5): 1, [0.5, 1]: 2; mean 0.5167
 */
export function pAliveHistogram(pAlive: ArrayLike<number>, bins = 10): { bins: PAliveBin[]; mean: number | null } {
  if (!Number.isInteger(bins) || bins < 1 || bins > 100) {
    throw new EngineError('invalid-argument', `分组数必须是 1 到 100 的整数，当前为 ${bins}(bins must be a whole number 1–100)`, { bins });
  }
  const counts = new Array<number>(bins).fill(0);
  let sum = 0;
  for (let i = 0; i < pAlive.length; i++) {
    const p = pAlive[i]!;
    if (!(p >= 0 && p <= 1)) throw new EngineError('invalid-argument', `第 ${i + 1} 个 P(alive) 不在 0 到 1 之间：${p}(P(alive) must lie in [0, 1])`, { index: i, p });
    // A tiny tolerance keeps 0.8 (stored as 0.8000…) in the bin that starts at 0.8.
    counts[Math.min(bins - 1, Math.floor(p * bins + 1e-9))]!++;
    sum += p;
  }
  return {
    bins: counts.map((customers, k) => ({ from: k / bins, to: (k + 1) / bins, customers })),
    mean: pAlive.length > 0 ? sum / pAlive.length : null,
  };
}
