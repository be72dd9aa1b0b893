import type { IpaQuadrantKey, IpaResult } from './ipa';

export interface QuadrantGuessResult {
  /** Chosen and in the quadrant. */
  readonly right: string[];
  /** In the quadrant but not chosen. */
  readonly missed: string[];
  /** Chosen but in another quadrant. */
  readonly wrong: string[];
  /** True when the choice is exactly the quadrant's items. */
  readonly correct: boolean;
}

/**
 * Checks a learner's answer to “which items fall in this quadrant?” (e.g. 重点改进: important and performing
 * badly) against an importance–performance analysis, before the quadrants are shown.
 *
 * Source: Martilla & James (1977); course chapter 8 (重要性—绩效分析).
 * @example judgeQuadrantGuess(importancePerformance(SATISFACTION_CHAPTER_EXAMPLE.ipa.items), 'concentrate', ['生鲜品质', '价格'])
 * // { right: ['生鲜品质'], missed: ['结账速度'], wrong: ['价格'], correct: false }
 */
export function judgeQuadrantGuess(ipa: Pick<IpaResult, 'items'>, quadrant: IpaQuadrantKey, chosen: readonly string[]): QuadrantGuessResult {
  const inside = ipa.items.filter((i) => i.quadrant === quadrant).map((i) => i.item);
  const picked = new Set(chosen);
  const right = inside.filter((item) => picked.has(item));
  const missed = inside.filter((item) => !picked.has(item));
  const wrong = ipa.items.filter((i) => picked.has(i.item) && i.quadrant !== quadrant).map((i) => i.item);
  return { right, missed, wrong, correct: missed.length === 0 && wrong.length === 0 };
}

export interface ShortfallGuessResult {
  /** The dimension furthest below expectations (most negative gap; first on ties), or null when none falls short. */
  readonly answer: string | null;
  readonly answerGap: number | null;
  readonly chosen: string | null;
  readonly chosenGap: number | null;
  readonly correct: boolean;
}

/**
 * Checks a learner's answer to “which dimension should be improved first?” in a SERVQUAL gap table: the one with
 * the largest shortfall (the most negative P − E). When nothing falls short, the right answer is “none” (null).
 *
 * Source: Parasuraman, Zeithaml & Berry (1988); course chapter 8 (迅达物流: 差距最大的是可靠性).
 * @example judgeShortfallGuess([{ dimension: '有形性', gap: -0.2 }, { dimension: '可靠性', gap: -1.2 }], '有形性')
 * // { answer: '可靠性', answerGap: −1.2, chosen: '有形性', chosenGap: −0.2, correct: false }
 */
export function judgeShortfallGuess(dimensions: readonly { readonly dimension: string; readonly gap: number | null }[], chosen: string | null): ShortfallGuessResult {
  let answer: { dimension: string; gap: number } | null = null;
  for (const d of dimensions) {
    if (d.gap !== null && d.gap < 0 && (answer === null || d.gap < answer.gap)) answer = { dimension: d.dimension, gap: d.gap };
  }
  const chosenGap = chosen === null ? null : (dimensions.find((d) => d.dimension === chosen)?.gap ?? null);
  return { answer: answer?.dimension ?? null, answerGap: answer?.gap ?? null, chosen, chosenGap, correct: chosen === (answer?.dimension ?? null) };
}
