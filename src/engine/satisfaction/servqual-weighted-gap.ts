import { EngineError } from '../core/errors';
import { requireAbove, requireFinite } from '../core/guards';

/** One dimension's gap, as in `servqualGaps(...).dimensions`. */
export interface DimensionGap {
  readonly dimension: string;
  /** P − E; null when the dimension has no answers. */
  readonly gap: number | null;
}

export interface ServqualWeightedGap {
  /** Σ wᵢ·gapᵢ / Σ wᵢ over the dimensions with a gap; null when there is none or their weights are all 0. */
  readonly weightedGap: number | null;
  /** The dimension with the most negative gap (first on ties); null when no dimension falls short. */
  readonly largestShortfall: string | null;
  /** Dimensions left out because their gap is null. */
  readonly missing: string[];
}

/**
 * The weighted SERVQUAL gap: customers share out importance over the five dimensions (e.g. 100 points),
 * and the overall gap is the importance-weighted mean of the dimension gaps, Σ wᵢ·(Pᵢ − Eᵢ) / Σ wᵢ.
 * Weights may be shares that add up to 1 or points that add up to 100: they are divided by their sum.
 * A shortfall on a dimension customers care about weighs more, so the weighted gap is the better single
 * figure for deciding what to fix first; `largestShortfall` names the dimension furthest below expectations.
 *
 * Source: Zeithaml, V.A., Parasuraman, A. & Berry, L.L. (1990), Delivering Quality Service: Balancing Customer
 * Perceptions and Expectations, Free Press (the weighted SERVQUAL score with 100 importance points);
 * course chapter 8 (例题 迅达物流的服务质量差距表).
 * @throws EngineError `invalid-weights` (a dimension with no weight, or a weight negative or not finite),
 *   `invalid-score` (a gap that is not a finite number or null).
 * @example servqualWeightedGap([{ dimension: '可靠性', gap: -1.2 }, { dimension: '有形性', gap: -0.2 }], { 可靠性: 75, 有形性: 25 })
 *   // { weightedGap: −0.95 ((75 × −1.2 + 25 × −0.2) / 100), largestShortfall: '可靠性', missing: [] }
 */
export function servqualWeightedGap(dimensions: readonly DimensionGap[], weights: Readonly<Record<string, number>>): ServqualWeightedGap {
  let weighted = 0;
  let weightSum = 0;
  let largest: DimensionGap | null = null;
  const missing: string[] = [];
  for (const row of dimensions) {
    if (!Object.hasOwn(weights, row.dimension)) {
      throw new EngineError('invalid-weights', `维度“${row.dimension}”没有权重(the dimension ${row.dimension} has no weight)`, { dimension: row.dimension });
    }
    const weight = requireAbove(weights[row.dimension]!, 0, { code: 'invalid-weights', zh: `维度“${row.dimension}”的权重`, en: `the weight of ${row.dimension}` }, true);
    if (row.gap === null) {
      missing.push(row.dimension);
      continue;
    }
    const gap = requireFinite(row.gap, { code: 'invalid-score', zh: `维度“${row.dimension}”的差距`, en: `the gap of ${row.dimension}` });
    weighted += weight * gap;
    weightSum += weight;
    if (gap < 0 && (largest === null || gap < largest.gap!)) largest = row;
  }
  return { weightedGap: weightSum > 0 ? weighted / weightSum : null, largestShortfall: largest?.dimension ?? null, missing };
}
