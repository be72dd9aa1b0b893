import type { RfmCustomer } from './types';
import { requireIntegerInRange } from '../../core/guards';

/** One cell of the R × F grid. */
export interface RfCell {
  readonly r: number;
  readonly f: number;
  readonly customers: number;
  /** Mean monetary value of the cell's customers; null for an empty cell. */
  readonly meanMonetary: number | null;
}

export interface RfGrid {
  readonly bins: number;
  /** rows[r − 1][f − 1]: R score down, F score across. */
  readonly rows: RfCell[][];
  /** The largest mean in the grid (null when every cell is empty), for shading. */
  readonly maxMeanMonetary: number | null;
  readonly minMeanMonetary: number | null;
}

type Scored = Pick<RfmCustomer, 'r' | 'f' | 'monetary'>;

/**
 * The R × F heat map of RFM analysis: for each pair of R and F scores, how many customers have it and their
 * mean monetary value. It shows at a glance where the money is (usually top right: recent and frequent).
 *
 * Source: the R package `rfm` 0.3.0's `rfm_heatmap` (mean monetary value by recency and frequency score).
 * @throws EngineError `invalid-bins` unless bins is an integer 1–100.
 * @example
 * averageMonetaryByRf([{ r: 2, f: 2, monetary: 100 }, { r: 2, f: 2, monetary: 50 }, { r: 1, f: 1, monetary: 10 }], 2).rows[1][1]
 * // { r: 2, f: 2, customers: 2, meanMonetary: 75 }
 */
export function averageMonetaryByRf(customers: readonly Scored[], bins: number): RfGrid {
  requireIntegerInRange(bins, 1, 100, { code: 'invalid-bins', zh: '分档数', en: 'bins' });
  const count = new Float64Array(bins * bins);
  const sum = new Float64Array(bins * bins);
  for (const c of customers) {
    if (!(c.r >= 1 && c.r <= bins && c.f >= 1 && c.f <= bins)) continue;
    const at = (c.r - 1) * bins + (c.f - 1);
    count[at]! += 1;
    sum[at]! += c.monetary;
  }
  let maxMean: number | null = null;
  let minMean: number | null = null;
  const rows: RfCell[][] = [];
  for (let r = 1; r <= bins; r++) {
    const row: RfCell[] = [];
    for (let f = 1; f <= bins; f++) {
      const at = (r - 1) * bins + (f - 1);
      const n = count[at]!;
      const mean = n > 0 ? sum[at]! / n : null;
      if (mean !== null) {
        maxMean = maxMean === null ? mean : Math.max(maxMean, mean);
        minMean = minMean === null ? mean : Math.min(minMean, mean);
      }
      row.push({ r, f, customers: n, meanMonetary: mean });
    }
    rows.push(row);
  }
  return { bins, rows, maxMeanMonetary: maxMean, minMeanMonetary: minMean };
}
