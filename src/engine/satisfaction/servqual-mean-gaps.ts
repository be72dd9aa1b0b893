import { requireFinite } from '../core/guards';
import type { ServqualDimensionGap } from './servqual';

/** One dimension's mean expectation and mean perception, as a textbook table gives them. */
export interface DimensionMeans {
  readonly dimension: string;
  readonly expectation: number;
  readonly perception: number;
}

/**
 * SERVQUAL gaps from dimension means already worked out (a textbook's table, a report's summary): for each
 * dimension the gap P − E, negative when the service falls short of expectations. The rows have the shape of
 * `servqualGaps(...).dimensions`, so the same views and `servqualWeightedGap` take them; `items` is empty
 * because no item answers are behind them.
 *
 * Source: Parasuraman, Zeithaml & Berry (1988); course chapter 8 (例题 迅达物流的服务质量差距表).
 * @throws EngineError `invalid-score` for a mean that is not a finite number.
 * @example servqualMeanGaps([{ dimension: '可靠性', expectation: 6.5, perception: 5.3 }])[0]
 * // { dimension: '可靠性', expectation: 6.5, perception: 5.3, gap: −1.2 (5.3 − 6.5), fallsShort: true, items: [] }
 */
export function servqualMeanGaps(rows: readonly DimensionMeans[]): ServqualDimensionGap[] {
  return rows.map(({ dimension, expectation, perception }) => {
    requireFinite(expectation, { code: 'invalid-score', zh: `维度“${dimension}”的期望`, en: `the expectation of ${dimension}` });
    requireFinite(perception, { code: 'invalid-score', zh: `维度“${dimension}”的感知`, en: `the perception of ${dimension}` });
    const gap = perception - expectation;
    return { dimension, expectation, perception, gap, fallsShort: gap < 0, items: [] };
  });
}
