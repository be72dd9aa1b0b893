import type { RfmCustomer } from './types';
import { requireIntegerInRange } from '../../core/guards';

/** One score level of one measure: how many customers got it and the range of raw values behind it. */
export interface ScoreLevel {
  readonly score: number;
  readonly customers: number;
  /** Smallest and largest raw value among these customers (days, orders or 元); null when none. */
  readonly min: number | null;
  readonly max: number | null;
}

/** Per measure, the levels 1..bins in order. */
export interface RfmScoreDistribution {
  readonly recency: ScoreLevel[];
  readonly frequency: ScoreLevel[];
  readonly monetary: ScoreLevel[];
}

type Scored = Pick<RfmCustomer, 'recency' | 'frequency' | 'monetary' | 'r' | 'f' | 'm'>;

/**
 * How many customers got each score 1..bins on R, F and M, with the smallest and largest raw value behind
 * each score, so a reader sees what a score means on this data (e.g. "R 5 分 = 1–14 天").
 *
 * @throws EngineError `invalid-bins` unless bins is an integer 1–100.
 * @example
 * rfmScoreDistribution([{ recency: 3, frequency: 2, monetary: 50, r: 2, f: 2, m: 2 },
 *   { recency: 9, frequency: 1, monetary: 10, r: 1, f: 1, m: 1 }], 2).recency
 * // [{ score: 1, customers: 1, min: 9, max: 9 }, { score: 2, customers: 1, min: 3, max: 3 }]
 */
export function rfmScoreDistribution(customers: readonly Scored[], bins: number): RfmScoreDistribution {
  requireIntegerInRange(bins, 1, 100, { code: 'invalid-bins', zh: '分档数', en: 'bins' });
  return {
    recency: levels(customers, bins, (c) => c.r, (c) => c.recency),
    frequency: levels(customers, bins, (c) => c.f, (c) => c.frequency),
    monetary: levels(customers, bins, (c) => c.m, (c) => c.monetary),
  };
}

function levels(customers: readonly Scored[], bins: number, score: (c: Scored) => number, raw: (c: Scored) => number): ScoreLevel[] {
  const count = new Array<number>(bins).fill(0);
  const min = new Array<number>(bins).fill(Infinity);
  const max = new Array<number>(bins).fill(-Infinity);
  for (const c of customers) {
    const k = score(c) - 1;
    if (!(k >= 0 && k < bins)) continue;
    const v = raw(c);
    count[k]! += 1;
    if (v < min[k]!) min[k] = v;
    if (v > max[k]!) max[k] = v;
  }
  return count.map((n, k) => ({ score: k + 1, customers: n, min: n > 0 ? min[k]! : null, max: n > 0 ? max[k]! : null }));
}
