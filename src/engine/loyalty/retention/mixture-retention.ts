import { EngineError } from '../../core/errors';
import { requireAbove, requireInRange, requireIntegerInRange } from '../../core/guards';

/** A group of customers who all keep the same retention rate. */
export interface RetentionSegment {
  readonly name: string;
  /** Customers in the group at the start, ≥ 0. */
  readonly customers: number;
  /** The group's retention rate per period, 0–1. */
  readonly retention: number;
}

export interface MixtureRetention {
  /** Customers of all groups together after t = 0, 1, …, periods (the first entry is the starting total). */
  readonly survivors: number[];
  /** The cohort's retention in period t = 1, …, periods: survivors[t] / survivors[t − 1]; null once nobody is left. */
  readonly retention: (number | null)[];
  /** Per group, its survivors after t = 0, 1, …, periods: customers · rᵗ. */
  readonly bySegment: { readonly name: string; readonly survivors: number[] }[];
}

/**
 * Why a cohort's retention rises although nobody changes: a mix of groups, each keeping its own constant
 * retention rate. Each group shrinks as customers · rᵗ; the cohort's rate in period t is the total after t
 * over the total after t − 1, which climbs towards the best group's rate as the others die out.
 *
 * Source: Fader, P.S. & Hardie, B.G.S. (2007), "How to project customer retention", Journal of Interactive
 * Marketing 21(1):76–90, §2 (heterogeneity makes aggregate retention rise; their two-segment illustration);
 * course chapter 10 (例题 两类客户混在一起，保持率为什么会上升).
 * @throws EngineError `invalid-argument` (no group), `invalid-count` (customers negative or not finite),
 *   `invalid-retention` (outside 0–1), `invalid-periods` (not a whole number 0–1000).
 * @example mixtureRetention([{ name: '稳定型', customers: 500, retention: 0.9 }, { name: '摇摆型', customers: 500, retention: 0.4 }], 2)
 *   // survivors [1000, 650, 485], retention [0.65, 0.7462 (485 / 650)]
 */
export function mixtureRetention(segments: readonly RetentionSegment[], periods: number): MixtureRetention {
  if (segments.length === 0) throw new EngineError('invalid-argument', '至少需要一类客户(at least one group of customers is needed)');
  requireIntegerInRange(periods, 0, 1000, { code: 'invalid-periods', zh: '期数', en: 'periods' });
  const bySegment = segments.map(({ name, customers, retention }) => {
    requireAbove(customers, 0, { code: 'invalid-count', zh: `${name}的客户数`, en: `customers of ${name}` }, true);
    requireInRange(retention, 0, 1, { code: 'invalid-retention', zh: `${name}的保持率`, en: `retention of ${name}` });
    const survivors = [customers];
    for (let t = 1; t <= periods; t++) survivors.push(survivors[t - 1]! * retention);
    return { name, survivors };
  });
  const survivors = Array.from({ length: periods + 1 }, (_, t) => bySegment.reduce((sum, s) => sum + s.survivors[t]!, 0));
  const retention = survivors.slice(1).map((n, t) => (survivors[t]! > 0 ? n / survivors[t]! : null));
  return { survivors, retention, bySegment };
}
