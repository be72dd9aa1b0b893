import type { AbcClass, AbcClassSummary } from '../tiering/abc/classify-abc';
import type { BusiestInterval } from '../technology/call-volume/busiest-interval';
import type { CategoryCount } from '../communication/complaints/count-by-category';
import type { FirstContactResolution } from '../communication/complaints/first-contact-resolution';
import type { CreditGradeCount } from '../information/credit/credit-grade-distribution';
import type { GeneratedDatasetId } from '../generate/catalogue';
import type { ProfitabilityVerdict } from '../selection/profitability/types';
import type { RfmSegmentSummary } from '../tiering/rfm/types';
import type { CsatResult } from '../satisfaction/csat';
import type { NpsResult } from '../satisfaction/nps';

/** What every answer key says about the file it is for. */
export interface AnswerKeyHeader {
  /** The dataset id, e.g. `retail-transactions`. */
  readonly dataset: GeneratedDatasetId;
  /** The student's file name, e.g. `retail-transactions-2023123456.csv`. */
  readonly file: string;
  readonly studentNumber: string | null;
  readonly seed: number;
  /** Data rows in the file. */
  readonly rows: number;
  /** How the numbers were computed, in Chinese, so that an instructor can explain (and redo) them. */
  readonly method: string[];
  /** Chinese notes, e.g. customers left out; empty when there is nothing to say. */
  readonly warnings: string[];
}

/** ABC figures of one customer. */
export interface AnswerKeyAbcCustomer {
  readonly rank: number;
  readonly customer: string;
  readonly value: number;
  readonly share: number;
  readonly cumulative: number;
  readonly class: AbcClass;
}

/** An ABC summary: thresholds and the three classes. */
export interface AnswerKeyAbc {
  readonly a: number;
  readonly b: number;
  readonly summary: { readonly A: AbcClassSummary; readonly B: AbcClassSummary; readonly C: AbcClassSummary; readonly total: { readonly customers: number; readonly value: number } };
}

/** Retail transactions: RFM (cn8, 5 bins, default as-of), ABC on net spend, the top 10 customers. */
export interface RetailAnswerKey extends AnswerKeyHeader {
  readonly kind: 'retail';
  /** The as-of day of the RFM analysis (the day after the latest row). */
  readonly asof: string;
  readonly rfm: {
    readonly bins: number;
    readonly method: 'rank';
    readonly segmentModel: 'cn8';
    readonly customers: number;
    readonly meanScores: { readonly r: number; readonly f: number; readonly m: number };
    readonly segments: RfmSegmentSummary[];
  };
  readonly abc: AnswerKeyAbc;
  /** The 10 customers with the largest net spend, with their ABC class and RFM scores. */
  readonly top: (AnswerKeyAbcCustomer & { readonly recency: number | null; readonly frequency: number | null; readonly monetary: number | null; readonly code: string | null; readonly segment: string | null })[];
}

/** One logistics customer's profitability verdict. */
export interface AnswerKeyProfitabilityRow {
  readonly customer: string;
  readonly name: string;
  /** 元 (the file's 万元 × 10,000). */
  readonly revenue: number;
  readonly profit: number;
  readonly profitMargin: number | null;
  readonly rankByRevenue: number;
  readonly rankByProfit: number;
  readonly verdict: ProfitabilityVerdict;
  /** 好客户 / 需关注 / 坏客户. */
  readonly verdictName: string;
  readonly reasons: string[];
}

/** Logistics customers: ABC on revenue (万元, as in the file) and the profitability verdicts with reasons. */
export interface LogisticsAnswerKey extends AnswerKeyHeader {
  readonly kind: 'logistics';
  readonly abc: AnswerKeyAbc & { readonly customers: (AnswerKeyAbcCustomer & { readonly name: string })[] };
  readonly profitability: {
    readonly counts: Readonly<Record<ProfitabilityVerdict, number>>;
    /** In the file's order. */
    readonly customers: AnswerKeyProfitabilityRow[];
  };
}

/** One SERVQUAL dimension: means of its items' means, and the gap P − E. */
export interface AnswerKeyDimension {
  readonly dimension: string;
  readonly items: number;
  /** Mean perception (the survey), the mean of the dimension's item means. */
  readonly perception: number | null;
  /** Mean expectation (the expectations file), the mean of the dimension's item means. */
  readonly expectation: number | null;
  /** P − E: the mean of the item gaps; negative: the service falls short. */
  readonly gap: number | null;
  /** Mean importance of the dimension (its 重要性 question). */
  readonly importance: number | null;
}

/** Satisfaction survey (with the paired expectations): CSAT, NPS, per-dimension means and gaps. */
export interface SurveyAnswerKey extends AnswerKeyHeader {
  readonly kind: 'survey';
  /** The survey file and the expectations file paired with it (one run makes both). */
  readonly surveyFile: string;
  readonly expectationsFile: string;
  readonly respondents: number;
  readonly csat: CsatResult;
  readonly nps: NpsResult;
  readonly dimensions: AnswerKeyDimension[];
  /** Mean of the dimension gaps (the unweighted SERVQUAL score). */
  readonly overallGap: number | null;
}

/** Complaint tickets: counts by type (a Pareto table) and first-contact resolution. */
export interface ComplaintAnswerKey extends AnswerKeyHeader {
  readonly kind: 'complaints';
  readonly tickets: number;
  readonly byType: (CategoryCount & { readonly firstContact: FirstContactResolution })[];
  readonly firstContact: FirstContactResolution;
  /** Mean satisfaction (1–5) of the tickets solved at the first contact and of the others. */
  readonly satisfaction: { readonly firstContact: number | null; readonly notFirstContact: number | null };
}

/** Call-centre volumes: Erlang C staffing of the peak half hour. */
export interface CallsAnswerKey extends AnswerKeyHeader {
  readonly kind: 'calls';
  readonly peak: BusiestInterval;
  /** The staffing targets assumed (chapter 2's example): 1,800 s interval, 80 % within 20 s, 30 % shrinkage. */
  readonly target: { readonly interval: number; readonly sl: number; readonly target: number; readonly shrinkage: number };
  readonly staffing: {
    readonly intensity: number;
    readonly requiredAgents: number;
    readonly scheduledStaff: number;
    readonly serviceLevel: number;
    readonly probabilityOfWaiting: number;
    readonly asa: number;
    readonly occupancy: number;
  };
}

/** Credit applications: the 5C grade distribution (equal weights) and the default rate per grade. */
export interface CreditAnswerKey extends AnswerKeyHeader {
  readonly kind: 'credit';
  readonly applications: number;
  readonly meanScore: number | null;
  readonly grades: CreditGradeCount[];
}

/** The instructor's answer key for one generated dataset. */
export type AnswerKey = RetailAnswerKey | LogisticsAnswerKey | SurveyAnswerKey | ComplaintAnswerKey | CallsAnswerKey | CreditAnswerKey;
