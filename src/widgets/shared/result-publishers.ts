// What each widget publishes for the lab worksheets' fill buttons (src/content-schema/result-sources.ts names the keys): pure
// mappings from a widget's result to the figures a worksheet takes, and one call per widget that stores them.
import type { AbcResult } from '../../engine/tiering/abc';
import type { Credit5cResult } from '../../engine/information/credit/credit-5c';
import type { ClvResult } from '../../engine/tiering/clv';
import type { CrmFigures } from '../../engine/crm/figures';
import type { RfmSegmentSummary } from '../../engine/tiering/rfm';
import type { PooledCohortRetention } from '../../engine/loyalty/retention/pooled-cohort-retention';
import type { SurveyAnalysis } from '../../engine/satisfaction/analyse-survey';
import { publishResult, type ResultRecord } from '../../stores/widget-results';
import type { DatasetChoice } from './dataset-picker/controller';

/** A share (0–1) as a percentage with one decimal; '' when there is none. */
export const percent = (share: number | null | undefined): number | string => (share === null || share === undefined || !Number.isFinite(share) ? '' : Math.round(share * 1000) / 10);
const money = (value: number) => Math.round(value * 100) / 100;

/** What was analysed, as the fill button names it: the bundled dataset's id, the example, or the learner's file. */
export function datasetName(choice: DatasetChoice | null): string {
  if (!choice) return '';
  return choice.type === 'file' ? `自己的文件 ${choice.name}` : choice.type === 'example' ? '本章的例题数据' : choice.id;
}

export function rfmSegmentRows(segments: readonly RfmSegmentSummary[]): ResultRecord[] {
  return segments.map((s) => ({ segment: s.segment, customers: s.customers, customerShare: percent(s.customerShare), orders: s.orders, revenue: money(s.revenue) }));
}

export function abcClassRows(summary: AbcResult['summary']): ResultRecord[] {
  return (['A', 'B', 'C'] as const).map((c) => ({
    class: c,
    customers: summary[c].customers,
    customerShare: percent(summary[c].customerShare),
    value: money(summary[c].value),
    valueShare: percent(summary[c].valueShare),
  }));
}

export interface ClvInputs {
  readonly margin: string;
  readonly retention: string;
  readonly discount: string;
  readonly years: string;
  readonly acquisition: string;
}

export function clvRecord(form: ClvInputs, result: ClvResult): ResultRecord {
  return { margin: form.margin, retention: form.retention, discount: form.discount, years: result.infinite ? '不限' : form.years, acquisition: form.acquisition, clv: money(result.clv) };
}

export function creditRecord(applicant: string | null, result: Credit5cResult): ResultRecord {
  return {
    applicant: applicant ?? '自己输入的申请',
    scores: result.factors.map((f) => f.score).join('、'),
    total: Math.round(result.score * 10) / 10,
    grade: result.grade,
  };
}

export function satisfactionRecord(dataset: string, analysis: SurveyAnalysis): ResultRecord {
  const focus = analysis.ipa?.quadrants.find((q) => q.key === 'concentrate')?.items ?? [];
  return {
    dataset,
    responses: analysis.respondents,
    csat: analysis.csat?.csat === null || analysis.csat === null ? '' : Math.round(analysis.csat.csat * 10) / 10,
    nps: analysis.nps?.nps === null || analysis.nps === null ? '' : Math.round(analysis.nps.nps * 10) / 10,
    focus: focus.join('、'),
  };
}

export function cohortRecord(dataset: string, pooled: PooledCohortRetention): ResultRecord {
  return { dataset, month1: percent(pooled.share[1]), month3: percent(pooled.share[3]), month6: percent(pooled.share[6]) };
}

/** The practice CRM's counts, as the worksheets of the labs that send students to it take them. */
export function crmSummaryRecord(figures: CrmFigures): ResultRecord {
  const { customers, duplicateGroups, interactions, tickets, ticketsArchived, ticketsOverdue, revisits, satisfactionRate } = figures;
  return { customers, duplicateGroups, interactions, tickets, ticketsArchived, ticketsOverdue, revisits, satisfactionRate: percent(satisfactionRate) };
}

export const publishRfmSegments = (choice: DatasetChoice | null, segments: readonly RfmSegmentSummary[]) =>
  publishResult('rfm-segments', datasetName(choice), rfmSegmentRows(segments));
export const publishAbcClasses = (choice: DatasetChoice | null, summary: AbcResult['summary']) => publishResult('abc-classes', datasetName(choice), abcClassRows(summary));
export const publishClv = (form: ClvInputs, result: ClvResult) => publishResult('clv-result', `年毛利 ${form.margin} 元、保留率 ${form.retention}%`, clvRecord(form, result));
export const publishCredit = (applicant: string | null, result: Credit5cResult) => publishResult('credit-rating', applicant ?? '自己输入的申请', creditRecord(applicant, result));
export const publishSatisfaction = (choice: DatasetChoice | null, analysis: SurveyAnalysis) =>
  publishResult('satisfaction-summary', datasetName(choice), satisfactionRecord(datasetName(choice), analysis));
export const publishCohorts = (choice: DatasetChoice | null, pooled: PooledCohortRetention) => publishResult('cohort-retention', datasetName(choice), cohortRecord(datasetName(choice), pooled));
export const publishCrmSummary = (workspace: string, figures: CrmFigures) => publishResult('crm-summary', workspace, crmSummaryRecord(figures));
