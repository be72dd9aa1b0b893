import { EngineError } from '../core/errors';
import type { Random } from '../generate/random';
import { EXAM_DIFFICULTIES, EXAM_ITEM_TYPES, itemSize, type ExamBankItem, type ExamDifficulty, type ExamItemType } from './types';
import { blueprintProblems, PAPER_TOTAL, type Blueprint } from './blueprint';

/** What drawing reads of a bank item (the 填空 answer only for its number of blanks). */
export type DrawableItem = Pick<ExamBankItem, 'id' | 'chapter' | 'type' | 'difficulty' | 'points' | 'knowledge' | 'goal'> & { readonly answer?: unknown };

/** One item on a paper, at the points the paper gives it. */
export interface PaperSlot {
  readonly id: string;
  readonly points: number;
  /** Blanks of a 填空, else 1. */
  readonly size: number;
}

export interface PaperSection {
  readonly type: ExamItemType;
  /** Points per item (per blank for 填空). */
  readonly pointsEach: number;
  /** Items, or blanks for 填空, as the blueprint asks. */
  readonly count: number;
  readonly total: number;
  readonly items: readonly PaperSlot[];
}

export interface DrawnPaper {
  readonly sections: readonly PaperSection[];
  readonly total: number;
  readonly duration: number;
}

export interface DrawOptions {
  /** Course objective an item serves (from its chapter and goal), for blueprints with objective shares. */
  readonly objectiveOf?: (item: DrawableItem) => number | null;
  /** Items of another paper; at most `sharedBudget` points of them may be used. */
  readonly avoid?: ReadonlySet<string>;
  readonly sharedBudget?: number;
}

/** Blueprint chapters the bank has no item for, and the weights left (each chapter's target in points). */
export function chapterTargets(items: readonly DrawableItem[], blueprint: Pick<Blueprint, 'chapters' | 'sections'>): { targets: Map<string, number>; missing: string[] } {
  const types = new Set(blueprint.sections.map((s) => s.type));
  const present = new Set(items.filter((item) => types.has(item.type)).map((item) => item.chapter));
  const weighted = Object.entries(blueprint.chapters).filter(([, w]) => w > 0);
  const kept = weighted.filter(([c]) => present.has(c));
  const sum = kept.reduce((s, [, w]) => s + w, 0);
  return { targets: new Map(kept.map(([c, w]) => [c, (PAPER_TOTAL * w) / sum])), missing: weighted.filter(([c]) => !present.has(c)).map(([c]) => c) };
}

/** How close to the best a candidate may be and still be drawn: the seed chooses among near-equals. */
const TOLERANCE = 0.75;
const clamp = (x: number) => Math.max(-3, Math.min(3, x));

/**
 * One paper drawn from the bank as a blueprint asks, with a seeded random stream. Sections with the largest items
 * are filled first. For each place the candidates (the section's type, from the blueprint's chapters, not yet on
 * the paper, fitting the blanks left for 填空, and within the shared budget when `avoid` is given) are costed:
 * the chapter's and the difficulty's remaining need in this place's points (and the objective's, when the
 * blueprint sets objective shares) pull an item in; a knowledge point already on the paper (3 per use), a chapter
 * objective already served (0.5 per use), bank points other than the section's (2) and an item of the other paper
 * (1.5) push it away. One of the candidates within 0.75 of the cheapest is drawn. Each section lists its items
 * by id (so by chapter). Items keep their ids; the paper gives each the section's points.
 *
 * Source: our own greedy balancing (src/widgets/exam-papers/MODEL.md).
 * @throws EngineError `invalid-blueprint` (see `blueprintProblems`), `bank-too-small` when a section cannot be
 *   filled from the chapters chosen (within the shared budget).
 * @example drawPaper(bank, blueprint, createRandom(7)) // the same paper for seed 7 on every run
 */
export function drawPaper(items: readonly DrawableItem[], blueprint: Blueprint, random: Random, options: DrawOptions = {}): DrawnPaper {
  const problems = blueprintProblems(blueprint);
  if (problems.length > 0) throw new EngineError('invalid-blueprint', `组卷蓝图有问题：${problems.join('')}(the blueprint cannot be drawn)`, { problems });
  const { targets } = chapterTargets(items, blueprint);
  const difficultyTarget = new Map(EXAM_DIFFICULTIES.map((d) => [d, (PAPER_TOTAL * blueprint.difficulty[d]) / 100]));
  const objectiveTarget = blueprint.objectives && options.objectiveOf ? new Map(Object.entries(blueprint.objectives).map(([k, v]) => [Number(k), (PAPER_TOTAL * v) / 100])) : null;

  const chapterPoints = new Map<string, number>();
  const difficultyPoints = new Map<ExamDifficulty, number>();
  const objectivePoints = new Map<number, number>();
  const knowledgeUse = new Map<string, number>();
  const goalUse = new Map<string, number>();
  const chosen = new Set<string>();
  let shared = 0;
  const add = (map: Map<string | number, number>, key: string | number, value: number) => map.set(key, (map.get(key) ?? 0) + value);

  const byType = new Map<ExamItemType, DrawableItem[]>();
  for (const item of [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (!targets.has(item.chapter)) continue;
    byType.set(item.type, [...(byType.get(item.type) ?? []), item]);
  }

  const order = [...blueprint.sections].sort((a, b) => b.points - a.points || EXAM_ITEM_TYPES.indexOf(a.type) - EXAM_ITEM_TYPES.indexOf(b.type));
  const filled = new Map<ExamItemType, PaperSlot[]>();

  for (const section of order) {
    const slots: PaperSlot[] = [];
    let left = section.count;
    while (left > 0) {
      const allowed = (byType.get(section.type) ?? []).filter((item) => {
        if (chosen.has(item.id) || itemSize(item) > left) return false;
        const points = itemSize(item) * section.points;
        return !options.avoid?.has(item.id) || shared + points <= (options.sharedBudget ?? 0) + 1e-9;
      });
      // A 填空 must leave blanks the other items can still fill exactly (two-blank items cannot fill one blank).
      const candidates = section.type === '填空' ? allowed.filter((item) => canFill(allowed.filter((other) => other !== item).map(itemSize), left - itemSize(item))) : allowed;
      if (candidates.length === 0) {
        const within = options.avoid ? '（在与另一份试卷的重复上限之内）' : '';
        const unit = section.type === '填空' ? '空' : '道';
        throw new EngineError('bank-too-small', `题库中所选章节的“${section.type}”题不够${within}：蓝图要 ${section.count} ${unit}，还差 ${left} ${unit}(not enough ${section.type} items in the chosen chapters)`, { type: section.type, missing: left });
      }
      const cost = (item: DrawableItem) => {
        const points = itemSize(item) * section.points;
        let c = -clamp(((targets.get(item.chapter) ?? 0) - (chapterPoints.get(item.chapter) ?? 0)) / points);
        c -= clamp(((difficultyTarget.get(item.difficulty) ?? 0) - (difficultyPoints.get(item.difficulty) ?? 0)) / points);
        if (objectiveTarget) {
          const objective = options.objectiveOf!(item);
          if (objective !== null && objectiveTarget.has(objective)) c -= clamp((objectiveTarget.get(objective)! - (objectivePoints.get(objective) ?? 0)) / points);
          else c += 1;
        }
        c += 3 * (knowledgeUse.get(`${item.chapter}|${item.knowledge}`) ?? 0);
        c += 0.5 * (goalUse.get(`${item.chapter}|${item.goal}`) ?? 0);
        if (section.type !== '填空' && item.points !== section.points) c += 2;
        if (options.avoid?.has(item.id)) c += 1.5;
        return c;
      };
      const costs = candidates.map(cost);
      const best = Math.min(...costs);
      const near = candidates.filter((_, i) => costs[i]! <= best + TOLERANCE);
      const item = random.pick(near);
      const size = itemSize(item);
      const points = size * section.points;
      chosen.add(item.id);
      if (options.avoid?.has(item.id)) shared += points;
      add(chapterPoints, item.chapter, points);
      add(difficultyPoints as Map<string, number>, item.difficulty, points);
      const objective = options.objectiveOf?.(item);
      if (objective !== undefined && objective !== null) add(objectivePoints, objective, points);
      add(knowledgeUse, `${item.chapter}|${item.knowledge}`, 1);
      add(goalUse, `${item.chapter}|${item.goal}`, 1);
      slots.push({ id: item.id, points, size });
      left -= size;
    }
    filled.set(section.type, slots.sort((a, b) => (a.id < b.id ? -1 : 1)));
  }

  const sections = [...blueprint.sections]
    .sort((a, b) => EXAM_ITEM_TYPES.indexOf(a.type) - EXAM_ITEM_TYPES.indexOf(b.type))
    .map((s) => ({ type: s.type, pointsEach: s.points, count: s.count, total: s.count * s.points, items: filled.get(s.type)! }));
  return { sections, total: sections.reduce((sum, s) => sum + s.total, 0), duration: blueprint.duration };
}

/** True when some of `sizes` add up to exactly `target` (subset sum over small whole numbers). */
function canFill(sizes: readonly number[], target: number): boolean {
  let reachable = 1n;
  const mask = (1n << BigInt(target + 1)) - 1n;
  for (const size of sizes) reachable = (reachable | (reachable << BigInt(size))) & mask;
  return ((reachable >> BigInt(target)) & 1n) === 1n;
}

/** Every item id on a paper, in print order. */
export function paperItemIds(paper: Pick<DrawnPaper, 'sections'>): string[] {
  return paper.sections.flatMap((s) => s.items.map((slot) => slot.id));
}
