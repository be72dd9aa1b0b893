import { EngineError } from '../core/errors';
import { checkModelParams, fitCustomerGroups, type CustomerGroupsModel, type FitStatistics } from './fit-customer-groups';
import { hypergeometric2F1, logBeta, logGamma } from './special-functions';

/*
 * The BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way: an alternative
 * to the Pareto/NBD model", Marketing Science 24(2):275–284). While alive, a customer buys at a
 * Poisson rate λ ~ Gamma(r, α); after each purchase the customer drops out with probability
 * p ~ Beta(a, b). Equation numbers below are the paper's.
 */

/** BG/NBD parameters: purchase rates ~ Gamma(shape r, rate α), drop-out probabilities ~ Beta(a, b). */
export interface BgNbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/** Per-customer data the model reads (a `BgNbdSummary` fits): x repeat purchases, t_x last purchase, T age. */
export interface BgNbdData {
  readonly x: ArrayLike<number>;
  readonly t_x: ArrayLike<number>;
  readonly T: ArrayLike<number>;
}

/** The fitted model: its parameters and how the fit went (ln L is eq. 6 summed over customers). */
export type BgNbdFit = BgNbdParams & FitStatistics;

/**
 * The BG/NBD log-likelihood of the data (eq. 6 summed over customers):
 * L = B(a, b + x)/B(a, b) · Γ(r + x)α^r/(Γ(r)(α + T)^(r + x))
 *   + [x > 0] · B(a + 1, b + x − 1)/B(a, b) · Γ(r + x)α^r/(Γ(r)(α + t_x)^(r + x)).
 * Source: Fader, Hardie & Lee (2005), eq. 6; the "Implementing the BG/NBD model" note for the log form.
 * @throws EngineError `invalid-parameters` when a parameter is not a finite number > 0.
 * @throws EngineError `invalid-summary` when the arrays differ in length or a customer's x, t_x, T are not
 *   finite with x ≥ 0 and 0 ≤ t_x ≤ T.
 * @example one customer with x = 0, T = 1 and r = α = a = b = 1: L = (1/(1 + 1))^1 = 0.5, so ln L = −ln 2.
 */
export function bgNbdLogLikelihood(params: BgNbdParams, data: BgNbdData): number {
  checkParams(params);
  return groupedLogLikelihood(params, groupCustomers(data));
}

/** Options for `fitBgNbd`. */
export interface FitBgNbdOptions {
  /** Starting values; default r = α' = a = b = 1 with times rescaled so the largest T is 10. */
  readonly start?: BgNbdParams;
}

/**
 * Fits r, α, a, b by maximum likelihood: Nelder–Mead with restarts on the logarithms of the
 * parameters (so they stay positive). Customers with the same (x, t_x, T) are counted once with a
 * weight, and times are rescaled so that the largest T is 10 (α is scaled back), which keeps the
 * search well conditioned whether the unit is days or weeks.
 * Reference: on the CDNOW sample in weeks r = 0.243, α = 4.414, a = 0.793, b = 2.426, ln L = −9582.4.
 * Source: Fader, Hardie & Lee (2005), §3 and Table 1.
 * @throws EngineError `too-few-customers` with fewer than 2 customers.
 * @throws EngineError `no-repeat-purchases` when no customer made a repeat purchase (the model cannot be identified).
 * @throws EngineError `invalid-summary` as `bgNbdLogLikelihood`, or a customer with x > 0 and t_x = 0.
 * @throws EngineError `degenerate-fit` when an estimate runs off to 0 or ∞ (outside [1e-6, 1e6], α on the
 *   rescaled times) or ln L is not finite: too few customers, or histories too regular to tell the four apart.
 * @example fitBgNbd(cdnowSummary) // { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, logLikelihood: −9582.4, … }
 */
export function fitBgNbd(data: BgNbdData, options: FitBgNbdOptions = {}): BgNbdFit {
  const groups = groupCustomers(data);
  for (let i = 0; i < data.x.length; i++) {
    // The likelihood of a repeat purchase at time 0 grows without bound as α → 0: no estimate exists.
    if (data.x[i]! > 0 && data.t_x[i] === 0) {
      throw new EngineError(
        'invalid-summary',
        `第 ${i + 1} 位客户有 ${data.x[i]} 次重复购买，最后一次购买时间 t_x 却是 0：重复购买应晚于首次购买，t_x 应大于 0(customer ${i + 1} has repeat purchases but t_x = 0)`,
        { index: i, x: data.x[i], t_x: 0 },
      );
    }
  }
  return fitCustomerGroups(BG_NBD, groups, options.start);
}

const BG_NBD: CustomerGroupsModel<BgNbdParams> = {
  name: 'BG/NBD',
  parameters: [{ key: 'r', symbol: 'r' }, { key: 'alpha', symbol: 'α', time: true }, { key: 'a', symbol: 'a' }, { key: 'b', symbol: 'b' }],
  logLikelihood: (params, groups) => groupedLogLikelihood(params, groups),
};

/**
 * The probability that a customer with history (x, t_x, T) is still alive at T:
 * P(alive) = 1 / (1 + [x > 0] · a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)).
 * A customer without repeat purchases (x = 0) has P(alive) = 1: in BG/NBD one can only drop out right
 * after a purchase, so someone who never came back has had no chance to leave (a known quirk).
 * Source: Fader, Hardie & Lee (2005), eq. 13; the note "Computing P(alive) using the BG/NBD model".
 * @throws EngineError `invalid-parameters`, `invalid-summary` as `bgNbdLogLikelihood`.
 * @example r = α = a = b = 1, x = 1, t_x = 1, T = 3: 1/(1 + 1/1 · (4/2)²) = 0.2.
 */
export function bgNbdPAlive(params: BgNbdParams, x: number, t_x: number, T: number): number {
  checkParams(params);
  checkCustomer(x, t_x, T, 0);
  return 1 / (1 + dropOutOdds(params, x, t_x, T));
}

/**
 * Expected purchases in the next t periods for a customer with history (x, t_x, T) (eq. 10):
 * E[Y(t) | x, t_x, T] = (a + b + x − 1)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r + x) · 2F1(r + x, b + x; a + b + x − 1; t/(α + T + t))]
 *   / (1 + [x > 0] · a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)).
 * The bracket is computed with Euler's transformation as 1 − (1 − z)^(a − 1) · 2F1(a + b − 1 − r, a − 1; a + b + x − 1; z),
 * z = t/(α + T + t), whose terms stay small for large x; within 1e-5 of a = 1 (0/0) the average at a = 1 ± 2e-5 is used.
 * Source: Fader, Hardie & Lee (2005), eq. 10; Abramowitz & Stegun 15.3.3.
 * @throws EngineError `invalid-parameters`, `invalid-summary` as `bgNbdLogLikelihood`, `invalid-argument` when t < 0.
 * @example CDNOW customer 1 (x = 2, t_x = 30.43, T = 38.86) with the published fit, t = 39 weeks: 1.226.
 */
export function bgNbdConditionalExpected(params: BgNbdParams, t: number, x: number, t_x: number, T: number): number {
  checkParams(params);
  checkCustomer(x, t_x, T, 0);
  checkHorizon(t);
  return expectedFromAge(params, t, x, T) / (1 + dropOutOdds(params, x, t_x, T));
}

/**
 * Expected purchases of a randomly chosen new customer in the first t periods (eq. 7):
 * E[X(t)] = (a + b − 1)/(a − 1) · [1 − (α/(α + t))^r · 2F1(r, b; a + b − 1; t/(α + t))].
 * Source: Fader, Hardie & Lee (2005), eq. 7.
 * @throws EngineError `invalid-parameters` as `bgNbdLogLikelihood`, `invalid-argument` when t < 0.
 * @example with the published CDNOW fit: E[X(1)] = 0.0532, E[X(78)] = 1.8576 (weeks).
 */
export function bgNbdExpectedPopulation(params: BgNbdParams, t: number): number {
  checkParams(params);
  checkHorizon(t);
  return expectedFromAge(params, t, 0, 0);
}

/**
 * The probability that a randomly chosen new customer makes exactly n purchases in the first t periods (eq. 8):
 * P(X(t) = n) = B(a, b + n)/B(a, b) · Γ(r + n)/(Γ(r) n!) · (α/(α + t))^r (t/(α + t))^n
 *   + [n > 0] · B(a + 1, b + n − 1)/B(a, b) · [1 − (α/(α + t))^r Σ_{j<n} Γ(r + j)/(Γ(r) j!) (t/(α + t))^j].
 * Source: Fader, Hardie & Lee (2005), eq. 8.
 * @throws EngineError `invalid-parameters`; `invalid-argument` when t < 0 or n is not a whole number ≥ 0.
 * @example P(X(t) = 0) = (α/(α + t))^r; with the CDNOW fit and t = 39: (4.414/43.414)^0.243 = 0.5738.
 */
export function bgNbdProbabilityOfCount(params: BgNbdParams, t: number, n: number): number {
  checkParams(params);
  checkHorizon(t);
  if (!Number.isInteger(n) || n < 0) {
    throw new EngineError('invalid-argument', `购买次数必须是不小于 0 的整数，当前为 ${n}(n must be a whole number ≥ 0)`, { n });
  }
  if (t === 0) return n === 0 ? 1 : 0;
  const { r, alpha, a, b } = params;
  const logStay = Math.log(alpha / (alpha + t));
  const logBuy = Math.log(t / (alpha + t));
  const logB = logBeta(a, b);
  const first = Math.exp(
    logBeta(a, b + n) - logB + logGamma(r + n) - logGamma(r) - logGamma(n + 1) + r * logStay + n * logBuy,
  );
  if (n === 0) return first;
  let term = Math.exp(r * logStay);
  let cumulative = term;
  for (let j = 1; j < n; j++) {
    term *= ((r + j - 1) / j) * Math.exp(logBuy);
    cumulative += term;
  }
  return first + Math.exp(logBeta(a + 1, b + n - 1) - logB) * Math.max(0, 1 - cumulative);
}

// (a + b + x − 1)/(a − 1) · [1 − (1 − z)^(a − 1) 2F1(a + b − 1 − r, a − 1; a + b + x − 1; z)], z = t/(α + T + t).
function expectedFromAge(params: BgNbdParams, t: number, x: number, T: number): number {
  if (Math.abs(params.a - 1) < 1e-5) {
    return (expectedFromAge({ ...params, a: 1 + 2e-5 }, t, x, T) + expectedFromAge({ ...params, a: 1 - 2e-5 }, t, x, T)) / 2;
  }
  const { r, alpha, a, b } = params;
  const z = t / (alpha + T + t);
  const c = a + b + x - 1;
  const bracket = 1 - Math.pow(1 - z, a - 1) * hypergeometric2F1(a + b - 1 - r, a - 1, c, z);
  return (c / (a - 1)) * bracket;
}

function dropOutOdds({ r, alpha, a, b }: BgNbdParams, x: number, t_x: number, T: number): number {
  if (x === 0) return 0;
  return (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + t_x), r + x);
}

/** Customers grouped by distinct (x, t_x, T); shared with the Pareto/NBD fit (`pnbd.ts`). */
export interface CustomerGroups {
  /** Customers in all. */
  readonly customers: number;
  /** Per distinct (x, t_x, T): x and how many customers share the triple. */
  readonly x: Float64Array;
  readonly weight: Float64Array;
  /** Per distinct (x, t_x, T): indices into the distinct values of x, t_x and T below. */
  readonly xGroup: Int32Array;
  readonly t_xGroup: Int32Array;
  readonly TGroup: Int32Array;
  readonly xValues: Float64Array;
  readonly t_xValues: Float64Array;
  readonly TValues: Float64Array;
}

/** Checks every customer's (x, t_x, T) and counts equal triples once with a weight. */
export function groupCustomers(data: BgNbdData): CustomerGroups {
  const n = data.x.length;
  if (data.t_x.length !== n || data.T.length !== n) {
    throw new EngineError('invalid-summary', 'x、t_x、T 的长度必须相同(x, t_x and T must have the same length)', {
      lengths: [n, data.t_x.length, data.T.length],
    });
  }
  const byKey = new Map<string, number>();
  const xIndex = new Map<number, number>();
  const t_xIndex = new Map<number, number>();
  const TIndex = new Map<number, number>();
  const intern = (map: Map<number, number>, value: number) => {
    if (!map.has(value)) map.set(value, map.size);
  };
  const rows: { x: number; t_x: number; T: number; weight: number }[] = [];
  for (let i = 0; i < n; i++) {
    const x = data.x[i]!;
    const t_x = data.t_x[i]!;
    const T = data.T[i]!;
    checkCustomer(x, t_x, T, i);
    const key = `${x}|${t_x}|${T}`;
    const at = byKey.get(key);
    if (at === undefined) {
      byKey.set(key, rows.length);
      rows.push({ x, t_x, T, weight: 1 });
      intern(xIndex, x);
      intern(t_xIndex, t_x);
      intern(TIndex, T);
    } else {
      rows[at]!.weight++;
    }
  }
  return {
    customers: n,
    x: Float64Array.from(rows, (row) => row.x),
    weight: Float64Array.from(rows, (row) => row.weight),
    xGroup: Int32Array.from(rows, (row) => xIndex.get(row.x)!),
    t_xGroup: Int32Array.from(rows, (row) => t_xIndex.get(row.t_x)!),
    TGroup: Int32Array.from(rows, (row) => TIndex.get(row.T)!),
    xValues: Float64Array.from(xIndex.keys()),
    t_xValues: Float64Array.from(t_xIndex.keys()),
    TValues: Float64Array.from(TIndex.keys()),
  };
}

function groupedLogLikelihood({ r, alpha, a, b }: BgNbdParams, groups: CustomerGroups): number {
  const { xValues } = groups;
  // The Γ and B terms depend on x only: compute them once per distinct x.
  const base = new Float64Array(xValues.length);
  const logOdds = new Float64Array(xValues.length);
  const shared = -logGamma(r) + r * Math.log(alpha) + logGamma(a + b) - logGamma(b);
  for (let g = 0; g < xValues.length; g++) {
    const x = xValues[g]!;
    base[g] = shared + logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x);
    logOdds[g] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : 0;
  }
  // Times repeat across customers (cohorts share T; t_x are whole days): one logarithm per distinct value.
  const logAlphaT = groups.TValues.map((T) => Math.log(alpha + T));
  const logAlphaT_x = groups.t_xValues.map((t_x) => Math.log(alpha + t_x));
  let total = 0;
  for (let j = 0; j < groups.weight.length; j++) {
    const g = groups.xGroup[j]!;
    const x = groups.x[j]!;
    const a3 = -(r + x) * logAlphaT[groups.TGroup[j]!]!;
    let ll = base[g]! + a3;
    if (x > 0) {
      const a4 = logOdds[g]! - (r + x) * logAlphaT_x[groups.t_xGroup[j]!]!;
      ll = base[g]! + Math.max(a3, a4) + Math.log1p(Math.exp(-Math.abs(a3 - a4)));
    }
    total += groups.weight[j]! * ll;
  }
  return total;
}

function checkParams(params: BgNbdParams): void {
  checkModelParams('BG/NBD', params, ['r', 'alpha', 'a', 'b']);
}

function checkCustomer(x: number, t_x: number, T: number, index: number): void {
  const ok = Number.isFinite(x) && Number.isFinite(t_x) && Number.isFinite(T) && x >= 0 && t_x >= 0 && t_x <= T;
  if (!ok) {
    throw new EngineError(
      'invalid-summary',
      `第 ${index + 1} 位客户的数据无效：需要 x ≥ 0 且 0 ≤ t_x ≤ T，当前 x = ${x}, t_x = ${t_x}, T = ${T}(customer ${index + 1}: x ≥ 0 and 0 ≤ t_x ≤ T are needed)`,
      { index, x, t_x, T },
    );
  }
}

/** Refuses a prediction horizon that is not a finite number ≥ 0 (`invalid-argument`). */
export function checkHorizon(t: number): void {
  if (!(t >= 0) || !Number.isFinite(t)) {
    throw new EngineError('invalid-argument', `预测时长必须是不小于 0 的有限数，当前为 ${t}(t must be a finite number ≥ 0)`, { t });
  }
}
