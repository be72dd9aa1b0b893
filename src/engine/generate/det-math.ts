// Math.exp and Math.log are "implementation-approximated" in ECMAScript: browsers may differ in the
// last bit, which could change a rounded cent in a generated file. These versions use only + − × ÷,
// which IEEE 754 makes identical everywhere, so a student's file is the same in every browser.

const LN2_HI = 6.93147180369123816490e-1; // upper bits of ln 2 (fdlibm's split)
const LN2_LO = 1.90821492927058770002e-10; // ln 2 − LN2_HI
const SQRT2 = 1.4142135623730951;

/**
 * e raised to `x`, computed with basic arithmetic only, so every JavaScript engine gives the same bits.
 * Accurate to a few units in the last place (Cody–Waite reduction, then a Taylor series).
 * Source: W. J. Cody & W. Waite, *Software Manual for the Elementary Functions* (1980), ch. 6.
 * @throws never; NaN in, NaN out.
 * @example detExp(0) // 1
 * @example detExp(1) // 2.718281828459045 (e)
 */
export function detExp(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x > 709.78) return Number.POSITIVE_INFINITY;
  if (x < -745.2) return 0;
  const k = Math.round(x / (LN2_HI + LN2_LO));
  const r = x - k * LN2_HI - k * LN2_LO; // |r| ≤ ln2 / 2
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 18; n += 1) {
    term = (term * r) / n;
    sum += term;
  }
  return scaleByPowerOfTwo(sum, k);
}

/**
 * The natural logarithm of `x`, with basic arithmetic only (same bits in every engine).
 * x = m·2^e with m in [√½, √2), then ln m = 2·atanh((m−1)/(m+1)) by its series.
 * Source: Abramowitz & Stegun, *Handbook of Mathematical Functions*, 4.1.27.
 * @throws never; NaN for x < 0, −Infinity for 0.
 * @example detLog(1) // 0
 * @example detLog(8) // 2.0794415416798357 (3 ln 2)
 */
export function detLog(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  let m = x;
  let e = 0;
  while (m >= 2) {
    m /= 2;
    e += 1;
  }
  while (m < 1) {
    m *= 2;
    e -= 1;
  }
  if (m > SQRT2) {
    m /= 2;
    e += 1;
  }
  const s = (m - 1) / (m + 1); // |s| ≤ 0.1716
  const s2 = s * s;
  let power = s;
  let sum = 0;
  for (let k = 1; k <= 41; k += 2) {
    sum += power / k;
    power *= s2;
  }
  return e * LN2_HI + (2 * sum + e * LN2_LO);
}

/** x · 2^k by repeated exact doubling or halving. */
function scaleByPowerOfTwo(x: number, k: number): number {
  let result = x;
  if (k > 0) for (let i = 0; i < k; i += 1) result *= 2;
  else for (let i = 0; i < -k; i += 1) result /= 2;
  return result;
}

/**
 * The square root of `x ≥ 0` with basic arithmetic only: a start from detExp/detLog, then two Newton steps.
 * @throws never; NaN for x < 0.
 * @example detSqrt(2) // 1.4142135623730951 (to the last digit or two)
 */
export function detSqrt(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0 || x === Number.POSITIVE_INFINITY) return x;
  let y = detExp(0.5 * detLog(x));
  y = 0.5 * (y + x / y);
  y = 0.5 * (y + x / y);
  return y;
}

/** `base` to the power `exponent` for base > 0, through detExp and detLog. @example detPow(2, 10) // ≈ 1024 */
export function detPow(base: number, exponent: number): number {
  return detExp(exponent * detLog(base));
}

