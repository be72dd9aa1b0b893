import { isEngineError } from '../core/errors';
import { checkHorizon, groupCustomers, type BgNbdData, type CustomerGroups } from './bgnbd';
import { checkModelParams, fitCustomerGroups, type CustomerGroupsModel, type FitStatistics } from './fit-customer-groups';
import { PARAMETER_LIMIT } from './optimize';
import { hypergeometric2F1, logGamma } from './special-functions';

/*
 * The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987, "Counting your customers: who are they
 * and what will they do next?", Management Science 33(1):1–24). While alive a customer buys at a
 * Poisson rate λ ~ Gamma(r, α); the lifetime is exponential with rate μ ~ Gamma(s, β), so, unlike
 * BG/NBD, a customer can leave at any moment, also one who never came back.
 * The likelihood in a numerically stable form (two cases, α ≥ β and α < β, so the 2F1's argument lies in
 * [0, 1)) is from Fader & Hardie (2005), "A note on deriving the Pareto/NBD model and related expressions",
 * and Fader, Hardie & Shang (2005), "A note on implementing the Pareto/NBD model in MATLAB".
 */

/** Pareto/NBD parameters: purchase rates ~ Gamma(shape r, rate α), drop-out rates ~ Gamma(shape s, rate β). */
export interface PnbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly s: number;
  readonly beta: number;
}

/** The fitted model: its parameters and how the fit went. */
export type PnbdFit = PnbdParams & FitStatistics;

/**
 * The Pareto/NBD log-likelihood of the data, summed over customers:
 * L = Γ(r + x)α^r β^s/Γ(r) · [1/((α + T)^(r + x)(β + T)^s) + s/(r + s + x) · A₀], where with
 * m = max(α, β), d = |α − β| and c = s + 1 when α ≥ β, c = r + x when α < β:
 * A₀ = 2F1(r + s + x, c; r + s + x + 1; d/(m + t_x))/(m + t_x)^(r + s + x) − the same at T.
 * Source: Fader, Hardie & Shang (2005), "A note on implementing the Pareto/NBD model in MATLAB", eq. 1–3.
 * @throws EngineError `invalid-parameters` when a parameter is not a finite number > 0.
 * @throws EngineError `invalid-summary` when the arrays differ in length or a customer's x, t_x, T are not
 *   finite with x ≥ 0 and 0 ≤ t_x ≤ T.
 * @example one customer with x = 0, t_x = 0, T = 1, r = α = s = β = 1: A₀ = 1 − 1/4, L = 1/4 + 1/2 · 3/4 = 5/8
 *   (λ, μ ~ Exp(1): P(no purchase in [0, 1]) = E[e^(−λ−μ)] + E[μ/(λ + μ)] · E[1 − e^(−λ−μ)] = 1/4 + 1/2 · 3/4).
 */
export function pnbdLogLikelihood(params: PnbdParams, data: BgNbdData): number {
  checkParams(params);
  return groupedLogLikelihood(params, groupCustomers(data));
}

/** Options for `fitPnbd`. */
export interface FitPnbdOptions {
  /** Starting values; default r = α' = s = β' = 1 with times rescaled so the largest T is 10. */
  readonly start?: PnbdParams;
}

/**
 * Fits r, α, s, β by maximum likelihood (Nelder–Mead with restarts on the logarithms of the parameters),
 * customers with equal (x, t_x, T) counted once with a weight and times rescaled so the largest T is 10.
 * Reference: on the CDNOW sample in weeks r = 0.5533, α = 10.5776, s = 0.6061, β = 11.6650,
 * ln L = −9594.98 (the figures quoted in issue 15; Fader, Hardie & Shang 2005, the MATLAB note above).
 * @throws EngineError `too-few-customers` with fewer than 2 customers.
 * @throws EngineError `no-repeat-purchases` when no customer made a repeat purchase.
 * @throws EngineError `invalid-summary` as `pnbdLogLikelihood`.
 * @throws EngineError `degenerate-fit` when an estimate leaves [1e-6, 1e6] (α, β on the rescaled times) or
 *   ln L is not finite: the data cannot tell the four parameters apart.
 */
export function fitPnbd(data: BgNbdData, options: FitPnbdOptions = {}): PnbdFit {
  // A series that does not converge at the end point gives NaN, refused by the fit as not finite.
  return fitCustomerGroups(PARETO_NBD, groupCustomers(data), options.start);
}

const PARETO_NBD: CustomerGroupsModel<PnbdParams> = {
  name: 'Pareto/NBD',
  parameters: [{ key: 'r', symbol: 'r' }, { key: 'alpha', symbol: 'α', time: true }, { key: 's', symbol: 's' }, { key: 'beta', symbol: 'β', time: true }],
  logLikelihood: groupedLogLikelihood,
};

/**
 * The probability that a customer with history (x, t_x, T) is still alive at T:
 * P(alive) = 1 / (1 + s/(r + s + x) · (α + T)^(r + x) (β + T)^s · A₀), A₀ as in `pnbdLogLikelihood`.
 * Unlike BG/NBD, a customer who never came back (x = 0) is less and less likely alive as T grows.
 * Source: Fader & Hardie (2005), "A note on deriving the Pareto/NBD model and related expressions", eq. 18;
 * the same expression as lifetimes' `ParetoNBDFitter.conditional_probability_alive`.
 * @throws EngineError `invalid-parameters`, `invalid-summary` as `pnbdLogLikelihood`.
 * @example r = α = s = β = 1, x = 0, t_x = 0, T = 1: A₀ = 3/4, P = 1/(1 + ½ · 2 · 2 · ¾) = 0.4 (= E[e^(−λ−μ)] / L = (1/4)/(5/8)).
 */
export function pnbdPAlive(params: PnbdParams, x: number, t_x: number, T: number): number {
  checkParams(params);
  checkCustomer(x, t_x, T);
  return pAlive(params, x, t_x, T);
}

/**
 * Expected purchases in the next t periods for a customer with history (x, t_x, T):
 * E[Y(t) | x, t_x, T] = (r + x)(β + T)/((α + T)(s − 1)) · [1 − ((β + T)/(β + T + t))^(s − 1)] · P(alive),
 * and (r + x)(β + T)/(α + T) · ln((β + T + t)/(β + T)) · P(alive) at s = 1.
 * Source: Schmittlein, Morrison & Colombo (1987), eq. 22; Fader & Hardie (2005) note, eq. 21.
 * @throws EngineError as `pnbdPAlive`; `invalid-argument` when t < 0.
 */
export function pnbdConditionalExpected(params: PnbdParams, t: number, x: number, t_x: number, T: number): number {
  checkParams(params);
  checkCustomer(x, t_x, T);
  checkHorizon(t);
  const { r, alpha, s, beta } = params;
  const rate = ((r + x) * (beta + T)) / (alpha + T);
  return rate * lifetimeShare(s - 1, Math.log1p(t / (beta + T))) * pAlive(params, x, t_x, T);
}

/**
 * Expected purchases of a randomly chosen new customer in the first t periods:
 * E[X(t)] = rβ/(α(s − 1)) · [1 − (β/(β + t))^(s − 1)] (rβ/α · ln((β + t)/β) at s = 1).
 * Source: Schmittlein, Morrison & Colombo (1987), eq. 17; Fader & Hardie (2005) note, eq. 9.
 * @throws EngineError `invalid-parameters`; `invalid-argument` when t < 0.
 * @example r = α = β = 1, s = 2, t = 1: 1 · (1 − 1/2) = 0.5.
 */
export function pnbdExpectedPopulation(params: PnbdParams, t: number): number {
  checkParams(params);
  checkHorizon(t);
  const { r, alpha, s, beta } = params;
  return ((r * beta) / alpha) * lifetimeShare(s - 1, Math.log1p(t / beta));
}

// [1 − e^(−k·u)]/k, and its limit u at k = 0: the factor (β/(β + t))^(s − 1) the expectations share.
function lifetimeShare(k: number, u: number): number {
  if (Math.abs(k * u) < 1e-12) return u;
  return -Math.expm1(-k * u) / k;
}

function pAlive(params: PnbdParams, x: number, t_x: number, T: number): number {
  const { r, alpha, s, beta } = params;
  const logOdds = Math.log(s / (r + s + x)) + logA0(params, x, t_x, T) + (r + x) * Math.log(alpha + T) + s * Math.log(beta + T);
  return 1 / (1 + Math.exp(logOdds));
}

// ln of one end of A₀: ln 2F1(r + s + x, c; r + s + x + 1; d/(m + t)) − (r + s + x) ln(m + t).
// During the fit (`search`), a point with z above SEARCH_MAX_Z is refused as NaN before the series is summed.
function logA0End({ r, alpha, s, beta }: PnbdParams, x: number, t: number, search = false): number {
  const rsx = r + s + x;
  const m = Math.max(alpha, beta);
  const c = alpha >= beta ? s + 1 : r + x;
  const z = Math.abs(alpha - beta) / (m + t);
  if (search && z > SEARCH_MAX_Z) return NaN;
  return Math.log(hypergeometric2F1(rsx, c, rsx + 1, z, { maxTerms: search ? SEARCH_SERIES_TERMS : undefined })) - rsx * Math.log(m + t);
}

// ln A₀ = ln(e^l₁ − e^l₂) for l₁ (at t_x) ≥ l₂ (at T); −∞ when t_x = T.
function logA0(params: PnbdParams, x: number, t_x: number, T: number): number {
  return logDifference(logA0End(params, x, t_x), logA0End(params, x, T));
}

function logDifference(l1: number, l2: number): number {
  if (!(l1 > l2)) return -Infinity;
  return l1 + Math.log(-Math.expm1(l2 - l1));
}

/**
 * The fit does not evaluate points where one of α, β is some 200 times the other (2F1's argument above 0.995,
 * where its series needs thousands of terms): the optimiser counts them as +∞. Such a point means purchases or
 * drop-outs with next to no spread, the corner a degenerate fit runs into; a fit ending there is refused anyway.
 */
const SEARCH_MAX_Z = 0.995;

/** Nor points with a parameter 10 times beyond the degenerate-fit limits, where the series needs millions of terms. */
const SEARCH_LIMIT = 10 * PARAMETER_LIMIT;
const SEARCH_SERIES_TERMS = 20_000;

function groupedLogLikelihood(params: PnbdParams, groups: CustomerGroups, search = false): number {
  const values = [params.r, params.alpha, params.s, params.beta];
  if (!values.every((v) => v > 0 && Number.isFinite(v))) return NaN;
  if (search && !values.every((v) => v < SEARCH_LIMIT && v > 1 / SEARCH_LIMIT)) return NaN;
  try {
    return sumLogLikelihood(params, groups, search);
  } catch (error) {
    if (isEngineError(error) && error.code === 'series-did-not-converge') return NaN;
    throw error;
  }
}

function sumLogLikelihood(params: PnbdParams, groups: CustomerGroups, search: boolean): number {
  const { r, alpha, s, beta } = params;
  const nx = groups.xValues.length;
  // Each end of A₀ depends on (x, time): computed once per distinct pair (CDNOW: ~30 x values, 84 ages).
  const atT = new Float64Array(nx * groups.TValues.length).fill(NaN);
  const shared = -logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
  const logAlphaT = groups.TValues.map((T) => Math.log(alpha + T));
  const logBetaT = groups.TValues.map((T) => Math.log(beta + T));
  let total = 0;
  for (let j = 0; j < groups.weight.length; j++) {
    const g = groups.xGroup[j]!;
    const TG = groups.TGroup[j]!;
    const x = groups.xValues[g]!;
    const T = groups.TValues[TG]!;
    const t_x = groups.t_xValues[groups.t_xGroup[j]!]!;
    const key = g * groups.TValues.length + TG;
    if (Number.isNaN(atT[key]!)) atT[key] = logA0End(params, x, T, search);
    const atT_x = logA0End(params, x, t_x, search);
    if (Number.isNaN(atT[key]!) || Number.isNaN(atT_x)) return NaN;
    const a2 = -(r + x) * logAlphaT[TG]! - s * logBetaT[TG]!;
    const a3 = Math.log(s / (r + s + x)) + logDifference(atT_x, atT[key]!);
    const ll = logGamma(r + x) + shared + Math.max(a2, a3) + Math.log1p(Math.exp(-Math.abs(a2 - a3)));
    total += groups.weight[j]! * ll;
  }
  return total;
}

function checkParams(params: PnbdParams): void {
  checkModelParams('Pareto/NBD', params, ['r', 'alpha', 's', 'beta']);
}

function checkCustomer(x: number, t_x: number, T: number): void {
  groupCustomers({ x: [x], t_x: [t_x], T: [T] });
}
