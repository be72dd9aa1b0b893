import { EngineError } from '../../core/errors';
import { requireFinite, requireInRange } from '../../core/guards';

export type AbcClass = 'A' | 'B' | 'C';

export interface AbcOptions {
  /** Cumulative share that closes class A (default 0.7). */
  readonly a?: number;
  /** Cumulative share that closes class B (default 0.9); at least `a`. */
  readonly b?: number;
}

export interface AbcCustomer {
  readonly customer: string;
  readonly value: number;
  /** value / total value. */
  readonly share: number;
  /** Running share including this customer. */
  readonly cumulative: number;
  /** Running share of the customers ranked above (the number the class is decided by). */
  readonly cumulativeBefore: number;
  readonly class: AbcClass;
  /** 1 = largest value. */
  readonly rank: number;
}

export interface AbcClassSummary {
  readonly customers: number;
  readonly value: number;
  readonly customerShare: number;
  readonly valueShare: number;
}

export interface AbcResult {
  /** In rank order: value descending, ties by customer id ascending. */
  readonly customers: AbcCustomer[];
  readonly summary: {
    readonly A: AbcClassSummary;
    readonly B: AbcClassSummary;
    readonly C: AbcClassSummary;
    readonly total: { readonly customers: number; readonly value: number };
  };
  /** Cumulative share of customers against cumulative share of value, from (0, 0) to (1, 1). */
  readonly paretoCurve: { customerShare: number; valueShare: number }[];
  readonly a: number;
  readonly b: number;
}

/**
 * ABC classification of customers by value (docs/contracts.md §5): sort by value descending (ties: customer id
 * ascending, by UTF-16 code units); share = value / total; cumulative = running share including the
 * customer. A customer is A when the cumulative share of the customers ranked above it is below `a`,
 * else B when it is below `b`, else C. So the customer who crosses 70 % is still A.
 *
 * Source: ABC analysis after the Pareto principle (Dickie, H.F. 1951, "ABC inventory analysis shoots
 * for dollars, not pennies", Factory Management and Maintenance), as taught for 客户分级; docs/contracts.md §5 fixes the cut rule.
 * @throws EngineError `invalid-threshold` unless 0 < a ≤ b ≤ 1; `invalid-value` for a value that is not
 *   finite; `duplicate-customer`; `non-positive-total` when the values add up to 0 or less.
 * @example
 * classifyAbc([{ customer: 'x', value: 60 }, { customer: 'y', value: 25 }, { customer: 'z', value: 15 }])
 *   .customers.map((c) => c.class) // ['A', 'B', 'C']: shares above 0, 0.6, 0.85
 */
export function classifyAbc(items: readonly { readonly customer: string; readonly value: number }[], options: AbcOptions = {}): AbcResult {
  const { a, b } = abcThresholds(options);

  const seen = new Set<string>();
  items.forEach((item, i) => {
    requireFinite(item.value, { code: 'invalid-value', zh: `第 ${i + 1} 位客户的价值`, en: `the value of customer ${i + 1}` });
    if (seen.has(item.customer)) {
      throw new EngineError('duplicate-customer', `客户 ${item.customer} 出现了不止一次(customer ${item.customer} appears more than once)`, { customer: item.customer });
    }
    seen.add(item.customer);
  });

  const order = items.map((_, i) => i).sort((i, j) => {
    const x = items[i]!, y = items[j]!;
    if (x.value !== y.value) return y.value - x.value;
    return x.customer < y.customer ? -1 : x.customer > y.customer ? 1 : 0;
  });
  let total = 0;
  for (const i of order) total += items[i]!.value;
  const n = items.length;
  if (n > 0 && !(total > 0)) {
    throw new EngineError('non-positive-total', `客户价值合计为 ${total}，必须大于 0(the values add up to ${total}; the total must be greater than 0)`, { total });
  }

  const customers: AbcCustomer[] = [];
  const paretoCurve = [{ customerShare: 0, valueShare: 0 }];
  const sums = { A: [0, 0], B: [0, 0], C: [0, 0] } as Record<AbcClass, [number, number]>;
  let running = 0;
  order.forEach((i, k) => {
    const { customer, value } = items[i]!;
    const cumulativeBefore = running / total;
    running += value;
    const cumulative = running / total;
    const cls: AbcClass = cumulativeBefore < a ? 'A' : cumulativeBefore < b ? 'B' : 'C';
    customers.push({ customer, value, share: value / total, cumulative, cumulativeBefore, class: cls, rank: k + 1 });
    paretoCurve.push({ customerShare: (k + 1) / n, valueShare: cumulative });
    sums[cls][0] += 1;
    sums[cls][1] += value;
  });

  const summarise = (cls: AbcClass): AbcClassSummary => ({
    customers: sums[cls][0],
    value: sums[cls][1],
    customerShare: n > 0 ? sums[cls][0] / n : 0,
    valueShare: n > 0 ? sums[cls][1] / total : 0,
  });
  return {
    customers,
    summary: { A: summarise('A'), B: summarise('B'), C: summarise('C'), total: { customers: n, value: total } },
    paretoCurve,
    a,
    b,
  };
}

/**
 * `classifyAbc`'s thresholds checked, with their defaults (0.7 and 0.9): a caller can check them before reading a file.
 * @throws EngineError `invalid-threshold` unless 0 < a ≤ b ≤ 1.
 * @example abcThresholds({ a: 0.8 }) // { a: 0.8, b: 0.9 }
 */
export function abcThresholds(options: AbcOptions = {}): { a: number; b: number } {
  const a = requireInRange(options.a ?? 0.7, 0, 1, { code: 'invalid-threshold', zh: 'A 类累计占比阈值', en: 'the A threshold' }, { min: true });
  const b = requireInRange(options.b ?? 0.9, a, 1, { code: 'invalid-threshold', zh: 'B 类累计占比阈值（不小于 A 类阈值）', en: 'the B threshold (at least the A threshold)' });
  return { a, b };
}
