import { EngineError } from '../core/errors';
import { requireAbove } from '../core/guards';

/** Basket counts for one rule "antecedent → consequent" (买甲 → 买乙). */
export interface AssociationRuleCounts {
  /** Baskets (receipts, orders) in all. */
  readonly transactions: number;
  /** Baskets holding the antecedent (甲). */
  readonly antecedent: number;
  /** Baskets holding the consequent (乙). */
  readonly consequent: number;
  /** Baskets holding both. */
  readonly both: number;
}

/** The three measures of a rule; a ratio whose denominator is 0 is null. */
export interface AssociationRuleMetrics {
  /** both / transactions: how common the pair is. */
  readonly support: number | null;
  /** both / antecedent: how often the rule holds when it applies. */
  readonly confidence: number | null;
  /** consequent / transactions: the chance of the consequent with no information (the baseline). */
  readonly consequentSupport: number | null;
  /** confidence / consequentSupport: above 1 the antecedent makes the consequent more likely. */
  readonly lift: number | null;
}

/**
 * Support, confidence and lift of the association rule A → B from basket counts: support = baskets
 * with both ÷ all baskets; confidence = baskets with both ÷ baskets with A; lift = confidence ÷ the
 * share of baskets with B (= both · transactions ÷ (A · B), the same read from either side). A ratio
 * with nothing to divide by is null (no baskets, or A or B never bought).
 *
 * Source: Agrawal, R., Imieliński, T. & Swami, A. (1993), "Mining association rules between sets of items
 * in large databases", SIGMOD '93 (support, confidence); Brin, S., Motwani, R., Ullman, J.D. & Tsur, S. (1997),
 * "Dynamic itemset counting and implication rules for market basket data", SIGMOD '97 (lift, there "interest").
 * @throws EngineError `invalid-count` (a count negative or not finite), `inconsistent-counts` (both above
 *   A or B, or A or B above the number of baskets).
 * @example associationRuleMetrics({ transactions: 1000, antecedent: 150, consequent: 120, both: 90 })
 *   // { support: 0.09, confidence: 0.6, consequentSupport: 0.12, lift: 5 } (90/1000, 90/150, 120/1000, 0.6/0.12)
 */
export function associationRuleMetrics(counts: AssociationRuleCounts): AssociationRuleMetrics {
  const count = (value: number, zh: string, en: string) => requireAbove(value, 0, { code: 'invalid-count', zh, en }, true);
  const n = count(counts.transactions, '小票总数', 'number of baskets');
  const a = count(counts.antecedent, '含前项的小票数', 'baskets with the antecedent');
  const b = count(counts.consequent, '含后项的小票数', 'baskets with the consequent');
  const both = count(counts.both, '同时含两者的小票数', 'baskets with both');
  if (both > Math.min(a, b) || Math.max(a, b) > n) {
    throw new EngineError(
      'inconsistent-counts',
      `小票数不一致：需要 同时含两者 ≤ 含前项、含后项 ≤ 小票总数，当前为 ${both}、${a}、${b}、${n}(counts must satisfy both ≤ antecedent, consequent ≤ baskets)`,
      { transactions: n, antecedent: a, consequent: b, both },
    );
  }
  const ratio = (top: number, bottom: number) => (bottom > 0 ? top / bottom : null);
  return {
    support: ratio(both, n),
    confidence: ratio(both, a),
    consequentSupport: ratio(b, n),
    // Written as one ratio so that it is symmetric in A and B and rounds once.
    lift: ratio(both * n, a * b),
  };
}
