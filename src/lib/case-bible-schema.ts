import { z } from 'astro/zod';

/**
 * The case bible (content/cases.yaml): every company that recurs in the chapters, labs, scenarios and datasets,
 * with the facts and figures the texts must agree on. tests/content/case-bible.test.ts finds each figure in
 * the texts by its patterns and checks it against the value here (and against the dataset where one is named).
 */

/** Where a pattern puts the quoted figure: `{n}` a number (26, 3,750, 六, 二十多, 几千), `{t}` a two-character name. */
const pattern = z
  .string()
  .refine((p) => (p.match(/\{[nt]\}/g) ?? []).length === 1, '模式须含一个 {n} 或 {t} (a pattern holds exactly one {n} or {t})')
  .refine((p) => !/\s/.test(p), '模式不含空格，文本比较前会去掉空格 (no spaces: texts are compared with spaces removed)');

/** A figure the texts quote about the company: store count, founding year, fleet size, head office… */
const figureSchema = z
  .object({
    /** What it counts, in Chinese (门店数). */
    label: z.string().min(2),
    /** The number, or the two-character name for a `{t}` pattern (杭州). */
    value: z.union([z.number(), z.string().min(1)]),
    /** How the texts phrase it; every pattern must match somewhere, and every match must agree with `value`. */
    patterns: z.array(pattern).min(1),
    /** Relative tolerance for a figure the texts give as 约…: 0.05 accepts 约 1,600 for 1,590. */
    tolerance: z.number().min(0).max(0.5).default(0),
    /** The dataset the figure comes from: its row count, or the number of distinct values in a column. */
    dataset: z.object({ id: z.string().min(1), distinct: z.string().min(1).optional() }).optional(),
  })
  .refine((f) => typeof f.value === 'number' || f.patterns.every((p) => p.includes('{t}')), {
    message: '文字值只能用 {t} 模式 (a text value needs {t} patterns)',
  });

/** A person who recurs: the same name always means this person, at this company. */
const personSchema = z.object({
  name: z.string().min(2),
  role: z.string().min(2),
});

export const caseCompanySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The full name the texts use first (鲜邻超市). */
  name: z.string().min(2),
  /** Short names the texts may use after the first mention (鲜邻). */
  aliases: z.array(z.string().min(2)).default([]),
  /** What kind of business, in one line. */
  industry: z.string().min(2),
  /** The profile every text follows, in a few sentences. */
  profile: z.string().min(20),
  /** Facts without a number that writers must keep (no cold chain, channels, customers…). */
  facts: z.array(z.string().min(4)).default([]),
  figures: z.array(figureSchema).default([]),
  /** Bundled datasets that are this company's data (their manifest text must agree with the figures). */
  datasets: z.array(z.string().min(1)).default([]),
  people: z.array(personSchema).default([]),
  /** Where the company appears, for writers (chapter, lab and scenario slugs). */
  appearsIn: z.array(z.string().min(2)).min(1),
});

export const caseBibleSchema = z.array(caseCompanySchema).min(1);
export type CaseCompany = z.infer<typeof caseCompanySchema>;
