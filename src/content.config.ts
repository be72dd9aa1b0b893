import { defineCollection, reference, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { scenarioSchema } from './content-schema/scenario-schema';
import { quizFileSchema } from './content-schema/quiz-schema';
import { caseCompanySchema } from './lib/case-bible-schema';
import { rubricSchema } from './content-schema/rubric-schema';
import { EXAM_TYPES, examFileSchema } from './lib/exam-schema';
import { worksheetSchema } from './content-schema/worksheet-schema';
import { blueprintProblems } from './engine/exam/blueprint';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Where content lives; tests point it at a broken copy to check that a bad file fails the build. */
const root = process.env.CRM_CONTENT_ROOT ?? './content';

/**
 * What a chapter and a supplement share: a lesson page whose MDX body teaches the sections, with objectives,
 * 重点难点, four 思考与实践 questions (answers saved like a chapter's) and the instructor's blocks.
 */
const lessonFields = {
  /** Chinese title without 第N章, e.g. 客户关系管理的理念. */
  title: z.string().min(2),
  /** English title, for the glossary and for readers of English. */
  titleEn: z.string().min(2),
  /** Suggested class hours. */
  hours: z.number().positive(),
  /** `draft` until the lesson is written in full; drafts show a notice. */
  status: z.enum(['complete', 'draft']).default('draft'),
  /** One or two sentences shown on the course map. */
  summary: z.string().min(10),
  /** 目的与要求, one entry per numbered item of the syllabus. */
  objectives: z.array(z.string().min(2)).min(1),
  /** 重点及难点. */
  keyPoints: z.array(z.string().min(2)).min(1),
  /** The syllabus's 节: heading exactly as the page shows it (第一节 …) and its 知识点. */
  sections: z
    .array(
      z.object({
        heading: z.string().regex(/^第[一二三四五六七八九十]+节 \S/, '节标题须以“第X节 ”开头 (heading must start with 第X节 and a space)'),
        points: z.array(z.string().min(2)).min(1),
      }),
    )
    .min(1),
  /** 思考与实践: exactly four questions; `answerKey` is for instructors only. */
  questions: z
    .array(
      z.object({
        id: z.string().regex(/^q[1-9]$/),
        text: z.string().min(4),
        answerKey: z.string().min(20).optional(),
      }),
    )
    .length(4),
  /** Instructor-only blocks (教师提示). */
  teacher: z.object({
    /** 教学方法与手段. */
    methods: z.string().min(10),
    /** 思政育人目标. */
    ideologyGoal: z.string().min(10),
    /** 思政育人案例: what to tell in the 5–10 minute slot. */
    ideologyCase: z.object({ title: z.string().min(2), body: z.string().min(20) }),
  }),
  /** `data-widget` names of the interactive widgets in this lesson (counted for progress). */
  widgets: z.array(z.string().regex(kebab)).default([]),
};

/** A complete lesson needs an answer key for every question. */
function keysWhenComplete(lesson: { status: string; questions: { answerKey?: string }[] }, ctx: z.RefinementCtx): void {
  if (lesson.status !== 'complete') return;
  lesson.questions.forEach((question, index) => {
    if (!question.answerKey) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['questions', index, 'answerKey'],
        message: '完整章节的每道思考题都需要参考答案 (a complete chapter needs an answer key for every question)',
      });
    }
  });
}

/** One syllabus chapter: the MDX body is the lesson, the frontmatter is the syllabus's skeleton. */
const chapterSchema = z
  .object({
    /** Position in the syllabus, 1–10. */
    number: z.number().int().min(1).max(10),
    ...lessonFields,
  })
  .superRefine(keysWhenComplete);

/**
 * A supplement (补充讲义, `/supplements/<slug>/`): a lesson a course plan needs that the ten syllabus chapters do
 * not teach, written in a chapter's structure.
 */
const supplementSchema = z
  .object({
    ...lessonFields,
    /** The syllabus passages it teaches, for instructors, e.g. 物流管理专业教学大纲第一章、第二章. */
    source: z.string().min(4),
    /** Chapters it builds on, linked from the page. */
    chapters: z.array(reference('chapters')).default([]),
  })
  .superRefine(keysWhenComplete);

/** One practical project (实训). */
const labSchema = z.object({
  title: z.string().min(2),
  /** Hours the course plan gives it. */
  hours: z.number().positive(),
  summary: z.string().min(10),
  /** Chapters whose knowledge the lab applies. */
  chapters: z.array(reference('chapters')).min(1),
  /** What the learner can do after the lab. */
  goals: z.array(z.string().min(2)).min(1),
  /** The tasks in order; each ends with something to hand in. */
  tasks: z
    .array(z.object({ title: z.string().min(2), steps: z.array(z.string().min(2)).min(1), deliverable: z.string().min(2) }))
    .min(1),
  /** 考核方式与评分标准: weighted criteria with a descriptor for each of 优、良、中、及格、不及格. */
  rubric: rubricSchema,
  /** A rule that applies across the rubric, e.g. 名单中出现个人隐私信息的，该项不得分. */
  rubricNote: z.string().min(4).optional(),
  widgets: z.array(z.string().regex(kebab)).default([]),
});

/** A topic a course plan names, linked to the heading that teaches it (tests resolve every link). */
const topicSchema = z.object({
  /** The topic as the plan names it, e.g. 直复营销. */
  title: z.string().min(2),
  /** The page and the heading's anchor, e.g. /chapters/01-crm-philosophy/#六直复营销. */
  href: z.string().regex(/^\/(chapters|supplements|labs)\/[a-z0-9-]+\/#\S+$/, '主题链接须指向章节、补充讲义或实训页面的标题 (a topic links to a heading: /chapters/<slug>/#<anchor>)'),
});

/** What every item of a plan carries besides what it points at. */
const scheduleFields = {
  hours: z.number().positive(),
  note: z.string().optional(),
  /** The plan's own topics for this item, each linked to where it is taught. */
  topics: z.array(topicSchema).default([]),
};

/** One course plan: a syllabus variant with its own hours, order and assessment. */
const courseSchema = z.object({
  title: z.string().min(2),
  code: z.string().min(1),
  /** Who takes it, e.g. 企业管理类各专业. */
  audience: z.string().min(2),
  hours: z.number().positive(),
  credits: z.number().positive(),
  description: z.string().min(10),
  /** The script its students read; the course map offers it first. */
  script: z.enum(['hans', 'hant']).default('hans'),
  /** 考核方式: the items of the grade and their weights; the final exam (whose paper `exam` describes) is marked `exam: true`. */
  assessment: z
    .array(z.object({ item: z.string().min(2), weight: z.number().min(0).max(1), exam: z.boolean().default(false) }))
    .min(1)
    .superRefine((items, ctx) => {
      const exams = items.filter((a) => a.exam).length;
      if (exams !== 1) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `须有且只有一项期末考试（exam: true），现有 ${exams} 项 (exactly one assessment item is the exam)` });
      const sum = items.reduce((s, a) => s + a.weight, 0);
      if (Math.abs(sum - 1) > 1e-9) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `各项权重合计 ${sum}，须为 1 (weights add up to 1)` });
    }),
  /**
   * 课程目标 1…n: the course's objectives, each gathering chapter objectives (目的与要求, 1-based, by chapter or
   * supplement slug). Items of the exam bank carry a `goal`, so every exam point maps to a course objective
   * (tests/content/course-objectives.test.ts checks each objective of each chapter the plan teaches is gathered once).
   */
  objectives: z
    .array(z.object({ text: z.string().min(10), goals: z.record(z.string().regex(kebab), z.array(z.number().int().min(1)).min(1)) }))
    .min(2),
  /**
   * 思考与实践的参考要点 for learners of this plan: `shown` lets a self-learner open them and mark their own answer;
   * `hidden` while the teacher sets the questions as homework (a link with `?keys=hide` does the same on one device).
   */
  thinkKeys: z.enum(['shown', 'hidden']).default('shown'),
  /** 期末考试的组卷蓝图 (defaults the teacher edits on /exam/papers/): chapters weigh by the plan's hours. */
  exam: z
    .object({
      /** 考试时长, minutes. */
      duration: z.number().int().positive(),
      /** Share of the points per difficulty, in percent. */
      difficulty: z.object({ 易: z.number().min(0), 中: z.number().min(0), 难: z.number().min(0) }).strict(),
      /** Per type: items (blanks for 填空) and points each; the paper adds up to 100. */
      sections: z.array(z.object({ type: z.enum(EXAM_TYPES), count: z.number().int().positive(), points: z.number().positive() })).min(1),
    })
    .superRefine((exam, ctx) => {
      for (const problem of blueprintProblems({ ...exam, chapters: { any: 1 } })) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
    }),
  /** The plan in teaching order. */
  schedule: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('chapter'), chapter: reference('chapters'), ...scheduleFields }),
        z.object({ kind: z.literal('lab'), lab: reference('labs'), ...scheduleFields }),
        z.object({ kind: z.literal('supplement'), supplement: reference('supplements'), ...scheduleFields }),
      ]),
    )
    .min(1),
});

/** One glossary term (名词解释). */
const termSchema = z.object({
  id: z.string().regex(kebab),
  /** Chinese term as used in the chapters. */
  term: z.string().min(2),
  en: z.string().min(2),
  /** Our own definition, one to three sentences. */
  definition: z.string().min(10),
  /** Chapter numbers that use it. */
  chapters: z.array(z.number().int().min(1).max(10)).min(1),
  /** Other spellings a chapter may use (e.g. 顾客忠诚 for 客户忠诚). */
  aliases: z.array(z.string().min(1)).default([]),
});

export const collections = {
  chapters: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/chapters` }), schema: chapterSchema }),
  supplements: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/supplements` }), schema: supplementSchema }),
  labs: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/labs` }), schema: labSchema }),
  /** Each lab's worksheet (实训报告), by the lab's slug (schema in src/content-schema/worksheet-schema.ts; tests pair them with the labs). */
  worksheets: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/labs/worksheets` }), schema: worksheetSchema }),
  courses: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/courses` }), schema: courseSchema }),
  glossary: defineCollection({ loader: file(`${root}/glossary/terms.yaml`), schema: termSchema }),
  /** Complaint role-play scripts (schema and graph checks in src/content-schema/scenario-schema.ts). */
  scenarios: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/scenarios` }), schema: scenarioSchema }),
  /** Self-check and scenario quizzes, one file per chapter (schema and answer checks in src/content-schema/quiz-schema.ts). */
  quizzes: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/quizzes` }), schema: quizFileSchema }),
  /** The case bible: recurring companies, their facts and figures (checked against the texts by tests/content/case-bible.test.ts). */
  cases: defineCollection({ loader: file(`${root}/cases.yaml`), schema: caseCompanySchema }),
  /** The exam question bank, one file per chapter or supplement (schema in src/lib/exam-schema.ts, counts and numbers in tests/content/exam-bank.test.ts). */
  exam: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/exam` }), schema: examFileSchema }),
};
