import { EngineError } from '../../core/errors';
import { requireAbove } from '../../core/guards';

/**
 * Period-by-period retention of one cohort: r_t = S_t / S_{t−1}, where S_0 customers started and S_t
 * were still there after period t (当年保持率 = 年末仍在的客户 ÷ 年初仍在的客户). The result has one rate
 * per period (length survivors.length − 1); a rate after a period that began with nobody is null.
 * With counts of customers *active* in each period (a cohort table row) rather than survivors, someone
 * can come back, so a rate may exceed 1: it is then only an approximate month-on-month retention.
 *
 * Source: Fader, P.S. & Hardie, B.G.S. (2007), "How to project customer retention", Journal of Interactive
 * Marketing 21(1):76–90, Table 1 (retention rates rising year by year); course chapters 9 and 10.
 * @throws EngineError `invalid-count` (a count negative or not finite), `invalid-argument` (no count).
 * @example retentionFromSurvivors([1000, 631, 468]) // [0.631, 0.7417 (468 / 631)]
 */
export function retentionFromSurvivors(survivors: readonly number[]): (number | null)[] {
  if (survivors.length === 0) {
    throw new EngineError('invalid-argument', '至少需要期初人数(at least the starting count is needed)');
  }
  survivors.forEach((n, t) => requireAbove(n, 0, { code: 'invalid-count', zh: `第 ${t} 期的人数`, en: `the count after period ${t}` }, true));
  return survivors.slice(1).map((n, t) => (survivors[t]! > 0 ? n / survivors[t]! : null));
}
