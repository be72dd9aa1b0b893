// The exam bank's items as the engine reads them: the format of content/exam/*.yaml (src/lib/exam-schema.ts) with
// the chapter slug added, declared here so the engine needs no content schema. Only what drawing, scoring and
// 达成度 read is required.

/** The nine item types, in the order a paper prints them. */
export const EXAM_ITEM_TYPES = ['名词解释', '填空', '单选', '多选', '判断', '简答', '论述', '计算', '案例分析'] as const;
export type ExamItemType = (typeof EXAM_ITEM_TYPES)[number];

export const EXAM_DIFFICULTIES = ['易', '中', '难'] as const;
export type ExamDifficulty = (typeof EXAM_DIFFICULTIES)[number];

/** Types scored at once against a key; the others are marked against their 评分要点. */
export const OBJECTIVE_TYPES: readonly ExamItemType[] = ['填空', '单选', '多选', '判断'];

export function isObjectiveType(type: ExamItemType): boolean {
  return OBJECTIVE_TYPES.includes(type);
}

/** One 评分要点: what earns points, and how many. */
export interface RubricPoint {
  readonly point: string;
  readonly score: number;
}

/** A subjective question: a 名词解释, 简答, 论述 or 计算 item, or one question of a case. */
export interface SubjectivePart {
  readonly stem: string;
  readonly answer: string;
  readonly rubric: readonly RubricPoint[];
}

interface ItemBase {
  /** Unique across the bank, e.g. 06-mc-001. */
  readonly id: string;
  /** The chapter (or supplement) slug of the file it comes from. */
  readonly chapter: string;
  readonly difficulty: ExamDifficulty;
  readonly points: number;
  /** The knowledge point (a 本节主要知识点 of the chapter). */
  readonly knowledge: string;
  /** Which of the chapter's 目的与要求 (1-based) it serves. */
  readonly goal: number;
}

export type ExamBankItem =
  | (ItemBase & { readonly type: '单选'; readonly stem: string; readonly options: readonly string[]; readonly answer: string; readonly explanation: string })
  | (ItemBase & { readonly type: '多选'; readonly stem: string; readonly options: readonly string[]; readonly answer: string; readonly explanation: string })
  | (ItemBase & { readonly type: '判断'; readonly stem: string; readonly answer: boolean; readonly explanation: string })
  | (ItemBase & { readonly type: '填空'; readonly stem: string; readonly answer: readonly (readonly string[])[]; readonly explanation: string })
  | (ItemBase & SubjectivePart & { readonly type: '名词解释' | '简答' | '论述' })
  | (ItemBase & SubjectivePart & { readonly type: '计算'; readonly compute?: unknown })
  | (ItemBase & {
      readonly type: '案例分析';
      readonly stem?: string;
      readonly case: string;
      readonly questions: readonly (SubjectivePart & { readonly points: number })[];
    });

/** What drawing and balancing read of an item. */
export type ExamItemFacts = Pick<ExamBankItem, 'id' | 'chapter' | 'type' | 'difficulty' | 'points' | 'knowledge' | 'goal'>;

/** A blank in a 填空 stem: four underscores or more. */
export const BLANK_PATTERN = /_{4,}/g;

/** How many answers an item takes: the blanks of a 填空, 1 for every other item. */
export function itemSize(item: Pick<ExamBankItem, 'type'> & { readonly answer?: unknown }): number {
  return item.type === '填空' && Array.isArray(item.answer) ? item.answer.length : 1;
}
