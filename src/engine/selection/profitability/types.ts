/** One customer's yearly figures for the profitability check. */
export interface ProfitabilityInput {
  readonly customer: string;
  /** Yearly revenue (元), ≥ 0. */
  readonly revenue: number;
  /** Gross margin rate, −1..1 (e.g. 0.25 for 25 %). */
  readonly marginRate: number;
  /** Yearly cost to serve (元), ≥ 0: sales visits, delivery, support, discounts given. */
  readonly serviceCost: number;
  /** Average days the customer takes to pay, ≥ 0. */
  readonly paymentDays: number;
  /**
   * Share of revenue expected to go bad (坏账率), 0–1, when it is known (from the firm's records or a
   * credit rating). Given, it overrides the payment-days rule: expected bad debt = revenue × badDebtRate.
   */
  readonly badDebtRate?: number;
  /** Revenue growth on last year, e.g. −0.2 for a 20 % fall; above −1. */
  readonly growth?: number;
  /** How well the customer fits the firm's positioning, 0..1 (门当户对). */
  readonly strategicFit?: number;
}

/** Thresholds and the bad-debt rule; every field has a default (`DEFAULT_PROFITABILITY_OPTIONS`). */
export interface ProfitabilityOptions {
  /** Credit term the firm grants, in days (30). */
  readonly termsDays?: number;
  /** Probability of default for a customer paying within terms (0.01). */
  readonly baseDefaultRate?: number;
  /** Added probability of default per 30 days paid beyond terms (0.05). */
  readonly defaultRatePer30DaysLate?: number;
  /** Cap on the probability of default (0.5). */
  readonly maxDefaultRate?: number;
  /** Paying later than this many days is a high credit risk: verdict bad (90). */
  readonly riskDays?: number;
  /** A profit margin under this is thin: watch (0.05). */
  readonly thinMargin?: number;
  /** A profit margin of at least this is strong (0.15). */
  readonly strongMargin?: number;
  /** Cost to serve above this share of the gross margin is high: watch (0.5). */
  readonly highServiceShare?: number;
  /** Growth at or below this is a decline: watch (−0.1). */
  readonly decline?: number;
  /** Growth at or above this is strong (0.1). */
  readonly strongGrowth?: number;
  /** Strategic fit below this is poor: watch (0.4). */
  readonly poorFit?: number;
  /** Strategic fit of at least this is good (0.7). */
  readonly goodFit?: number;
  /** The top share of customers by revenue that counts as 大客户 (0.2). */
  readonly bigShare?: number;
}

export type ProfitabilityVerdict = 'good' | 'watch' | 'bad';

export interface CustomerProfitability {
  readonly customer: string;
  readonly revenue: number;
  /** revenue × marginRate. */
  readonly grossMargin: number;
  readonly costToServe: number;
  /** Average receivable × probability of default (see `expectedBadDebt`), or revenue × badDebtRate when given. */
  readonly expectedBadDebt: number;
  /** The probability of default the bad-debt rule gave, or the given badDebtRate. */
  readonly defaultProbability: number;
  /** grossMargin − costToServe − expectedBadDebt. */
  readonly profit: number;
  /** profit / revenue; null when revenue is 0. */
  readonly profitMargin: number | null;
  /** 1 = highest revenue; equal revenues share a rank. */
  readonly rankByRevenue: number;
  /** 1 = highest profit; equal profits share a rank. */
  readonly rankByProfit: number;
  readonly verdict: ProfitabilityVerdict;
  /** Chinese sentences, problems first, e.g. 账期长达 120 天,坏账风险高. */
  readonly reasons: string[];
  /** Ids of the rules that fired, in the order of `reasons`. */
  readonly rules: string[];
}
