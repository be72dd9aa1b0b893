import { EngineError } from '../core/errors';
import { requireAbove, requireFinite, requireInRange, requireIntegerInRange } from '../core/guards';

export interface ClvInput {
  /** Margin the customer brings per year while retained (元). */
  readonly margin: number;
  /** Probability of keeping the customer from one year to the next, 0–1. */
  readonly retention: number;
  /** Yearly discount rate, e.g. 0.1; greater than −1. */
  readonly discount: number;
  /** Horizon in whole years (1–1000); omitted: no horizon (the infinite sum). */
  readonly years?: number;
  /** Acquisition cost, subtracted once (default 0). */
  readonly acquisition?: number;
}

export interface ClvYear {
  readonly year: number;
  /** Probability the customer is still there in this year: r^(t−1). */
  readonly survival: number;
  /** The yearly margin while retained (the input m). */
  readonly margin: number;
  /** m·r^(t−1). */
  readonly expectedMargin: number;
  /** 1/(1+d)^t. */
  readonly discountFactor: number;
  /** m·r^(t−1)/(1+d)^t. */
  readonly presentValue: number;
  /** Sum of the present values up to this year. */
  readonly cumulative: number;
  /** cumulative − acquisition cost: the year this turns positive is the payback year. */
  readonly cumulativeNet: number;
}

export interface ClvResult {
  readonly clv: number;
  /** Years 1..T; with no horizon, the first 10 years (for teaching). */
  readonly perYear: ClvYear[];
  /** True when there is no horizon and `clv` is the closed-form limit. */
  readonly infinite: boolean;
}

const TEACHING_YEARS = 10;

/**
 * Customer lifetime value with a constant margin, retention and discount rate (docs/contracts.md §5):
 * CLV = Σ_{t=1..T} m·r^(t−1)/(1+d)^t − c, and with no horizon the limit m/(1+d−r) − c.
 * Margins arrive at the end of each year; the customer is there in year 1 for sure.
 *
 * Source: Gupta, S. & Lehmann, D.R. (2003), "Customers as assets", Journal of Interactive Marketing
 * 17(1):9–24 (the margin multiple r/(1+d−r), here with the first margin counted: m/(1+d−r)); docs/contracts.md §5.
 * @throws EngineError `invalid-margin`, `invalid-acquisition` (not finite), `invalid-retention`
 *   (outside 0–1), `invalid-discount` (not above −1), `invalid-years` (not an integer 1–1000),
 *   `diverging-clv` (no horizon and r ≥ 1 + d: the sum has no limit).
 * @example customerLifetimeValue({ margin: 100, retention: 0.8, discount: 0.1 }).clv // 333.33… = 100 / 0.3
 * @example customerLifetimeValue({ margin: 100, retention: 0.5, discount: 0, years: 2, acquisition: 20 }).clv // 130 = 100 + 50 − 20
 */
export function customerLifetimeValue(input: ClvInput): ClvResult {
  const m = requireFinite(input.margin, { code: 'invalid-margin', zh: '年利润贡献', en: 'margin' });
  const r = requireInRange(input.retention, 0, 1, { code: 'invalid-retention', zh: '客户保持率', en: 'retention' });
  const d = requireAbove(input.discount, -1, { code: 'invalid-discount', zh: '折现率', en: 'discount rate' });
  const c = requireFinite(input.acquisition ?? 0, { code: 'invalid-acquisition', zh: '获客成本', en: 'acquisition cost' });
  const years = input.years;
  if (years !== undefined) requireIntegerInRange(years, 1, 1000, { code: 'invalid-years', zh: '年限', en: 'years' });
  else if (!(r < 1 + d)) {
    throw new EngineError(
      'diverging-clv',
      `不设年限时保持率必须小于 1 + 折现率（当前 ${r} ≥ ${1 + d}），否则终身价值无限大(with no horizon, retention must be below 1 + discount, or the value has no limit)`,
      { retention: r, discount: d },
    );
  }

  const perYear: ClvYear[] = [];
  let cumulative = 0;
  for (let t = 1; t <= (years ?? TEACHING_YEARS); t++) {
    const survival = Math.pow(r, t - 1);
    const discountFactor = 1 / Math.pow(1 + d, t);
    const presentValue = m * survival * discountFactor;
    cumulative += presentValue;
    perYear.push({ year: t, survival, margin: m, expectedMargin: m * survival, discountFactor, presentValue, cumulative, cumulativeNet: cumulative - c });
  }
  const clv = years === undefined ? m / (1 + d - r) - c : cumulative - c;
  return { clv, perYear, infinite: years === undefined };
}
