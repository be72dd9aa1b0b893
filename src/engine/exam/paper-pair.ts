import { EngineError } from '../core/errors';
import { hashText } from '../generate/hash-text';
import { createRandom } from '../generate/random';
import type { Blueprint } from './blueprint';
import { drawPaper, paperItemIds, type DrawableItem, type DrawnPaper, type DrawOptions } from './draw-paper';

export interface PaperPair {
  readonly a: DrawnPaper;
  readonly b: DrawnPaper;
  /** Ids on both papers. */
  readonly shared: readonly string[];
  /** Points of B's items that are also on A. */
  readonly sharedPoints: number;
  /** 重复率: sharedPoints as a percentage of B's total. */
  readonly overlapPercent: number;
}

export const MAX_PAPER_SEED = 2_147_483_647;

/** True for a seed a paper can be drawn with: a whole number from 1 to 2,147,483,647. */
export function isPaperSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 1 && seed <= MAX_PAPER_SEED;
}

/**
 * Papers A and B from one seed. A is drawn first; B is drawn so that the points of its items that are also on A stay
 * within `maxOverlap` percent of the paper (重复率 by points, as Chinese universities' A/B rules count it), and items
 * of A cost more to draw. The same bank facts, blueprint and seed give the same two papers on every run.
 *
 * Source: our own rule (src/widgets/exam-papers/MODEL.md); SFC32 streams seeded by FNV-1a of `exam-paper|seed|A` and `…|B`.
 * @throws EngineError `invalid-seed`, `invalid-overlap` (not 0–100), and those of `drawPaper`.
 * @example drawPaperPair(bank, blueprint, { seed: 20250101, maxOverlap: 20 }).overlapPercent // ≤ 20
 */
export function drawPaperPair(items: readonly DrawableItem[], blueprint: Blueprint, options: { readonly seed: number; readonly maxOverlap: number; readonly objectiveOf?: DrawOptions['objectiveOf'] }): PaperPair {
  const { seed, maxOverlap } = options;
  if (!isPaperSeed(seed)) throw new EngineError('invalid-seed', `试卷编号（随机种子）须为 1 到 ${MAX_PAPER_SEED} 之间的整数，当前为 ${seed}(the seed must be a whole number from 1 to ${MAX_PAPER_SEED})`, { seed });
  if (!Number.isFinite(maxOverlap) || maxOverlap < 0 || maxOverlap > 100) {
    throw new EngineError('invalid-overlap', `A、B 卷重复率上限须在 0–100% 之间，当前为 ${maxOverlap}(the overlap limit must be 0–100 %)`, { maxOverlap });
  }
  const stream = (label: string) => createRandom(hashText(`exam-paper|${seed}|${label}`));
  const a = drawPaper(items, blueprint, stream('A'), { objectiveOf: options.objectiveOf });
  const onA = new Set(paperItemIds(a));
  const b = drawPaper(items, blueprint, stream('B'), { objectiveOf: options.objectiveOf, avoid: onA, sharedBudget: (maxOverlap / 100) * a.total });
  const sharedSlots = b.sections.flatMap((s) => s.items).filter((slot) => onA.has(slot.id));
  const sharedPoints = sharedSlots.reduce((sum, slot) => sum + slot.points, 0);
  return { a, b, shared: sharedSlots.map((slot) => slot.id), sharedPoints, overlapPercent: (sharedPoints / b.total) * 100 };
}

/**
 * A short fingerprint of what drawing reads from the bank (ids, chapters, types, difficulty, points, knowledge,
 * goals, blanks): a shared link carries it, so a colleague whose bank has changed is told the paper may differ.
 * @throws never.
 * @example bankFingerprint([]) // 'w7k42t' (FNV-1a of "[]", 1947613349, in base 36)
 */
export function bankFingerprint(items: readonly DrawableItem[]): string {
  const facts = [...items]
    .sort((x, y) => (x.id < y.id ? -1 : 1))
    .map((i) => [i.id, i.chapter, i.type, i.difficulty, i.points, i.knowledge, i.goal, Array.isArray(i.answer) && i.type === '填空' ? i.answer.length : 1]);
  return hashText(JSON.stringify(facts)).toString(36);
}
