import { z } from 'astro/zod';
import { isResultSource, RESULT_SOURCES } from './result-sources';

// A lab's worksheet (实训报告) as data: sections of fields the learner fills in on the lab page. One island renders
// any definition; the stored answers, the exports and the teacher's marking sheet all follow it.

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '须为 kebab-case (must be kebab-case)');

/** “Fill from a widget”: the source, and which of its keys go where. */
const fillSchema = z
  .object({
    /** A source in src/content-schema/result-sources.ts, e.g. `rfm-segments`. */
    source: z.string().refine(isResultSource, '未知的结果来源 (unknown result source; see src/content-schema/result-sources.ts)'),
    /** A number or text field: the source's key whose value it takes. */
    value: z.string().optional(),
    /** A table: column id → the source's key (a table source fills one row per source row; a record source adds a row). */
    columns: z.record(z.string()).optional(),
    /** A table filled from a table source: the column that matches rows, so the learner's other columns are kept. */
    key: z.string().optional(),
  })
  .strict()
  .superRefine((fill, ctx) => {
    if (!isResultSource(fill.source)) return;
    const keys = Object.keys(RESULT_SOURCES[fill.source].keys);
    for (const key of [fill.value, ...Object.values(fill.columns ?? {})]) {
      if (key !== undefined && !keys.includes(key)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `来源 ${fill.source} 没有 ${key} (the source has no key ${key})` });
    }
  });

const base = {
  id: kebab,
  label: z.string().min(2),
  /** A line under the label: what to write, where the figure comes from. */
  hint: z.string().optional(),
  /** Required fields are listed as missing until filled (never blocking a save). */
  required: z.boolean().default(false),
};

const columnSchema = z
  .object({
    id: kebab,
    label: z.string().min(1),
    type: z.enum(['text', 'number', 'choice']).default('text'),
    unit: z.string().optional(),
    options: z.array(z.string().min(1)).min(2).optional(),
    /** A row counts as complete without it (a note, a remark). */
    optional: z.boolean().default(false),
  })
  .strict()
  .refine((c) => (c.type === 'choice') === (c.options !== undefined), '选择列须给出 options，其他列不能有 (a choice column needs options, others none)');

export const worksheetFieldSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('text'), placeholder: z.string().optional(), fill: fillSchema.optional() }).strict(),
  z.object({ ...base, type: z.literal('textarea'), placeholder: z.string().optional(), rows: z.number().int().min(2).max(20).default(4) }).strict(),
  z
    .object({ ...base, type: z.literal('number'), unit: z.string().optional(), min: z.number().optional(), max: z.number().optional(), fill: fillSchema.optional() })
    .strict(),
  z.object({ ...base, type: z.literal('choice'), options: z.array(z.string().min(1)).min(2), multiple: z.boolean().default(false) }).strict(),
  z
    .object({
      ...base,
      type: z.literal('table'),
      columns: z.array(columnSchema).min(1).max(12),
      /** Rows a complete answer has at least (e.g. 不少于 8 个触点). */
      minRows: z.number().int().min(1).default(1),
      /** Rows a new worksheet starts with (fixed items such as a score sheet's 接收、分类 …). */
      rows: z.array(z.record(z.string())).default([]),
      fill: fillSchema.optional(),
    })
    .strict(),
]);

export const worksheetSectionSchema = z
  .object({
    id: kebab,
    title: z.string().min(2),
    /** The task it belongs to (1 = 任务一). */
    task: z.number().int().positive().optional(),
    /** Rubric criteria (ids) the teacher marks with this section's answers beside them. */
    criteria: z.array(kebab).default([]),
    intro: z.string().optional(),
    fields: z.array(worksheetFieldSchema).min(1),
  })
  .strict();

/** A lab's worksheet (`content/labs/worksheets/<lab slug>.yaml`): its sections in order. Ids are unique across the whole worksheet (answers are stored by id). */
export const worksheetSchema = z
  .object({
    sections: z.array(worksheetSectionSchema).min(1),
  })
  .strict()
  .superRefine((sheet, ctx) => {
    const seen = new Set<string>();
    sheet.sections.forEach((section, s) =>
      section.fields.forEach((field, f) => {
        if (seen.has(field.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['sections', s, 'fields', f, 'id'], message: `字段 id 重复：${field.id} (duplicate field id)` });
        seen.add(field.id);
        if (field.type === 'table' && field.fill) {
          const columnIds = field.columns.map((c) => c.id);
          const unknown = [...Object.keys(field.fill.columns ?? {}), ...(field.fill.key ? [field.fill.key] : [])].find((id) => !columnIds.includes(id));
          if (unknown) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['sections', s, 'fields', f, 'fill'], message: `表格没有列 ${unknown} (no such column)` });
        }
      }),
    );
  });

export type Worksheet = z.infer<typeof worksheetSchema>;
export type WorksheetSection = Worksheet['sections'][number];
export type WorksheetField = WorksheetSection['fields'][number];
export type TableField = Extract<WorksheetField, { type: 'table' }>;
export type WorksheetFill = NonNullable<TableField['fill']>;
