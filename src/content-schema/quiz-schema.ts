import { z } from 'astro/zod';
import type { QuizQuestion, QuizSet } from '../engine/quiz/types';
import { validateQuizSet } from '../engine/quiz/validate-quiz-set';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One option of a choice question. */
const option = z
  .object({
    /** Stable within the question (kebab-case, usually a, b, c, d); saved answers use it, so keep it when editing the text. */
    id: z.string().regex(kebab, '选项 id 须为 kebab-case (option ids are kebab-case)'),
    /** What the learner reads. Options are shuffled, so never write “以上都对” or refer to a position. */
    text: z.string().min(1),
    /** Why this option is right or wrong, one sentence, shown after the learner answers. */
    why: z.string().min(4).optional(),
  })
  .strict();

/** A small table the question refers to, shown above the question. */
const table = z
  .object({
    caption: z.string().min(2),
    columns: z.array(z.string().min(1)).min(1),
    /** One array per row, as many cells as columns. */
    rows: z.array(z.array(z.union([z.string(), z.number()]))).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    t.rows.forEach((row, i) => {
      if (row.length !== t.columns.length) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['rows', i], message: `第 ${i + 1} 行有 ${row.length} 格，表头有 ${t.columns.length} 列 (a row must have one cell per column)` });
      }
    });
  });

/** Fields every question has. */
const base = {
  /** Stable within the set, e.g. q1; saved answers use it, so keep it when editing the text. */
  id: z.string().regex(kebab, '题目 id 须为 kebab-case (question ids are kebab-case)'),
  /** The situation, one short paragraph, shown above the question (scenario questions). */
  scenario: z.string().min(6).optional(),
  /** The question itself, ending with ？ or ： (or a statement, for true/false). */
  prompt: z.string().min(4),
  table: table.optional(),
  /** Why the answer is what it is: teach, do not just restate the answer. Shown after the learner answers. */
  explanation: z.string().min(20),
  /** A heading of the chapter (## or ###) to reread, exactly as written there; the build checks that it exists. */
  see: z.string().min(2).optional(),
};

const single = z.object({ ...base, kind: z.literal('single'), /** 2–6 options. */ options: z.array(option).min(2).max(6), /** The right option's id. */ answer: z.string() }).strict();

const multiple = z
  .object({
    ...base,
    kind: z.literal('multiple'),
    options: z.array(option).min(3).max(6),
    /** The ids of every right option. */
    answer: z.array(z.string()).min(1),
    /** proportional (default): any wrong option 0, else the share of right options chosen; all-or-nothing: exactly right or 0. */
    scoring: z.enum(['proportional', 'all-or-nothing']).default('proportional'),
  })
  .strict();

const trueFalse = z.object({ ...base, kind: z.literal('true-false'), /** Whether the statement in `prompt` is true. */ answer: z.boolean() }).strict();

const number = z
  .object({
    ...base,
    kind: z.literal('number'),
    /** The right answer, computed with the chapter's formula (tests/content/quiz-numbers.test.ts recomputes it with the engine). */
    answer: z.number(),
    /** Answers within ± tolerance count as right; state the rounding the prompt asks for (e.g. 0.5 for “取整”). */
    tolerance: z.number().min(0).default(0),
    /** Shown beside the input box, e.g. 元, 人, %. */
    unit: z.string().min(1).max(6).optional(),
    /** Typical wrong results with targeted feedback (what slip gives that number). */
    mistakes: z.array(z.object({ value: z.number(), why: z.string().min(6) }).strict()).default([]),
  })
  .strict();

/** One question: `kind` is single, multiple, true-false or number. */
const question = z.discriminatedUnion('kind', [single, multiple, trueFalse, number]);

/** One set of questions, shown by one widget. */
const set = z
  .object({
    /** `self-check` for the chapter's self-check; a scenario quiz takes its widget's name (e.g. crm-functions-quiz). */
    id: z.string().regex(kebab, '题组 id 须为 kebab-case (set ids are kebab-case)'),
    /** The widget's title, e.g. 本章自测. */
    title: z.string().min(2),
    /** One or two sentences above the first question. */
    intro: z.string().min(6).optional(),
    questions: z.array(question).min(1),
  })
  .strict()
  .superRefine((data, ctx) => {
    for (const issue of validateQuizSet(data as QuizSet)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [...issue.path], message: issue.message });
  });

/** One chapter's quizzes (`content/quizzes/<chapter-slug>.yaml`): its self-check and any scenario quiz. */
export const quizFileSchema = z
  .object({
    sets: z.array(set).min(1),
  })
  .strict()
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.sets.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['sets', i, 'id'], message: `题组 ${s.id} 重复 (set id ${s.id} is repeated)` });
      seen.add(s.id);
    });
  });

export type QuizFileData = z.output<typeof quizFileSchema>;

// The props the page hands to the quiz islands; islands import them from here, never from the loaders in quizzes.ts.

/** A question as the page gives it to the widget: with the link to the heading it asks the learner to reread. */
export type PageQuestion = QuizQuestion & { readonly seeHref?: string };

/** One quiz set on a page: everything the island needs (serialisable props). */
export interface PageQuiz extends Omit<QuizSet, 'questions'> {
  /** Where the learner's results are kept: `<chapter-slug>/<set-id>`. */
  readonly key: string;
  /** The widget's `data-widget` name: the set id (`self-check`, or a scenario quiz's own name). */
  readonly widget: string;
  readonly questions: readonly PageQuestion[];
}
