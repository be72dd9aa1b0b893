import { EXAM_DIFFICULTIES, type ExamDifficulty } from './types';
import { PAPER_TOTAL, type Blueprint } from './blueprint';
import { chapterTargets, type DrawableItem, type DrawnPaper } from './draw-paper';

export interface PaperBalance {
  /** Per chapter of the blueprint the bank has items for: target and drawn points. */
  readonly chapters: readonly { readonly chapter: string; readonly target: number; readonly points: number }[];
  /** Blueprint chapters with no item in the bank (their weight went to the others). */
  readonly missingChapters: readonly string[];
  readonly difficulty: readonly { readonly difficulty: ExamDifficulty; readonly target: number; readonly points: number }[];
  /** Per course objective (when `objectiveOf` is given): target (when the blueprint sets one) and points. */
  readonly objectives: readonly { readonly objective: number; readonly target: number | null; readonly points: number }[];
  /** Points on items whose objective is unknown. */
  readonly unmapped: number;
  /** Distinct knowledge points on the paper, and those drawn more than once. */
  readonly knowledgePoints: number;
  readonly repeatedKnowledge: readonly { readonly chapter: string; readonly knowledge: string; readonly count: number }[];
}

/**
 * How a drawn paper meets its blueprint: points per chapter, difficulty and course objective against the targets,
 * and how many knowledge points it covers (those drawn twice listed).
 * @throws never; ids not in `items` are skipped.
 * @example paperBalance(pair.a, bank, blueprint).difficulty // [{ difficulty: '易', target: 30, points: 31 }, …]
 */
export function paperBalance(paper: DrawnPaper, items: readonly DrawableItem[], blueprint: Blueprint, objectiveOf?: (item: DrawableItem) => number | null): PaperBalance {
  const byId = new Map(items.map((item) => [item.id, item]));
  const { targets, missing } = chapterTargets(items, blueprint);
  const chapterPoints = new Map<string, number>();
  const difficultyPoints = new Map<ExamDifficulty, number>();
  const objectivePoints = new Map<number, number>();
  const knowledge = new Map<string, { chapter: string; knowledge: string; count: number }>();
  let unmapped = 0;
  for (const slot of paper.sections.flatMap((s) => s.items)) {
    const item = byId.get(slot.id);
    if (!item) continue;
    chapterPoints.set(item.chapter, (chapterPoints.get(item.chapter) ?? 0) + slot.points);
    difficultyPoints.set(item.difficulty, (difficultyPoints.get(item.difficulty) ?? 0) + slot.points);
    if (objectiveOf) {
      const objective = objectiveOf(item);
      if (objective === null) unmapped += slot.points;
      else objectivePoints.set(objective, (objectivePoints.get(objective) ?? 0) + slot.points);
    }
    const key = `${item.chapter}|${item.knowledge}`;
    const entry = knowledge.get(key) ?? { chapter: item.chapter, knowledge: item.knowledge, count: 0 };
    knowledge.set(key, { ...entry, count: entry.count + 1 });
  }
  const objectiveIds = new Set([...objectivePoints.keys(), ...Object.keys(blueprint.objectives ?? {}).map(Number)]);
  return {
    chapters: [...targets].map(([chapter, target]) => ({ chapter, target, points: chapterPoints.get(chapter) ?? 0 })),
    missingChapters: missing,
    difficulty: EXAM_DIFFICULTIES.map((d) => ({ difficulty: d, target: (PAPER_TOTAL * blueprint.difficulty[d]) / 100, points: difficultyPoints.get(d) ?? 0 })),
    objectives: [...objectiveIds]
      .sort((a, b) => a - b)
      .map((objective) => ({ objective, target: blueprint.objectives?.[String(objective)] ?? null, points: objectivePoints.get(objective) ?? 0 })),
    unmapped,
    knowledgePoints: knowledge.size,
    repeatedKnowledge: [...knowledge.values()].filter((k) => k.count > 1),
  };
}
