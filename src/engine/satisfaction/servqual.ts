import { EngineError } from '../core/errors';
import { type Answers, meanOrNull, readAnswers } from './answers';
import type { ItemDimensions, SurveyItems } from './survey-means';

/** Parasuraman, Zeithaml & Berry's five SERVQUAL dimensions, with the Chinese names used in teaching. */
export const SERVQUAL_DIMENSIONS: readonly { readonly key: string; readonly name: string; readonly english: string; readonly meaning: string }[] = Object.freeze([
  { key: 'tangibles', name: '有形性', english: 'Tangibles', meaning: '设施、设备、人员仪表和宣传材料' },
  { key: 'reliability', name: '可靠性', english: 'Reliability', meaning: '可靠、准确地履行服务承诺' },
  { key: 'responsiveness', name: '响应性', english: 'Responsiveness', meaning: '愿意帮助客户并迅速提供服务' },
  { key: 'assurance', name: '保证性', english: 'Assurance', meaning: '员工的知识、礼貌和令人信任的能力' },
  { key: 'empathy', name: '移情性', english: 'Empathy', meaning: '关心客户，提供个性化的关注' },
].map((d) => Object.freeze(d)));

export interface ServqualItemGap {
  readonly item: string;
  readonly dimension: string | null;
  /** Mean expectation (E) and mean perception (P) over the answers given; null when none. */
  readonly expectation: number | null;
  readonly perception: number | null;
  /** P − E; negative: the service falls short of what customers expect. Null when either mean is missing. */
  readonly gap: number | null;
  readonly expectationN: number;
  readonly perceptionN: number;
}

export interface ServqualDimensionGap {
  readonly dimension: string;
  /** Means of the item means (each item weighs the same); null when no item has both. */
  readonly expectation: number | null;
  readonly perception: number | null;
  readonly gap: number | null;
  /** True when gap < 0. */
  readonly fallsShort: boolean;
  /** Items with both means, which the dimension figures are computed from. */
  readonly items: string[];
}

export interface ServqualResult {
  readonly items: ServqualItemGap[];
  readonly dimensions: ServqualDimensionGap[];
  /** Mean of the dimension gaps (unweighted SERVQUAL score); null when there is none. */
  readonly overallGap: number | null;
  /** Chinese notes, e.g. items left out for lack of answers. */
  readonly warnings: string[];
}

/**
 * SERVQUAL gap analysis: for each item, mean perception minus mean expectation (P − E; negative means
 * the service falls short of expectations), then for each dimension the mean of its items' figures
 * (items weigh equally), and overall the mean of the dimension gaps. Blank answers are ignored; an item
 * with no answers on one side is reported with a null gap and left out of its dimension.
 *
 * Source: Parasuraman, A., Zeithaml, V.A. & Berry, L.L. (1988), "SERVQUAL: a multiple-item scale for
 * measuring consumer perceptions of service quality", Journal of Retailing 64(1):12–40 (unweighted score).
 * @throws EngineError `unpaired-item` (an item with expectations but no perceptions column or the reverse),
 *   `unknown-item` (the dimension map names an unknown item), `invalid-answer` (off `scale` or not a number).
 * @example
 * servqualGaps({ expectation: { q1: [7, 6] }, perception: { q1: [5, 5] }, dimensions: { q1: '可靠性' } }).dimensions[0].gap // −1.5
 */
export function servqualGaps(input: {
  readonly expectation: SurveyItems;
  readonly perception: SurveyItems;
  readonly dimensions?: ItemDimensions;
  readonly scale?: { readonly min: number; readonly max: number };
}): ServqualResult {
  const { expectation, perception, dimensions = {}, scale } = input;
  for (const item of new Set([...Object.keys(expectation), ...Object.keys(perception)])) {
    if (!Object.hasOwn(expectation, item) || !Object.hasOwn(perception, item)) {
      throw new EngineError('unpaired-item', `题目 ${item} 必须同时有期望和感知两组回答(item ${item} needs both expectation and perception answers)`, { item });
    }
  }
  for (const item of Object.keys(dimensions)) {
    if (!Object.hasOwn(expectation, item)) {
      throw new EngineError('unknown-item', `维度表中的题目 ${item} 没有答题数据(item ${item} in the dimension map has no answers)`, { item });
    }
  }

  const warnings: string[] = [];
  const items: ServqualItemGap[] = Object.keys(expectation).map((item) => {
    const e = readAnswers(expectation[item] as Answers, `题目 ${item} 的期望`, scale);
    const p = readAnswers(perception[item] as Answers, `题目 ${item} 的感知`, scale);
    const em = meanOrNull(e.values);
    const pm = meanOrNull(p.values);
    if (em === null || pm === null) warnings.push(`题目 ${item} 缺少期望或感知的回答，未计入差距(item ${item} lacks answers and was left out)`);
    return {
      item,
      dimension: Object.hasOwn(dimensions, item) ? dimensions[item]! : null,
      expectation: em,
      perception: pm,
      gap: em !== null && pm !== null ? pm - em : null,
      expectationN: e.n,
      perceptionN: p.n,
    };
  });

  const groups = new Map<string, ServqualItemGap[]>();
  for (const row of items) {
    if (row.dimension === null) continue;
    const group = groups.get(row.dimension) ?? [];
    if (row.gap !== null) group.push(row);
    groups.set(row.dimension, group);
  }
  const dims: ServqualDimensionGap[] = [...groups].map(([dimension, rows]) => {
    const gap = meanOrNull(rows.map((r) => r.gap as number));
    return {
      dimension,
      expectation: meanOrNull(rows.map((r) => r.expectation as number)),
      perception: meanOrNull(rows.map((r) => r.perception as number)),
      gap,
      fallsShort: gap !== null && gap < 0,
      items: rows.map((r) => r.item),
    };
  });
  return { items, dimensions: dims, overallGap: meanOrNull(dims.flatMap((d) => (d.gap === null ? [] : [d.gap]))), warnings };
}
