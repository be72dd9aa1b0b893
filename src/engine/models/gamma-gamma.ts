import { EngineError } from '../core/errors';
import { minimizePositive } from './optimize';
import { logGamma } from './special-functions';

/*
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV: using
 * iso-value curves for customer base analysis", J. Marketing Research 42(4):415–430; the note
 * "The Gamma-Gamma model of monetary value", Fader & Hardie 2013). Each transaction's value is
 * Gamma(p, ν); across customers ν ~ Gamma(q, v). Spend is assumed independent of purchase frequency.
 */

/** Gamma-Gamma parameters: shape p of one customer's spend; shape q and scale v (the paper's γ) of ν across customers. */
export interface GammaGammaParams {
  readonly p: number;
  readonly q: number;
  readonly v: number;
}

/** Per customer: x repeat purchases and zbar, their mean value (a `BgNbdSummary` fits). */
export interface GammaGammaData {
  readonly x: ArrayLike<number>;
  readonly zbar: ArrayLike<number>;
}

/** The fitted spend model. */
export interface GammaGammaFit extends GammaGammaParams {
  readonly logLikelihood: number;
  /** Repeat buyers the model was fitted on (x > 0 and zbar > 0). */
  readonly customers: number;
  /** Customers left out: no repeat purchase, or a mean repeat spend of 0 or less. */
  readonly skipped: number;
  readonly iterations: number;
  readonly evaluations: number;
  readonly converged: boolean;
}

/**
 * The Gamma-Gamma log-likelihood over the repeat buyers (x > 0, zbar > 0; others are skipped):
 * the density of a customer's mean spend z̄ over x transactions is
 * Γ(px + q)/(Γ(px)Γ(q)) · v^q · z̄^(px − 1) · x^(px) / (v + x z̄)^(px + q).
 * Source: Fader & Hardie (2013), "The Gamma-Gamma model of monetary value", eq. 4; lifetimes' GammaGammaFitter.
 * @throws EngineError `invalid-parameters` when p, q or v is not a finite number > 0.
 * @throws EngineError `invalid-summary` when x and zbar differ in length or hold values that are not finite or x < 0.
 * @example p = q = v = 1, one customer with x = 1, z̄ = 1: Γ(2)/(Γ(1)Γ(1)) · 1 · 1 · 1 / 2² = 1/4, so ln L = −ln 4.
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: GammaGammaData): number {
  checkParams(params);
  const buyers = repeatBuyers(data);
  return logLikelihood(params, buyers.x, buyers.zbar);
}

/**
 * Fits p, q, v by maximum likelihood on the repeat buyers (Nelder–Mead on the logarithms; spend is
 * rescaled by its mean during the search and v scaled back).
 * Reference: the CDNOW sample's 946 repeat buyers give p = 6.25, q = 3.74, v = 15.44.
 * Source: Fader, Hardie & Lee (2005), "RFM and CLV", §4; lifetimes' GammaGammaFitter.
 * @throws EngineError `too-few-customers` with fewer than 2 usable repeat buyers; `invalid-summary` as above.
 * @example fitGammaGamma(cdnowSummary) // { p: 6.25, q: 3.74, v: 15.44, customers: 946, … }
 */
export function fitGammaGamma(data: GammaGammaData): GammaGammaFit {
  const buyers = repeatBuyers(data);
  const n = buyers.x.length;
  if (n < 2) {
    throw new EngineError('too-few-customers', `至少需要 2 位重复购买的客户，当前为 ${n}(at least 2 repeat buyers are needed)`, { found: n });
  }
  const meanSpend = buyers.zbar.reduce((sum, z) => sum + z, 0) / n;
  const scaledSpend = buyers.zbar.map((z) => z / meanSpend);
  const result = minimizePositive(([p, q, v]) => -logLikelihood({ p: p!, q: q!, v: v! }, buyers.x, scaledSpend) / n, [1, 1, 1]);
  const [p, q, vScaled] = result.x as [number, number, number];
  const params = { p, q, v: vScaled * meanSpend };
  return {
    ...params,
    logLikelihood: logLikelihood(params, buyers.x, buyers.zbar),
    customers: n,
    skipped: data.x.length - n,
    iterations: result.iterations,
    evaluations: result.evaluations,
    converged: result.converged,
  };
}

/**
 * A customer's expected spend per transaction given x repeat purchases with mean value z̄:
 * E[Z | x, z̄] = p(v + x z̄)/(px + q − 1), a weighted average of the population mean pv/(q − 1)
 * and the customer's own z̄, with weight px/(px + q − 1) on z̄. With x = 0 it is the population mean.
 * Source: Fader, Hardie & Lee (2005), "RFM and CLV", eq. 5.
 * @throws EngineError `invalid-parameters` when a parameter is not a finite number > 0 or q ≤ 1 (the mean spend is then infinite);
 *   `invalid-argument` when x < 0 or a value is not finite.
 * @example p = 6.25, q = 3.74, v = 15.44, x = 2, z̄ = 22.35: 6.25 · (15.44 + 44.70)/(12.5 + 2.74) = 24.66.
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, x: number, zbar: number): number {
  checkParams(params);
  if (params.q <= 1) {
    throw new EngineError('invalid-parameters', `q = ${params.q} ≤ 1 时平均消费额无穷大(the mean spend is infinite when q ≤ 1)`, { q: params.q });
  }
  if (!(x >= 0) || !Number.isFinite(x) || !Number.isFinite(zbar)) {
    throw new EngineError('invalid-argument', `需要 x ≥ 0 且 z̄ 为有限数，当前 x = ${x}, z̄ = ${zbar}(x ≥ 0 and a finite z̄ are needed)`, { x, zbar });
  }
  const { p, q, v } = params;
  return (p * (v + x * zbar)) / (p * x + q - 1);
}

function logLikelihood({ p, q, v }: GammaGammaParams, x: readonly number[], zbar: readonly number[]): number {
  const shared = q * Math.log(v) - logGamma(q);
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    const px = p * x[i]!;
    total += shared + logGamma(px + q) - logGamma(px) + (px - 1) * Math.log(zbar[i]!) + px * Math.log(x[i]!) - (px + q) * Math.log(x[i]! * zbar[i]! + v);
  }
  return total;
}

function repeatBuyers(data: GammaGammaData): { x: number[]; zbar: number[] } {
  if (data.x.length !== data.zbar.length) {
    throw new EngineError('invalid-summary', 'x 与 zbar 的长度必须相同(x and zbar must have the same length)', {
      lengths: [data.x.length, data.zbar.length],
    });
  }
  const x: number[] = [];
  const zbar: number[] = [];
  for (let i = 0; i < data.x.length; i++) {
    const xi = data.x[i]!;
    const zi = data.zbar[i]!;
    if (!Number.isFinite(xi) || !Number.isFinite(zi) || xi < 0) {
      throw new EngineError('invalid-summary', `第 ${i + 1} 位客户的 x 或 zbar 无效(customer ${i + 1}: x or zbar is not valid)`, { index: i, x: xi, zbar: zi });
    }
    if (xi > 0 && zi > 0) {
      x.push(xi);
      zbar.push(zi);
    }
  }
  return { x, zbar };
}

function checkParams(params: GammaGammaParams): void {
  for (const name of ['p', 'q', 'v'] as const) {
    const value = params[name];
    if (!(value > 0) || !Number.isFinite(value)) {
      throw new EngineError('invalid-parameters', `Gamma-Gamma 参数 ${name} 必须是大于 0 的有限数，当前为 ${value}(parameter ${name} must be a finite number > 0)`, {
        [name]: value,
      });
    }
  }
}
