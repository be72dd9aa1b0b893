import { requireAbove, requireInRange, requireIntegerInRange } from '../../core/guards';

/**
 * The naive projection of a cohort with one retention rate for every period: n0 · r^t customers after
 * t = 0, 1, …, `periods` periods (the first entry is n0). Fader & Hardie's warning example: taking the
 * first year's rate for all years understates later survivors badly, because retention rises as the
 * least loyal leave first (compare `sbgProject`).
 *
 * Source: Fader, P.S. & Hardie, B.G.S. (2007), "How to project customer retention", Journal of Interactive
 * Marketing 21(1):76–90, §2 (the constant-retention projection they argue against); course chapter 10.
 * @throws EngineError `invalid-count` (n0 negative or not finite), `invalid-retention` (outside 0–1),
 *   `invalid-periods` (not a whole number 0–1000).
 * @example constantRetentionProjection(1000, 0.631, 2) // [1000, 631, 398.161 (631 × 0.631)]
 */
export function constantRetentionProjection(n0: number, retention: number, periods: number): number[] {
  requireAbove(n0, 0, { code: 'invalid-count', zh: '初始客户数', en: 'customers at the start' }, true);
  requireInRange(retention, 0, 1, { code: 'invalid-retention', zh: '保持率', en: 'retention' });
  requireIntegerInRange(periods, 0, 1000, { code: 'invalid-periods', zh: '预测期数', en: 'periods' });
  const projected = [n0];
  for (let t = 1; t <= periods; t++) projected.push(n0 * Math.pow(retention, t));
  return projected;
}
