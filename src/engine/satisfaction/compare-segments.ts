import { EngineError } from '../core/errors';
import { analyseSurvey, type AnalyseSurveyOptions, type SurveyAnalysis } from './analyse-survey';
import type { SurveyData } from './survey-data';

export interface SegmentComparison {
  readonly column: string;
  /** One analysis per value of the column, most respondents first (ties: first seen first); blanks left out. */
  readonly segments: readonly { readonly value: string; readonly analysis: SurveyAnalysis }[];
  /** Respondents with a blank in the column (in no segment). */
  readonly blank: number;
}

/**
 * The satisfaction report of every group of respondents side by side (e.g. 个人寄件, 电商商家, 企业客户 by
 * 客户类型): `analyseSurvey` run once per value of a segment column, so each group's CSAT, NPS, dimension means
 * and gaps are computed exactly as for the whole survey. Respondents with a blank in the column are counted
 * apart.
 *
 * Source: segment analysis of satisfaction surveys (course chapter 8: 按客户类型比较满意度).
 * @throws EngineError `unknown-segment` when `column` is not a segment column of the data.
 * @example
 * compareSurveySegments(data, '客户类型').segments.map((s) => [s.value, s.analysis.respondents])
 * // [['个人寄件', 340], ['电商商家', 165], ['企业客户', 95]] on the course's survey
 */
export function compareSurveySegments(data: SurveyData, column: string, options: Omit<AnalyseSurveyOptions, 'segment'> = {}): SegmentComparison {
  const found = data.segments.find((s) => s.column === column);
  if (!found) throw new EngineError('unknown-segment', `没有可用于分组的列“${column}”(no segment column ${column})`, { column });
  const counts = new Map<string, number>();
  let blank = 0;
  for (const value of found.values) {
    if (value === '') blank++;
    else counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const order = [...counts].sort((a, b) => b[1] - a[1]).map(([value]) => value);
  return {
    column,
    segments: order.map((value) => ({ value, analysis: analyseSurvey(data, { ...options, segment: { column, value } }) })),
    blank,
  };
}
