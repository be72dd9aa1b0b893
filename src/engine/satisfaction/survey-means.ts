import { EngineError } from '../core/errors';
import { type Answers, meanOrNull, readAnswers } from './answers';

/** The answers per item (question id → one answer per respondent). */
export type SurveyItems = Readonly<Record<string, Answers>>;

/** Item id → dimension name (e.g. 'q1' → '可靠性'). */
export type ItemDimensions = Readonly<Record<string, string>>;

export interface ItemMean {
  readonly item: string;
  /** null when the item belongs to no dimension. */
  readonly dimension: string | null;
  /** Mean of the answers given; null when nobody answered. */
  readonly mean: number | null;
  readonly n: number;
  readonly missing: number;
}

export interface DimensionMean {
  readonly dimension: string;
  /** Mean of every answer given to the dimension's items (answers pooled); null when none. */
  readonly mean: number | null;
  /** Answers pooled. */
  readonly n: number;
  readonly items: string[];
}

export interface SurveySummary {
  readonly items: ItemMean[];
  /** In order of first appearance along the items. */
  readonly dimensions: DimensionMean[];
}

/**
 * Mean score per item and per dimension of a satisfaction questionnaire, ignoring blank answers and
 * reporting how many answers each mean rests on (n). A dimension's mean pools all answers to its items,
 * so an item answered by more people weighs more.
 *
 * Source: descriptive analysis of satisfaction surveys (course standard 《客户关系管理实务》: 客户满意度测评).
 * @throws EngineError `invalid-answer` (an answer off `scale` or not a finite number), `unknown-item` (the
 *   dimension map names an item with no answers column).
 * @example
 * summariseSurvey({ q1: [5, 4, null], q2: [3, 3, 2] }, { q1: '服务', q2: '服务' }).dimensions[0]
 * // { dimension: '服务', mean: 3.4 (17 / 5), n: 5, items: ['q1', 'q2'] }
 */
export function summariseSurvey(items: SurveyItems, dimensions: ItemDimensions = {}, scale?: { min: number; max: number }): SurveySummary {
  for (const item of Object.keys(dimensions)) {
    if (!Object.hasOwn(items, item)) {
      throw new EngineError('unknown-item', `维度表中的题目 ${item} 没有答题数据(item ${item} in the dimension map has no answers)`, { item });
    }
  }
  const pooled = new Map<string, { values: number[]; items: string[] }>();
  const itemMeans = Object.entries(items).map(([item, answers]) => {
    const { values, n, missing } = readAnswers(answers, `题目 ${item} `, scale);
    const dimension = Object.hasOwn(dimensions, item) ? dimensions[item]! : null;
    if (dimension !== null) {
      const group = pooled.get(dimension) ?? { values: [], items: [] };
      for (const v of values) group.values.push(v); // not push(...values): a spread of 100,000+ answers overflows the stack
      group.items.push(item);
      pooled.set(dimension, group);
    }
    return { item, dimension, mean: meanOrNull(values), n, missing };
  });
  return {
    items: itemMeans,
    dimensions: [...pooled].map(([dimension, group]) => ({ dimension, mean: meanOrNull(group.values), n: group.values.length, items: group.items })),
  };
}
