import { EngineError } from '../../core/errors';

/** One customer to consider for win-back. */
export interface WinBackCandidate {
  readonly customer: string;
  /** What the customer is worth to you: past revenue, or better a forecast such as the CLV. */
  readonly value: number;
  /** The probability the customer is still active, e.g. BG/NBD's `bgNbdPAlive`. */
  readonly pAlive: number;
}

/** Where a customer stands: still active, lapsing (the win-back list), or lost. */
export type WinBackBand = 'win-back' | 'active' | 'lost';

/** Chinese names of the bands, for views. */
export const WIN_BACK_BAND_LABELS: Readonly<Record<WinBackBand, string>> = Object.freeze({
  'win-back': '重点挽回',
  active: '仍活跃',
  lost: '基本流失',
});

/** How to score a customer within a band. */
export type WinBackScore = 'value-x-alive' | 'value-x-risk';

/** Options for `winBackPriority`. */
export interface WinBackOptions {
  /** `value-x-alive` (default): value × P(alive); `value-x-risk`: value × (1 − P(alive)). */
  readonly score?: WinBackScore;
  /** P(alive) from which a customer counts as still active; default 0.8. */
  readonly activeFrom?: number;
  /** P(alive) below which a customer counts as lost; default 0.1. */
  readonly lostBelow?: number;
}

/** A customer with their score, band and place on the win-back list. */
export interface WinBackEntry extends WinBackCandidate {
  readonly score: number;
  readonly band: WinBackBand;
  /** 1, 2, … on the win-back list; null for active and lost customers. */
  readonly rank: number | null;
}

/**
 * Ranks customers for a win-back campaign (客户挽回优先级). The teaching rule: win back customers who
 * are lapsing, valuable and not hopeless. Customers with P(alive) ≥ `activeFrom` are still active
 * (keep serving them; no win-back offer), those below `lostBelow` are lost (an offer is most likely
 * wasted), and the rest form the win-back list. On the list the default score is value × P(alive),
 * the value one can expect to recover: a valuable customer who is still fairly likely to be
 * reachable comes first, one with the same value but hardly any chance comes later. The alternative
 * `value-x-risk` = value × (1 − P(alive)) is the value at risk; it favours those closest to leaving,
 * which suits a retention (防流失) campaign more than a win-back. The result lists every customer:
 * the win-back list first, then the active, then the lost, each by score (highest first; ties by
 * customer id).
 * Source: the course's chapter 10 (客户挽回: 分析流失原因, 区别对待不同的流失客户); P(alive) from
 * Fader, Hardie & Lee (2005).
 * @throws EngineError `invalid-argument` when a value is not finite, a P(alive) is outside [0, 1], or
 *   the thresholds are not 0 ≤ lostBelow ≤ activeFrom ≤ 1.
 * @example A (value 1000, P 0.5), B (2000, 0.2), C (5000, 0.95), D (3000, 0.05):
 *   win-back list A (score 500) then B (400); C is active, D lost.
 */
export function winBackPriority(rows: readonly WinBackCandidate[], options: WinBackOptions = {}): WinBackEntry[] {
  const scoreBy = options.score ?? 'value-x-alive';
  const activeFrom = options.activeFrom ?? 0.8;
  const lostBelow = options.lostBelow ?? 0.1;
  if (scoreBy !== 'value-x-alive' && scoreBy !== 'value-x-risk') {
    throw new EngineError('invalid-argument', `未知的评分方式 ${String(scoreBy)}(unknown score)`, { score: scoreBy });
  }
  if (!(lostBelow >= 0 && lostBelow <= activeFrom && activeFrom <= 1)) {
    throw new EngineError('invalid-argument', `阈值需满足 0 ≤ lostBelow ≤ activeFrom ≤ 1(thresholds must satisfy 0 ≤ lostBelow ≤ activeFrom ≤ 1)`, {
      lostBelow,
      activeFrom,
    });
  }
  const order: Record<WinBackBand, number> = { 'win-back': 0, active: 1, lost: 2 };
  const entries = rows.map((row, index) => {
    if (!Number.isFinite(row.value) || !(row.pAlive >= 0 && row.pAlive <= 1)) {
      throw new EngineError(
        'invalid-argument',
        `第 ${index + 1} 行：价值必须是有限数，P(alive) 必须在 0 到 1 之间(row ${index + 1}: value must be finite and P(alive) in [0, 1])`,
        { index, value: row.value, pAlive: row.pAlive },
      );
    }
    const band: WinBackBand = row.pAlive >= activeFrom ? 'active' : row.pAlive < lostBelow ? 'lost' : 'win-back';
    const score = row.value * (scoreBy === 'value-x-alive' ? row.pAlive : 1 - row.pAlive);
    return { customer: row.customer, value: row.value, pAlive: row.pAlive, score, band };
  });
  entries.sort((p, q) => order[p.band] - order[q.band] || q.score - p.score || (p.customer < q.customer ? -1 : p.customer > q.customer ? 1 : 0));
  let rank = 0;
  return entries.map((entry) => ({ ...entry, rank: entry.band === 'win-back' ? ++rank : null }));
}
