import { EngineError } from '../core/errors';
import { toHalfWidth } from '../ingest/width';
import { type Answers, meanOrNull, readAnswers } from './answers';
import { customerSatisfactionScore, type CsatResult } from './csat';
import { importancePerformance, type IpaResult } from './ipa';
import { netPromoterScore, type NpsResult } from './nps';
import { servqualGaps, type ServqualResult } from './servqual';
import { servqualWeightedGap, type ServqualWeightedGap } from './servqual-weighted-gap';
import type { SurveyData } from './survey-data';
import { summariseSurvey, type DimensionMean, type ItemMean } from './survey-means';

/** Only the respondents whose value in `column` is `value` (e.g. 客户类型 = 电商商家). */
export interface SegmentFilter {
  readonly column: string;
  readonly value: string;
}

export interface AnalyseSurveyOptions {
  readonly segment?: SegmentFilter | null;
  /** The same items rated for expectations (a second file, paired by respondent id when both have ids). */
  readonly expectations?: SurveyData | null;
  /** Where the IPA axes cross: the mean importance and performance (default) or the middle of the scale. */
  readonly ipaCut?: 'mean' | 'midpoint';
}

/** An importance question, what it rates, and its mean. */
export interface ImportanceMean {
  readonly key: string;
  readonly target: string;
  /** `dimension` or `item` when the target names one; null when it names nothing in the survey. */
  readonly kind: 'dimension' | 'item' | null;
  readonly mean: number | null;
  readonly n: number;
  readonly missing: number;
}

export interface SurveyAnalysis {
  /** Respondents analysed (after the segment filter). */
  readonly respondents: number;
  readonly segment: SegmentFilter | null;
  readonly csat: CsatResult | null;
  readonly nps: NpsResult | null;
  /** Per item: mean, n, blanks, and the item's name without its dimension (`label`). */
  readonly items: (ItemMean & { readonly label: string })[];
  readonly dimensions: DimensionMean[];
  readonly importance: ImportanceMean[];
  /** Dimensions (or items) with both an importance and a performance mean, placed in the four quadrants; null when none. */
  readonly ipa: (IpaResult & { readonly level: 'dimension' | 'item' | 'mixed' }) | null;
  /** P − E per item and dimension; null without expectations. */
  readonly servqual: ServqualResult | null;
  /** Expectation answers used (respondents of the expectations file). */
  readonly expectationRespondents: number | null;
  /** Weight per gap dimension: its mean importance (divided by their sum when weighting); null when a dimension has none. */
  readonly weights: Readonly<Record<string, number>> | null;
  readonly weighted: ServqualWeightedGap | null;
  /** Notes in Chinese (respondents without expectations, importance that rates nothing…). */
  readonly warnings: string[];
}

const same = (a: string, b: string) => toHalfWidth(a).trim() === toHalfWidth(b).trim();

function pick(answers: Answers, rows: readonly number[] | null): Answers {
  return rows === null ? answers : rows.map((i) => answers[i] ?? null);
}

/** Which expectation rows go with the analysed respondents: paired by id when both files have ids. */
function expectationRows(data: SurveyData, expectations: SurveyData, rows: readonly number[] | null, warnings: string[]): number[] | null {
  if (data.ids === null || expectations.ids === null) {
    if (rows !== null) warnings.push('期望文件或问卷文件没有问卷编号，无法按客户群配对，差距用的是期望文件的全部答案。');
    else if (expectations.respondents !== data.respondents) warnings.push(`期望文件有 ${expectations.respondents} 份问卷，满意度文件有 ${data.respondents} 份；没有问卷编号，无法逐份配对。`);
    return null;
  }
  const at = new Map<string, number>();
  expectations.ids.forEach((id, i) => {
    if (id !== '' && !at.has(id)) at.set(id, i);
  });
  const wanted = rows ?? data.ids.map((_, i) => i);
  const matched: number[] = [];
  let unmatched = 0;
  for (const i of wanted) {
    const j = at.get(data.ids[i]!);
    if (j === undefined) unmatched++;
    else matched.push(j);
  }
  if (unmatched > 0) warnings.push(`有 ${unmatched} 份问卷在期望文件中找不到相同的问卷编号，它们的期望未计入。`);
  if (rows === null && expectations.respondents > matched.length) {
    warnings.push(`期望文件中有 ${expectations.respondents - matched.length} 份问卷在满意度文件中没有对应编号，未计入。`);
  }
  return matched;
}

/**
 * The whole satisfaction report of a questionnaire: CSAT on the overall question, NPS on the recommend
 * question, the mean of each item and dimension with n and blanks, importance–performance analysis (each
 * importance question placed against the performance of what it rates: a dimension's pooled mean or an item's
 * mean), and with expectations the SERVQUAL gaps P − E per item and dimension and their importance-weighted
 * mean (weights = the dimensions' mean importance). A segment filter keeps only the respondents of one group;
 * expectations are then paired by respondent id. Blank answers are left out of every figure and counted.
 *
 * Source: docs/contracts.md §5 (CSAT, NPS); Martilla & James (1977) for IPA; Parasuraman, Zeithaml & Berry (1988) and
 * Zeithaml, Parasuraman & Berry (1990) for the SERVQUAL gaps and their weighting; course chapter 8.
 * @throws EngineError `unknown-segment` (a filter on a column that is not a segment column).
 * @example
 * analyseSurvey({ respondents: 2, ids: null, segments: [], importance: [], scale: { min: 1, max: 5 }, issues: [], issueCount: 0,
 *   items: [{ key: 'a_x', label: 'x', dimension: 'a', answers: [4, 2] }], overall: { key: 'o', answers: [5, 3] }, nps: null })
 * // csat.csat 50 (one of two answers is 4–5), dimensions [{ dimension: 'a', mean: 3, n: 2, items: ['a_x'] }], ipa null
 */
export function analyseSurvey(data: SurveyData, options: AnalyseSurveyOptions = {}): SurveyAnalysis {
  const segment = options.segment ?? null;
  const warnings: string[] = [];
  let rows: number[] | null = null;
  if (segment !== null) {
    const column = data.segments.find((s) => s.column === segment.column);
    if (!column) throw new EngineError('unknown-segment', `没有可用于分组的列“${segment.column}”(no segment column ${segment.column})`, { column: segment.column });
    rows = [];
    column.values.forEach((v, i) => {
      if (v === segment.value) rows!.push(i);
    });
  }
  const respondents = rows === null ? data.respondents : rows.length;

  const summary = summariseSurvey(
    Object.fromEntries(data.items.map((item) => [item.key, pick(item.answers, rows)])),
    Object.fromEntries(data.items.flatMap((item) => (item.dimension === null ? [] : [[item.key, item.dimension]]))),
  );
  const labels = new Map(data.items.map((item) => [item.key, item.label]));
  const items = summary.items.map((m) => ({ ...m, label: labels.get(m.item) ?? m.item }));

  const importance: ImportanceMean[] = data.importance.map((q) => {
    const { values, n, missing } = readAnswers(pick(q.answers, rows), `题目 ${q.key} `);
    const kind = summary.dimensions.some((d) => same(d.dimension, q.target))
      ? 'dimension'
      : data.items.some((item) => same(item.key, q.target) || same(item.label, q.target)) ? 'item' : null;
    if (kind === null) warnings.push(`重要性题“${q.key}”评的是“${q.target}”，问卷里没有这个维度或题项，未用于重要性—绩效分析。`);
    return { key: q.key, target: q.target, kind, mean: meanOrNull(values), n, missing };
  });

  const points = importance.flatMap((q) => {
    if (q.mean === null || q.kind === null) return [];
    const performance =
      q.kind === 'dimension'
        ? summary.dimensions.find((d) => same(d.dimension, q.target))!.mean
        : items.find((item) => same(item.item, q.target) || same(item.label, q.target))!.mean;
    return performance === null ? [] : [{ item: q.target, importance: q.mean, performance, kind: q.kind }];
  });
  const mid = (data.scale.min + data.scale.max) / 2;
  const kinds = new Set(points.map((p) => p.kind));
  const ipa =
    points.length === 0
      ? null
      : {
          ...importancePerformance(points, options.ipaCut === 'midpoint' ? { importanceCut: mid, performanceCut: mid } : {}),
          level: kinds.size > 1 ? ('mixed' as const) : [...kinds][0]!,
        };

  let servqual: ServqualResult | null = null;
  let expectationRespondents: number | null = null;
  if (options.expectations) {
    const expectations = options.expectations;
    const paired = expectationRows(data, expectations, rows, warnings);
    expectationRespondents = paired === null ? expectations.respondents : paired.length;
    const expected = new Map(expectations.items.map((item) => [item.key, item]));
    const common = data.items.filter((item) => expected.has(item.key));
    const onlyHere = data.items.filter((item) => !expected.has(item.key)).map((item) => item.key);
    const onlyThere = expectations.items.filter((item) => !data.items.some((d) => d.key === item.key)).map((item) => item.key);
    if (onlyHere.length > 0) warnings.push(`期望文件中没有这些题项，未计算差距：${onlyHere.join('、')}。`);
    if (onlyThere.length > 0) warnings.push(`期望文件中的这些列在满意度问卷里没有对应题项：${onlyThere.join('、')}。`);
    if (common.length > 0) {
      const result = servqualGaps({
        perception: Object.fromEntries(common.map((item) => [item.key, pick(item.answers, rows)])),
        expectation: Object.fromEntries(common.map((item) => [item.key, pick(expected.get(item.key)!.answers, paired)])),
        dimensions: Object.fromEntries(common.flatMap((item) => (item.dimension === null ? [] : [[item.key, item.dimension]]))),
      });
      servqual = { ...result, warnings: [] };
      warnings.push(...result.warnings.map((w) => w.replace(/\(.*\)$/, '。')));
    } else {
      warnings.push('期望文件和满意度问卷没有相同的题项列，无法计算差距。');
    }
  }

  let weights: Record<string, number> | null = null;
  let weighted: ServqualWeightedGap | null = null;
  if (servqual !== null && servqual.dimensions.length > 0) {
    const byDimension = new Map(importance.filter((q) => q.kind === 'dimension' && q.mean !== null).map((q) => [q.target, q.mean!]));
    const found = servqual.dimensions.map((d) => [d.dimension, [...byDimension].find(([target]) => same(target, d.dimension))?.[1]] as const);
    if (found.every(([, w]) => w !== undefined && w > 0)) {
      weights = Object.fromEntries(found as (readonly [string, number])[]);
      weighted = servqualWeightedGap(servqual.dimensions, weights);
    }
  }

  return { respondents, segment, csat: data.overall ? customerSatisfactionScore(pick(data.overall.answers, rows)) : null, nps: data.nps ? netPromoterScore(pick(data.nps.answers, rows)) : null, items, dimensions: summary.dimensions, importance, ipa, servqual, expectationRespondents, weights, weighted, warnings };
}
