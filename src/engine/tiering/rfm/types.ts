/** How scores are cut: docs/contracts.md §5's rank rule, or the R package `rfm` 0.3.0's quantile breaks. */
export type RfmMethod = 'rank' | 'breaks';

/** Which segment model names the scores: the eight textbook classes, or the R package's ten. */
export type RfmSegmentModel = 'cn8' | 'rfm10';

/** Which direction is better on a measure: more (frequency, monetary) or less (recency). */
export type Better = 'higher' | 'lower';

export interface RfmOptions {
  /** The as-of day (whole days since 1970-01-01); default: the day after the latest date in the rows, returns included. */
  readonly asOf?: number;
  /** Number of score levels per measure, 2–9 (default 5). */
  readonly bins?: number;
  /** Scoring rule (default `'rank'`). */
  readonly method?: RfmMethod;
  /** Segment model (default `'cn8'`). */
  readonly segments?: RfmSegmentModel;
}

/** One segment of a model, with what the textbook teaches to do with it (for widgets to show). */
export interface RfmSegmentDefinition {
  /** Stable key: kebab-case for cn8, the R package's English name for rfm10. */
  readonly key: string;
  /** Chinese name, e.g. 重要价值客户. */
  readonly name: string;
  /** The rule in words, e.g. R高F高M高. */
  readonly rule: string;
  /** One line on who these customers are. */
  readonly description: string;
  /** The strategy the textbook teaches for them. */
  readonly strategy: string;
  /** cn8 only: the customer tier (关键客户 / 普通客户 / 小客户) chapter 6 roughly maps the segment to. */
  readonly tier?: string;
}

export interface RfmCustomer {
  readonly customer: string;
  /** Whole days from the last purchase to the as-of day. */
  readonly recency: number;
  /** Distinct orders among purchases. */
  readonly frequency: number;
  /** Sum of all amounts, returns included. */
  readonly monetary: number;
  readonly r: number;
  readonly f: number;
  readonly m: number;
  /** The three scores as digits, e.g. "545". */
  readonly code: string;
  /** Chinese segment name. */
  readonly segment: string;
  readonly segmentKey: string;
  /** Day of the last purchase. */
  readonly lastPurchase: number;
}

export interface RfmSegmentSummary {
  readonly segment: string;
  readonly segmentKey: string;
  readonly customers: number;
  /** Sum of the customers' frequencies. */
  readonly orders: number;
  /** Sum of the customers' monetary values. */
  readonly revenue: number;
  /** customers / all customers; null when there are no customers at all. */
  readonly customerShare: number | null;
  /** revenue / all revenue; null when all revenue is 0. */
  readonly revenueShare: number | null;
  /** Means over the segment's customers; null for an empty segment. */
  readonly meanRecency: number | null;
  readonly meanFrequency: number | null;
  readonly meanMonetary: number | null;
}

/** The cut points q_1..q_{bins−1} of the `breaks` method, per measure. */
export interface RfmBreaks {
  readonly recency: number[];
  readonly frequency: number[];
  readonly monetary: number[];
}

export interface RfmResult {
  readonly asOf: number;
  readonly bins: number;
  readonly method: RfmMethod;
  readonly segmentModel: RfmSegmentModel;
  /** Customers with at least one purchase, in order of first appearance in the input. */
  readonly customers: RfmCustomer[];
  /** Every segment of the model, in the model's order (empty ones included). */
  readonly segments: RfmSegmentSummary[];
  /** Only for `method: 'breaks'`. */
  readonly breaks?: RfmBreaks;
  /** Means of the r, f and m scores (the cn8 model's thresholds). */
  readonly meanScores: { readonly r: number; readonly f: number; readonly m: number };
  /** Chinese messages, e.g. customers left out because they have no purchase. */
  readonly warnings: string[];
}
