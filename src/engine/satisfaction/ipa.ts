import { requireFinite } from '../core/guards';

export type IpaQuadrantKey = 'keep-up' | 'concentrate' | 'low-priority' | 'overkill';

export interface IpaQuadrant {
  readonly key: IpaQuadrantKey;
  /** Chinese name as taught: 继续保持 / 重点改进 / 优先级低 / 过度投入. */
  readonly name: string;
  /** Martilla & James's English name. */
  readonly english: string;
  readonly importance: '高' | '低';
  readonly performance: '高' | '低';
  readonly strategy: string;
}

/** The four quadrants of importance–performance analysis. */
export const IPA_QUADRANTS: readonly IpaQuadrant[] = Object.freeze([
  { key: 'keep-up', name: '继续保持', english: 'Keep up the good work', importance: '高', performance: '高', strategy: '客户看重、表现也好：这是优势，保持投入。' },
  { key: 'concentrate', name: '重点改进', english: 'Concentrate here', importance: '高', performance: '低', strategy: '客户看重、表现却差：最该优先投入资源改进。' },
  { key: 'low-priority', name: '优先级低', english: 'Low priority', importance: '低', performance: '低', strategy: '客户不太看重、表现一般：暂不必多投入。' },
  { key: 'overkill', name: '过度投入', english: 'Possible overkill', importance: '低', performance: '高', strategy: '客户不太看重、表现却很好：可把部分资源转向重点改进项。' },
].map((q) => Object.freeze(q as IpaQuadrant)));

export interface IpaItem {
  readonly item: string;
  readonly importance: number;
  readonly performance: number;
  readonly quadrant: IpaQuadrantKey;
  /** Chinese quadrant name. */
  readonly name: string;
}

export interface IpaResult {
  /** Where the axes cross: the mean importance and the mean performance (or the given cuts); null with no items. */
  readonly importanceCut: number | null;
  readonly performanceCut: number | null;
  readonly items: IpaItem[];
  /** The four quadrants, each with its items, in `IPA_QUADRANTS` order. */
  readonly quadrants: (IpaQuadrant & { readonly items: string[] })[];
}

/**
 * Importance–performance analysis: each attribute is placed by its mean importance and mean
 * performance, with the axes crossing at the mean importance and mean performance over all
 * attributes (or at given cuts, e.g. the scale midpoint). 高 means strictly above the cut, as in the
 * RFM model: high importance + high performance 继续保持, high + low 重点改进, low + low 优先级低,
 * low importance + high performance 过度投入.
 *
 * Source: Martilla, J.A. & James, J.C. (1977), "Importance-performance analysis", Journal of Marketing 41(1):77–79.
 * @throws EngineError `invalid-score` for an importance, performance or cut that is not finite.
 * @example
 * importancePerformance([{ item: '速度', importance: 4.6, performance: 3.1 }, { item: '环境', importance: 3.2, performance: 4.4 }])
 *   .items.map((i) => i.name) // ['重点改进', '过度投入'] (axes cross at 3.9 and 3.75)
 */
export function importancePerformance(
  items: readonly { readonly item: string; readonly importance: number; readonly performance: number }[],
  options: { readonly importanceCut?: number; readonly performanceCut?: number } = {},
): IpaResult {
  items.forEach(({ item, importance, performance }) => {
    requireFinite(importance, { code: 'invalid-score', zh: `${item} 的重要性得分`, en: `the importance of ${item}` });
    requireFinite(performance, { code: 'invalid-score', zh: `${item} 的表现得分`, en: `the performance of ${item}` });
  });
  if (options.importanceCut !== undefined) requireFinite(options.importanceCut, { code: 'invalid-score', zh: '重要性分界', en: 'the importance cut' });
  if (options.performanceCut !== undefined) requireFinite(options.performanceCut, { code: 'invalid-score', zh: '表现分界', en: 'the performance cut' });
  const mean = (pick: (i: (typeof items)[number]) => number) => (items.length > 0 ? items.reduce((s, i) => s + pick(i), 0) / items.length : null);
  const importanceCut = options.importanceCut ?? mean((i) => i.importance);
  const performanceCut = options.performanceCut ?? mean((i) => i.performance);

  const placed: IpaItem[] = items.map(({ item, importance, performance }) => {
    const important = importance > (importanceCut as number);
    const good = performance > (performanceCut as number);
    const quadrant = IPA_QUADRANTS[important ? (good ? 0 : 1) : good ? 3 : 2]!;
    return { item, importance, performance, quadrant: quadrant.key, name: quadrant.name };
  });
  return {
    importanceCut,
    performanceCut,
    items: placed,
    quadrants: IPA_QUADRANTS.map((q) => ({ ...q, items: placed.filter((p) => p.quadrant === q.key).map((p) => p.item) })),
  };
}
