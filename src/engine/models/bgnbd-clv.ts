import { bgNbdConditionalExpected, type BgNbdParams } from './bgnbd';
import { EngineError } from '../core/errors';
import { gammaGammaExpectedSpend, type GammaGammaParams } from './gamma-gamma';

/** One customer's history, as in a `BgNbdSummary`. */
export interface BgNbdClvCustomer {
  readonly x: number;
  readonly t_x: number;
  readonly T: number;
  /** Mean value of the repeat purchases (0 when x = 0). */
  readonly zbar: number;
}

/** Options for `customerClvBgNbdGammaGamma`. */
export interface BgNbdClvOptions {
  /** Number of periods to add up, e.g. 12 months. */
  readonly steps: number;
  /** Length of one period in the summary's unit, e.g. 4.345 weeks or 30 days for a month (lifetimes' factors). */
  readonly stepLength: number;
  /** Discount rate per period, e.g. 0.01 a month. */
  readonly discountRate: number;
  /** Share of spend kept as profit, from 0 to 1. */
  readonly margin: number;
}

/** A customer's CLV and its parts. */
export interface BgNbdClv {
  /** Discounted expected profit over the horizon. */
  readonly clv: number;
  /** Expected spend per purchase (Gamma-Gamma). */
  readonly expectedSpend: number;
  /** Expected purchases over the whole horizon, undiscounted (BG/NBD). */
  readonly expectedPurchases: number;
  /** Discounted profit expected in each period; they add up to `clv`. */
  readonly perStep: number[];
}

/**
 * A customer's lifetime value over a horizon from the BG/NBD and Gamma-Gamma models:
 * CLV = Σ_{k=1..steps} margin · E[Z | x, z̄] · (E[Y(k·L)] − E[Y((k − 1)·L)]) / (1 + d)^k,
 * where E[Y(t)] is the BG/NBD expected number of purchases in the next t (given x, t_x, T), L the
 * period length and E[Z | x, z̄] the Gamma-Gamma expected spend. This is a discrete approximation: the
 * purchases expected during a period are discounted as if they all happened at its end, as lifetimes'
 * `customer_lifetime_value` does; shorter periods bring it closer to continuous discounting.
 * Source: Fader, Hardie & Lee (2005), "RFM and CLV", §5 (continuous form); lifetimes (Davidson-Pilon) for the discrete form.
 * @throws EngineError `invalid-argument` for steps not a whole number ≥ 1, stepLength ≤ 0, discountRate ≤ −1, margin outside [0, 1];
 *   the errors of `bgNbdConditionalExpected` and `gammaGammaExpectedSpend`.
 * @example one period of 39 weeks, d = 0.1, margin 0.3, CDNOW customer 1 with the published fits:
 *   0.3 · 24.66 · 1.226 / 1.1 = 8.25.
 */
export function customerClvBgNbdGammaGamma(
  bgNbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  customer: BgNbdClvCustomer,
  options: BgNbdClvOptions,
): BgNbdClv {
  const { steps, stepLength, discountRate, margin } = options;
  if (!Number.isInteger(steps) || steps < 1) {
    throw new EngineError('invalid-argument', `期数必须是不小于 1 的整数，当前为 ${steps}(steps must be a whole number ≥ 1)`, { steps });
  }
  if (!(stepLength > 0) || !Number.isFinite(stepLength)) {
    throw new EngineError('invalid-argument', `每期长度必须大于 0，当前为 ${stepLength}(stepLength must be greater than 0)`, { stepLength });
  }
  if (!(discountRate > -1) || !Number.isFinite(discountRate)) {
    throw new EngineError('invalid-argument', `折现率必须大于 −1，当前为 ${discountRate}(discountRate must be greater than −1)`, { discountRate });
  }
  if (!(margin >= 0 && margin <= 1)) {
    throw new EngineError('invalid-argument', `利润率必须在 0 到 1 之间，当前为 ${margin}(margin must be from 0 to 1)`, { margin });
  }
  const expectedSpend = gammaGammaExpectedSpend(gammaGamma, customer.x, customer.zbar);
  const perStep: number[] = [];
  let previous = 0;
  let clv = 0;
  for (let k = 1; k <= steps; k++) {
    const cumulative = bgNbdConditionalExpected(bgNbd, k * stepLength, customer.x, customer.t_x, customer.T);
    const value = (margin * expectedSpend * (cumulative - previous)) / Math.pow(1 + discountRate, k);
    perStep.push(value);
    clv += value;
    previous = cumulative;
  }
  return { clv, expectedSpend, expectedPurchases: previous, perStep };
}
