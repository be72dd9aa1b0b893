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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 1 (the first prototype) kept plain strings: `{ answers: { slug: { q1: "…" } } }`. */
function migrateV1(data: unknown): unknown {
  if (!isRecord(data) || !isRecord(data.answers)) return data;
  const answers: Record<string, Record<string, Answer>> = {};
  for (const [slug, questions] of Object.entries(data.answers)) {
    if (!isRecord(questions)) return data;
    answers[slug] = {};
    for (const [id, text] of Object.entries(questions)) {
      if (typeof text !== 'string') return data;
      answers[slug][id] = { text, updatedAt: '' };
    }
  }
  return { answers };
}

/** The data when it has the current shape, else null. */
export function parseNotebook(data: unknown): NotebookData | null {
  if (!isRecord(data) || !isRecord(data.answers)) return null;
  for (const questions of Object.values(data.answers)) {
    if (!isRecord(questions)) return null;
    for (const answer of Object.values(questions)) {
      if (!isRecord(answer) || typeof answer.text !== 'string' || typeof answer.updatedAt !== 'string') return null;
    }
  }
  return data as unknown as NotebookData;
}

export const notebookSpec: VersionedSpec<NotebookData> = {
  key: 'crm-lab:notebook',
  version: NOTEBOOK_VERSION,
  empty: () => ({ answers: {} }),
  migrations: { 1: migrateV1 },
  parse: parseNotebook,
};

/** Number of non-blank answers in one chapter. */
export function answeredCount(data: NotebookData, slug: string): number {
  return Object.values(data.answers[slug] ?? {}).filter((answer) => answer.text.trim() !== '').length;
}
