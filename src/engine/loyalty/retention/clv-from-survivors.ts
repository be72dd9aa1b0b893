import { EngineError } from '../../core/errors';
import { requireAbove, requireInRange } from '../../core/guards';

/**
 * The expected lifetime value of one customer of a cohort from its survivor curve (a projection or data):
 * CLV = Σ_{t=1..T} m · (S_{t−1} ÷ S_0) ÷ (1 + d)^t with T = survivors.length: a customer still there at the
 * start of year t brings the year's margin m, received at the year's end and discounted. With a constant
 * retention r the survivors are S_0 · r^t and this is chapter 6's Σ m · r^(t−1) ÷ (1 + d)^t (docs/contracts.md §5, no
 * acquisition cost), so the two projections of chapter 10 can be turned into the CLV they imply.
 * Source: Gupta & Lehmann (2003), "Customers as assets", J. Interactive Marketing 17(1); Fader & Hardie (2007), §1
 * (why a projection's error matters for CLV); course chapters 6 and 10.
 * @throws EngineError `invalid-argument` (no count, or survivors[0] not > 0), `invalid-count` (a count negative
 *   or not finite), `invalid-margin` (not finite), `invalid-discount` (outside 0–1).
 * @example clvFromSurvivors([1000, 500], 100, 0) // 100 · 1 + 100 · 0.5 = 150
 */
export function clvFromSurvivors(survivors: readonly number[], margin: number, discount: number): number {
  if (survivors.length === 0 || !(survivors[0]! > 0)) {
    throw new EngineError('invalid-argument', '第 0 年的客户数必须大于 0(the first count must be greater than 0)', { first: survivors[0] });
  }
  if (!Number.isFinite(margin)) throw new EngineError('invalid-margin', `每年毛利必须是有限的数字，当前为 ${margin}(the margin must be a finite number)`, { margin });
  requireInRange(discount, 0, 1, { code: 'invalid-discount', zh: '折现率', en: 'discount rate' });
  let clv = 0;
  survivors.forEach((s, i) => {
    requireAbove(s, 0, { code: 'invalid-count', zh: `第 ${i} 年的客户数`, en: `the count of year ${i}` }, true);
    clv += (margin * (s / survivors[0]!)) / (1 + discount) ** (i + 1);
  });
  return clv;
}
