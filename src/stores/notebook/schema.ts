import { dict, mergeMaps, newer } from '../storage/dict';
import { kebabId, z } from '../storage/schema';
import type { VersionedSpec } from '../storage/versioned';

/** One answer to one 思考与实践 question. */
export interface Answer {
  readonly text: string;
  /** ISO time of the last edit (empty for answers migrated from version 1, which kept no time). */
  readonly updatedAt: string;
}

/** chapter slug → question id → answer. */
export type NotebookAnswers = Readonly<Record<string, Readonly<Record<string, Answer>>>>;

export interface NotebookData {
  readonly answers: NotebookAnswers;
}

export const NOTEBOOK_VERSION = 2;

/** A question id as the chapters' frontmatter names it: q1 … q99. */
const questionId = z.string().check(z.regex(/^q[1-9]\d?$/));
const answerSchema = z.strictObject({ text: z.string(), updatedAt: z.string() });
const notebookSchema: z.ZodMiniType<NotebookData> = z.strictObject({ answers: z.record(kebabId, z.record(questionId, answerSchema)) });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 1 (the first prototype) kept plain strings: `{ answers: { slug: { q1: "…" } } }`. */
function migrateV1(data: unknown): unknown {
  if (!isRecord(data) || !isRecord(data.answers)) return data;
  const answers = dict<Record<string, Answer>>();
  for (const [slug, questions] of Object.entries(data.answers)) {
    if (!isRecord(questions)) return data;
    const chapter = (answers[slug] = dict<Answer>());
    for (const [id, text] of Object.entries(questions)) {
      if (typeof text !== 'string') return data;
      chapter[id] = { text, updatedAt: '' };
    }
  }
  return { answers };
}

/** Two tabs' (or two devices') notebooks answer by answer: the one edited last wins each answer, none is dropped. */
export function mergeNotebooks(mine: NotebookData, theirs: NotebookData): NotebookData {
  return { answers: mergeMaps(mine.answers, theirs.answers, (a, b) => (a && b ? mergeMaps(a, b, newer) : (a ?? b))) };
}

export const notebookSpec: VersionedSpec<NotebookData> = {
  key: 'crm-lab:notebook',
  label: '学习笔记',
  version: NOTEBOOK_VERSION,
  empty: () => ({ answers: {} }),
  migrations: { 1: migrateV1 },
  schema: notebookSchema,
  merge: mergeNotebooks,
};

/** Number of non-blank answers in one chapter. */
export function answeredCount(data: NotebookData, slug: string): number {
  const chapter = Object.hasOwn(data.answers, slug) ? data.answers[slug] : undefined;
  return Object.values(chapter ?? {}).filter((answer) => answer.text.trim() !== '').length;
}
