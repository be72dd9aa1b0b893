import { z } from 'astro/zod';

/** The five grades of a rubric, best first, with the score band each stands for (百分制). */
export const RUBRIC_LEVELS = [
  { key: '优', band: '90–100' },
  { key: '良', band: '80–89' },
  { key: '中', band: '70–79' },
  { key: '及格', band: '60–69' },
  { key: '不及格', band: '60 以下' },
] as const;

const descriptor = z.string().min(4, '每一档的描述至少 4 个字 (each level descriptor needs at least 4 characters)');

/** One criterion: what is assessed, its weight, and what work at each of the five levels looks like. */
const criterionSchema = z.object({
  /** Stable key for worksheets and marking sheets, e.g. `abc-accuracy`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** What is assessed, e.g. ABC、RFM 计算是否正确. */
  criterion: z.string().min(2),
  /** Share of the lab's grade (0–1); a lab's weights add up to 1. */
  weight: z.number().positive().max(1),
  /** The task it assesses (1 = 任务一), when it belongs to one. */
  task: z.number().int().positive().optional(),
  levels: z.object({ 优: descriptor, 良: descriptor, 中: descriptor, 及格: descriptor, 不及格: descriptor }),
});

/** A lab's rubric (评分标准): structured data, rendered as a table and reused by worksheets and marking sheets. */
export const rubricSchema = z
  .array(criterionSchema)
  .min(2)
  .refine((criteria) => Math.abs(criteria.reduce((sum, c) => sum + c.weight, 0) - 1) < 1e-9, '各评分项的权重之和须为 1 (the weights must add up to 1)')
  .refine((criteria) => new Set(criteria.map((c) => c.id)).size === criteria.length, '评分项 id 不能重复 (criterion ids must be unique)');

export type Rubric = z.infer<typeof rubricSchema>;
