import { CREDIT_FACTORS, type CreditScores } from './credit-5c';
import { requireAbove } from '../../core/guards';

export interface CreditWeightPercents {
  /** Σ of the five percentages. */
  readonly total: number;
  /** 100 − total: points still to give (negative: points over). */
  readonly remaining: number;
  /** The weights as shares when the total is 100 (± 1e-9), ready for `rateCredit5c`; otherwise null. */
  readonly weights: CreditScores | null;
}

/**
 * Weights typed as percentages (30, 25, 20, 15, 10) checked and turned into shares (0.30 …). A total other
 * than 100 is an expected state of a half-edited form, so it is a value (`weights: null` with the points
 * `remaining`), not an exception.
 *
 * Source: the weighted-score method of chapter 5 (weights add up to 100 %).
 * @throws EngineError `invalid-weights` for a percentage that is negative or not a number.
 * @example creditWeightsFromPercents({ character: 30, capacity: 25, capital: 20, collateral: 15, conditions: 10 }).weights!.capacity // 0.25
 * @example creditWeightsFromPercents({ character: 30, capacity: 25, capital: 20, collateral: 15, conditions: 5 }) // total 95, remaining 5, weights null
 */
export function creditWeightsFromPercents(percents: CreditScores): CreditWeightPercents {
  let total = 0;
  for (const { key, name, english } of CREDIT_FACTORS) {
    total += requireAbove(percents[key], 0, { code: 'invalid-weights', zh: `${name}（${english}）的权重`, en: `the ${english} weight` }, true);
  }
  const ok = Math.abs(total - 100) <= 1e-9;
  const weights = ok ? (Object.fromEntries(CREDIT_FACTORS.map(({ key }) => [key, percents[key] / total])) as unknown as CreditScores) : null;
  return { total, remaining: 100 - total, weights };
}

/**
 * Whole-number percentages proportional to `percents` that add up to exactly 100, by the largest remainder
 * method (Hamilton): each gets the whole part of its exact share, and the points left go to the largest
 * remainders (ties to the C first in 5C order). All zeros give equal weights (20 each).
 *
 * Source: Hamilton's apportionment method (Balinski & Young, Fair Representation, 1982).
 * @throws EngineError `invalid-weights` for a percentage that is negative or not a number.
 * @example rescaleCreditWeightPercents({ character: 30, capacity: 25, capital: 20, collateral: 15, conditions: 5 })
 *   // exact 31.58, 26.32, 21.05, 15.79, 5.26 → whole parts 31, 26, 21, 15, 5 (98); the 2 points left go to the
 *   // largest remainders, collateral (.79) and character (.58): { 32, 26, 21, 16, 5 }
 */
export function rescaleCreditWeightPercents(percents: CreditScores): CreditScores {
  const { total } = creditWeightsFromPercents(percents);
  if (total === 0) return Object.fromEntries(CREDIT_FACTORS.map(({ key }) => [key, 20])) as unknown as CreditScores;
  const exact = CREDIT_FACTORS.map(({ key }, i) => ({ key, i, value: (percents[key] * 100) / total }));
  const out = new Map(exact.map((e) => [e.key, Math.floor(e.value + 1e-9)]));
  let left = 100 - [...out.values()].reduce((s, v) => s + v, 0);
  const byRemainder = [...exact].sort((a, b) => b.value - Math.floor(b.value + 1e-9) - (a.value - Math.floor(a.value + 1e-9)) || a.i - b.i);
  for (const e of byRemainder) {
    if (left <= 0) break;
    out.set(e.key, out.get(e.key)! + 1);
    left--;
  }
  return Object.fromEntries(CREDIT_FACTORS.map(({ key }) => [key, out.get(key)!])) as unknown as CreditScores;
}
