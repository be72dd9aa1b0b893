import { EngineError } from '../core/errors';

/*
 * Special functions the probability models need: ln Γ, ln B and the Gauss hypergeometric 2F1.
 * Hand-written rather than a dependency: together they are some 80 lines, the npm options either
 * cover only ln Γ (@stdlib/math-base-special-gammaln) or are unmaintained, and owning the 2F1 series
 * lets us state exactly where it converges.
 */

const LANCZOS_G = 7;
// Lanczos coefficients for g = 7, n = 9 (Numerical Recipes 2nd ed. §6.1 family; also Python's
// reference implementation on Wikipedia "Lanczos approximation"): |relative error| < 1e-15.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * The natural logarithm of the gamma function, ln Γ(x), for x > 0. Γ(n) = (n − 1)! for whole n.
 * Lanczos approximation (g = 7), with the reflection formula Γ(x)Γ(1 − x) = π / sin(πx) below 0.5.
 * Source: Lanczos (1964), SIAM J. Numer. Anal. B 1:86–96; Press et al., Numerical Recipes §6.1.
 * @throws EngineError `invalid-argument` when x is not a finite number > 0.
 * @example logGamma(5) // ln 24 = 3.1780538…
 * @example logGamma(0.5) // ln √π = 0.5723649…
 */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) {
    throw new EngineError('invalid-argument', `ln Γ(x) 需要 x > 0，当前为 ${x}(ln Γ(x) needs x > 0, got ${x})`, { x });
  }
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let series = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) series += LANCZOS[i]! / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(series);
}

/**
 * The natural logarithm of the beta function, ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0.
 * Source: Abramowitz & Stegun 6.2.2.
 * @throws EngineError `invalid-argument` when a or b is not a finite number > 0.
 * @example logBeta(1, 1) // 0, since B(1, 1) = 1
 * @example logBeta(2, 3) // ln(1/12), since B(2, 3) = 1!·2!/4! = 1/12
 */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Options for `hypergeometric2F1`. */
export interface Hypergeometric2F1Options {
  /** Most series terms to add before giving up; default 1,000,000 (enough for z up to 1 − 1e-4). */
  readonly maxTerms?: number;
}

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) = Σₖ (a)ₖ(b)ₖ / ((c)ₖ k!) zᵏ for z < 1,
 * where (q)ₖ = q(q + 1)…(q + k − 1). For 0 ≤ z < 1 the series is summed directly until the remaining
 * tail is below 1e-15 of the sum (the terms shrink like zᵏ, so z close to 1 needs many terms);
 * for z < 0 the Pfaff transformation 2F1(a, b; c; z) = (1 − z)^(−a) 2F1(a, c − b; c; z/(z − 1))
 * moves the argument into [0, 1) first.
 * Source: Abramowitz & Stegun 15.1.1 (series) and 15.3.4 (Pfaff).
 * @throws EngineError `invalid-argument` when z ≥ 1, an argument is not finite, or c is 0, −1, −2, …
 * @throws EngineError `series-did-not-converge` when `maxTerms` terms were not enough.
 * @example hypergeometric2F1(1, 1, 2, 0.5) // −ln(1 − 0.5)/0.5 = 2 ln 2 = 1.3862944…
 */
export function hypergeometric2F1(a: number, b: number, c: number, z: number, options: Hypergeometric2F1Options = {}): number {
  if (![a, b, c, z].every(Number.isFinite) || z >= 1) {
    throw new EngineError(
      'invalid-argument',
      `超几何函数 2F1 需要有限的参数且 z < 1，当前 z = ${z}(2F1 needs finite arguments and z < 1, got z = ${z})`,
      { a, b, c, z },
    );
  }
  if (c <= 0 && Number.isInteger(c)) {
    throw new EngineError('invalid-argument', `2F1 的参数 c 不能是 0 或负整数，当前为 ${c}(c must not be 0 or a negative integer, got ${c})`, { c });
  }
  if (z < 0) return Math.pow(1 - z, -a) * series2F1(a, c - b, c, z / (z - 1), options.maxTerms ?? 1_000_000);
  return series2F1(a, b, c, z, options.maxTerms ?? 1_000_000);
}

function series2F1(a: number, b: number, c: number, z: number, maxTerms: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 0; k < maxTerms; k++) {
    const ratio = ((a + k) * (b + k)) / ((c + k) * (k + 1));
    term *= ratio * z;
    sum += term;
    if (term === 0) return sum;
    // Past the largest term the ratio tends to z; bound the tail by a geometric series.
    const rho = Math.max(Math.abs(ratio * z), z);
    if (rho < 1 && (Math.abs(term) * rho) / (1 - rho) <= 1e-15 * Math.abs(sum)) return sum;
  }
  throw new EngineError(
    'series-did-not-converge',
    `超几何级数在 ${maxTerms} 项内未收敛（z = ${z}）(the 2F1 series did not converge within ${maxTerms} terms, z = ${z})`,
    { a, b, c, z, maxTerms },
  );
}
