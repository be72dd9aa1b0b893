// A course plan's exam as the exam tools need it: the blueprint's defaults (chapters weighed by the plan's hours),
// the course objectives and which objective each chapter goal serves, and the assessment weights for 达成度.
// Pure: pages call it with a plan's data, tests with the YAML.
import type { Blueprint, BlueprintSection } from '../engine/exam/blueprint';

interface PlanData {
  readonly title: string;
  readonly audience: string;
  readonly assessment: readonly { readonly item: string; readonly weight: number; readonly exam?: boolean }[];
  readonly objectives: readonly { readonly text: string; readonly goals: Readonly<Record<string, readonly number[]>> }[];
  readonly exam: { readonly duration: number; readonly difficulty: Blueprint['difficulty']; readonly sections: readonly BlueprintSection[] };
}

/** One plan for the exam tools (an island's props). */
export interface ExamPlan {
  readonly slug: string;
  readonly title: string;
  /** Who takes it (the paper's 专业 by default). */
  readonly audience: string;
  /** 课程目标 1…n. */
  readonly objectives: readonly string[];
  /** `<chapter>#<goal>` → the course objective (1-based) it serves. */
  readonly goalObjectives: Readonly<Record<string, number>>;
  /** The chapters and supplements the plan teaches, in its order. */
  readonly chapters: readonly string[];
  readonly blueprint: Blueprint;
  readonly examWeight: number;
  /** Every other assessment item (coursework), with its weight. */
  readonly coursework: readonly { readonly item: string; readonly weight: number }[];
}

/** The key of a chapter goal in `goalObjectives`. */
export function goalKey(chapter: string, goal: number): string {
  return `${chapter}#${goal}`;
}

/**
 * A plan's exam: chapters (and supplements) weighed by the hours the plan gives them, labs left out.
 * @example examPlanOf('logistics-crm-n063341', data, new Map([['01-crm-philosophy', 2], …])).blueprint.chapters // { '01-crm-philosophy': 2, … }
 */
export function examPlanOf(slug: string, data: PlanData, hours: ReadonlyMap<string, number>): ExamPlan {
  const goalObjectives: Record<string, number> = {};
  data.objectives.forEach((objective, i) => {
    for (const [chapter, goals] of Object.entries(objective.goals)) for (const goal of goals) goalObjectives[goalKey(chapter, goal)] = i + 1;
  });
  const taught = new Set(data.objectives.flatMap((o) => Object.keys(o.goals)));
  const chapters = [...hours.keys()].filter((slug) => taught.has(slug));
  return {
    slug,
    title: data.title,
    audience: data.audience,
    objectives: data.objectives.map((o) => o.text),
    goalObjectives,
    chapters,
    blueprint: {
      sections: data.exam.sections,
      duration: data.exam.duration,
      difficulty: data.exam.difficulty,
      chapters: Object.fromEntries(chapters.map((c) => [c, hours.get(c)!])),
    },
    examWeight: data.assessment.find((a) => a.exam)?.weight ?? 1,
    coursework: data.assessment.filter((a) => !a.exam).map(({ item, weight }) => ({ item, weight })),
  };
}
