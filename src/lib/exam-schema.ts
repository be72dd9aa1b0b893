import { z } from 'astro/zod';

/*
 * The exam question bank (content/exam/<chapter-or-supplement-slug>.yaml), in the format of the issue's spec:
 * one file per chapter, items in the nine styles of Chinese CRM exams. The islands (practice, papers) take the
 * engine's declaration of the same shape (exam/types.ts), never this module. tests/content/exam-bank.test.ts checks
 * what a schema cannot see: counts, duplicates across files, knowledge points against the chapters, and every 计算
 * recomputed by the engine.
 */

/** The nine item types, in the order a paper prints them. */
export const EXAM_TYPES = ['名词解释', '填空', '单选', '多选', '判断', '简答', '论述', '计算', '案例分析'] as const;
export type ExamType = (typeof EXAM_TYPES)[number];

/** The middle part of an item's id (`06-mc-001`), one per type. */
export const EXAM_TYPE_CODES: Record<ExamType, string> = {
  名词解释: 'term',
  填空: 'fill',
  单选: 'mc',
  多选: 'multi',
  判断: 'tf',
  简答: 'short',
  论述: 'essay',
  计算: 'calc',
  案例分析: 'case',
};

/** Points an item of each type may carry (a paper may rescale); 填空 is 1 per blank and checked on its own. */
export const EXAM_POINTS: Record<Exclude<ExamType, '填空'>, readonly [min: number, max: number]> = {
  名词解释: [3, 4],
  单选: [1, 2],
  多选: [2, 2],
  判断: [1, 1],
  简答: [5, 8],
  论述: [10, 15],
  计算: [8, 12],
  案例分析: [15, 20],
};

export const DIFFICULTIES = ['易', '中', '难'] as const;

/** The id prefix of a file's items: the chapter number (`06`), or the supplement's own code. */
export const SUPPLEMENT_PREFIXES: Record<string, string> = { 'logistics-customer-service': 'lg' };

export function idPrefix(slug: string): string | undefined {
  return /^(\d{2})-/.exec(slug)?.[1] ?? SUPPLEMENT_PREFIXES[slug];
}

/** A blank in a 填空 stem: four underscores (a longer run is still one blank). */
export const BLANK = /_{4,}/g;

const text = z.string().trim().min(2);
const custom = (ctx: z.RefinementCtx, path: (string | number)[], message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });

/** 评分要点: what earns points, and how many; the scores add up to the item's points. */
const rubric = z.array(z.object({ point: text, score: z.number().positive() }).strict()).min(1);

function rubricAddsUp(points: number, items: readonly { score: number }[], ctx: z.RefinementCtx, path: (string | number)[]): void {
  const sum = items.reduce((total, item) => total + item.score, 0);
  if (Math.abs(sum - points) > 1e-9) custom(ctx, path, `评分要点合计 ${sum} 分，与本题分值 ${points} 分不符 (rubric scores add up to ${sum}, not ${points})`);
}

/** Fields of every item. */
const base = {
  /** Unique across the bank: `<chapter number or supplement code>-<type code>-<3 digits>`, e.g. 06-mc-001. */
  id: z.string().regex(/^[a-z0-9]{2}-[a-z]+-\d{3}$/, '题号须形如 06-mc-001 (ids look like 06-mc-001)'),
  difficulty: z.enum(DIFFICULTIES),
  points: z.number().positive(),
  /** A 本节主要知识点 of the chapter's frontmatter, in the same words (the content test checks it). */
  knowledge: text,
  /** Which of the chapter's 目的与要求 (objectives, 1-based) the item serves. */
  goal: z.number().int().min(1),
};

/** The item's question; 填空 stems mark each blank with ____. */
const stem = z.string().trim().min(4);

const letters = ['A', 'B', 'C', 'D'] as const;
/** Option and blank texts may be a single character (低, 是). */
const short = z.string().trim().min(1);
const options = z.array(short).length(4, '选择题须有 4 个选项 (choice items have 4 options, A–D)');

const single = z
  .object({
    ...base,
    type: z.literal('单选'),
    stem,
    options,
    answer: z.enum(letters),
    explanation: text,
  })
  .strict();

const multiple = z
  .object({
    ...base,
    type: z.literal('多选'),
    stem,
    options,
    /** The right letters in order, at least two: "ACD". */
    answer: z.string().regex(/^A?B?C?D?$/, '多选答案须为按顺序排列的字母，如 ACD (the key is letters in order, e.g. ACD)').min(2, '多选题至少有两个正确选项 (a multiple-answer item has at least two right options)'),
    explanation: text,
  })
  .strict();

const trueFalse = z.object({ ...base, type: z.literal('判断'), stem, answer: z.boolean(), explanation: text }).strict();

const fillIn = z
  .object({
    ...base,
    type: z.literal('填空'),
    stem,
    /** One entry per blank, in order; each lists the accepted answers (the first is the one a key prints). */
    answer: z.array(z.array(short).min(1)).min(1),
    explanation: text,
  })
  .strict();

/** The model answer and 评分要点 of a subjective item or of a case's question. */
const subjective = { stem, answer: z.string().trim().min(4), rubric };

/** A 名词解释's stem is the term itself, which may be two or three characters (好客户). */
const termItem = z.object({ ...base, type: z.literal('名词解释'), ...subjective, stem: text }).strict();
const shortAnswer = z.object({ ...base, type: z.literal('简答'), ...subjective }).strict();
const essay = z.object({ ...base, type: z.literal('论述'), ...subjective }).strict();

/**
 * How the engine recomputes a 计算 item's numbers: `fn` (an export of src/engine) called with `input` (and `args`
 * after it, for a function of several arguments); `expect` maps paths into the result (`clv`, `channels.0.cost`)
 * to the values the model answer quotes, numbers rounded as quoted.
 */
export const computeSchema = z
  .object({
    fn: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
    input: z.unknown().refine((value) => value !== undefined, '计算题须给出引擎的输入 (compute needs an input)'),
    args: z.array(z.unknown()).optional(),
    expect: z.record(z.string().regex(/^[\w$]+(?:\.[\w$]+)*$/), z.union([z.number(), z.string(), z.boolean()])).refine((e) => Object.keys(e).length > 0, '计算题须至少核对一个结果 (expect at least one result)'),
  })
  .strict();
export type ExamCompute = z.output<typeof computeSchema>;

const calculation = z.object({ ...base, type: z.literal('计算'), ...subjective, compute: computeSchema }).strict();

/** One question of a 案例分析: a subjective item without id and type. */
const caseQuestion = z.object({ ...subjective, points: z.number().positive() }).strict();

const caseAnalysis = z
  .object({
    ...base,
    type: z.literal('案例分析'),
    /** What to do with the case, when it needs saying (e.g. 阅读案例，回答问题). */
    stem: stem.optional(),
    /** Our own case, 300–800 characters. */
    case: z
      .string()
      .trim()
      .refine((t) => [...t].length >= 300 && [...t].length <= 800, (t) => ({ message: `案例正文 ${[...t].length} 字，须在 300–800 字之间 (the case must be 300–800 characters)` })),
    questions: z.array(caseQuestion).min(2).max(4),
  })
  .strict();

/** One item; `type` picks its shape. */
export const examItemSchema = z
  .discriminatedUnion('type', [termItem, fillIn, single, multiple, trueFalse, shortAnswer, essay, calculation, caseAnalysis])
  .superRefine((item, ctx) => {
    const code = /^[a-z0-9]+-([a-z]+)-/.exec(item.id)?.[1];
    if (code !== EXAM_TYPE_CODES[item.type]) custom(ctx, ['id'], `${item.type}题的题号须含 -${EXAM_TYPE_CODES[item.type]}- (a ${item.type} id has -${EXAM_TYPE_CODES[item.type]}-)`);
    if (item.type === '填空') {
      const blanks = item.stem.match(BLANK)?.length ?? 0;
      if (blanks !== item.answer.length) custom(ctx, ['answer'], `题干有 ${blanks} 个空（____），答案有 ${item.answer.length} 项 (one answer per blank)`);
      if (item.points !== item.answer.length) custom(ctx, ['points'], `填空题每空 1 分，本题应为 ${item.answer.length} 分 (1 point per blank)`);
    } else {
      const [min, max] = EXAM_POINTS[item.type];
      if (item.points < min || item.points > max) custom(ctx, ['points'], `${item.type}题分值须在 ${min}–${max} 分之间 (points for ${item.type}: ${min}–${max})`);
    }
    if (item.type === '单选' || item.type === '多选') {
      const seen = new Set<string>();
      item.options.forEach((option, i) => {
        if (seen.has(option)) custom(ctx, ['options', i], `选项“${option}”重复 (option repeated)`);
        seen.add(option);
        if (/以上(?:都|均|皆|全)|都不(?:对|是)/.test(option)) custom(ctx, ['options', i], `选项不得用“以上都对”之类的说法 (no “all of the above” options)`);
      });
    }
    if ('rubric' in item) rubricAddsUp(item.points, item.rubric, ctx, ['rubric']);
    if (item.type === '案例分析') {
      const sum = item.questions.reduce((total, q) => total + q.points, 0);
      if (Math.abs(sum - item.points) > 1e-9) custom(ctx, ['points'], `各小题合计 ${sum} 分，与案例分值 ${item.points} 分不符 (questions add up to ${sum}, not ${item.points})`);
      item.questions.forEach((q, i) => rubricAddsUp(q.points, q.rubric, ctx, ['questions', i, 'rubric']));
    }
  });
export type ExamItem = z.output<typeof examItemSchema>;

/** One chapter's (or supplement's) bank. */
export const examFileSchema = z
  .object({
    /** The chapter or supplement slug; the file is named after it. */
    chapter: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    items: z.array(examItemSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const prefix = idPrefix(file.chapter);
    if (!prefix) custom(ctx, ['chapter'], `${file.chapter} 没有题号前缀：补充讲义须在 SUPPLEMENT_PREFIXES 中登记 (no id prefix for ${file.chapter})`);
    const seen = new Set<string>();
    file.items.forEach((item, i) => {
      if (prefix && !item.id.startsWith(`${prefix}-`)) custom(ctx, ['items', i, 'id'], `本文件的题号须以 ${prefix}- 开头 (ids in this file start with ${prefix}-)`);
      if (seen.has(item.id)) custom(ctx, ['items', i, 'id'], `题号 ${item.id} 重复 (id ${item.id} is repeated)`);
      seen.add(item.id);
    });
  });
export type ExamFile = z.output<typeof examFileSchema>;
