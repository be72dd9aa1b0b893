import { EXAM_DIFFICULTIES, EXAM_ITEM_TYPES, type ExamDifficulty, type ExamItemType } from './types';

/** One part of a paper: so many items of one type at so many points each. */
export interface BlueprintSection {
  readonly type: ExamItemType;
  /** Items, or for 填空 blanks. */
  readonly count: number;
  /** Points per item (per blank for 填空). */
  readonly points: number;
}

/** 组卷蓝图: what a paper holds. */
export interface Blueprint {
  readonly sections: readonly BlueprintSection[];
  /** 考试时长, minutes. */
  readonly duration: number;
  /** Share of the points at each difficulty, in percent (adding up to 100). */
  readonly difficulty: Readonly<Record<ExamDifficulty, number>>;
  /** Chapter (or supplement) slug → its weight in the paper's points (relative: hours, or percent). */
  readonly chapters: Readonly<Record<string, number>>;
  /** Course objective number → its share of the points in percent (optional; adding up to 100 when given). */
  readonly objectives?: Readonly<Record<string, number>>;
}

/** The total the sections add up to. */
export const PAPER_TOTAL = 100;

export function sectionTotal(section: BlueprintSection): number {
  return section.count * section.points;
}

export function blueprintTotal(blueprint: Pick<Blueprint, 'sections'>): number {
  return blueprint.sections.reduce((sum, s) => sum + sectionTotal(s), 0);
}

/**
 * What is wrong with a blueprint, in Chinese, one sentence each (empty when it can be drawn): sections must be of
 * known and different types with whole positive counts and positive points, add up to 100, the difficulty shares
 * to 100, at least one chapter must have a positive weight, and the duration must be positive.
 *
 * @throws never.
 * @example blueprintProblems({ sections: [{ type: '单选', count: 10, points: 2 }], duration: 120, difficulty: { 易: 30, 中: 50, 难: 20 }, chapters: { a: 1 } })
 *   // ['各题型合计 20 分，试卷总分须为 100 分。']
 */
export function blueprintProblems(blueprint: Blueprint): string[] {
  const problems: string[] = [];
  const seen = new Set<ExamItemType>();
  for (const section of blueprint.sections) {
    if (!EXAM_ITEM_TYPES.includes(section.type)) problems.push(`没有“${section.type}”这种题型。`);
    else if (seen.has(section.type)) problems.push(`“${section.type}”列了两次。`);
    seen.add(section.type);
    if (!Number.isInteger(section.count) || section.count < 1) problems.push(`${section.type}的题量须为正整数。`);
    if (!Number.isFinite(section.points) || section.points <= 0) problems.push(`${section.type}的每题分值须大于 0。`);
  }
  if (blueprint.sections.length === 0) problems.push('蓝图中还没有题型。');
  const total = blueprintTotal(blueprint);
  if (Math.abs(total - PAPER_TOTAL) > 1e-9) problems.push(`各题型合计 ${round(total)} 分，试卷总分须为 ${PAPER_TOTAL} 分。`);
  const shares = EXAM_DIFFICULTIES.map((d) => blueprint.difficulty[d]);
  if (shares.some((s) => !Number.isFinite(s) || s < 0)) problems.push('难度比例不能为负数。');
  else if (Math.abs(shares.reduce((a, b) => a + b, 0) - 100) > 1e-9) problems.push(`难度比例合计 ${round(shares.reduce((a, b) => a + b, 0))}%，须为 100%。`);
  if (!Object.values(blueprint.chapters).some((w) => Number.isFinite(w) && w > 0)) problems.push('至少选择一章。');
  if (Object.values(blueprint.chapters).some((w) => !Number.isFinite(w) || w < 0)) problems.push('章节比重不能为负数。');
  if (blueprint.objectives && Object.keys(blueprint.objectives).length > 0) {
    const sum = Object.values(blueprint.objectives).reduce((a, b) => a + b, 0);
    if (Object.values(blueprint.objectives).some((s) => !Number.isFinite(s) || s < 0)) problems.push('课程目标比例不能为负数。');
    else if (Math.abs(sum - 100) > 1e-9) problems.push(`课程目标比例合计 ${round(sum)}%，须为 100%。`);
  }
  if (!Number.isFinite(blueprint.duration) || blueprint.duration <= 0) problems.push('考试时长须大于 0 分钟。');
  return problems;
}

const round = (x: number) => Math.round(x * 100) / 100;
