import type { QuizAttempt } from '../engine/quiz/quiz-attempt';
import { mergeMaps } from './storage/dict';
import { persistentAtom } from './storage/persistent';
import { kebabId, quizKey, z } from './storage/schema';
import type { VersionedSpec } from './storage/versioned';

/** One finished pass through a set (every question answered). */
export interface QuizResult {
  /** ISO time the last question was answered. */
  readonly finishedAt: string;
  readonly seed: number;
  /** Credits summed (partial credit counts as its fraction). */
  readonly points: number;
  /** Questions in the set then. */
  readonly total: number;
}

/** A learner's work on one set: the attempt in progress (or the last one) and the finished attempts. */
export interface QuizRecord {
  readonly attempt: QuizAttempt | null;
  /** Oldest first, at most `HISTORY_LIMIT`. */
  readonly history: readonly QuizResult[];
}

/** Quiz key (`<chapter-slug>/<set-id>`) → record. */
export interface SelfCheckData {
  readonly quizzes: Readonly<Record<string, QuizRecord>>;
}

export const SELF_CHECK_VERSION = 1;
/** Finished attempts kept per set: enough to see progress over a term. */
export const HISTORY_LIMIT = 20;

const finiteNumber = z.number().check(z.refine(Number.isFinite));
const responseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single'), choice: z.string() }),
  z.strictObject({ kind: z.literal('multiple'), choices: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('true-false'), value: z.boolean() }),
  z.strictObject({ kind: z.literal('number'), value: finiteNumber, text: z.optional(z.string()) }),
]);
const attemptSchema = z.strictObject({ seed: z.int(), startedAt: z.string(), responses: z.record(kebabId, responseSchema) });
const resultSchema = z.strictObject({ finishedAt: z.string(), seed: z.int(), points: finiteNumber, total: z.int() });
const selfCheckSchema: z.ZodMiniType<SelfCheckData> = z.strictObject({
  quizzes: z.record(quizKey, z.strictObject({ attempt: z.nullable(attemptSchema), history: z.array(resultSchema) })),
});

/** The attempt to keep of two: the later one, or of the same attempt the one with more answers. */
function laterAttempt(a: QuizAttempt | null, b: QuizAttempt | null): QuizAttempt | null {
  if (!a || !b) return a ?? b;
  if (a.startedAt !== b.startedAt) return b.startedAt > a.startedAt ? b : a;
  return Object.keys(b.responses).length > Object.keys(a.responses).length ? b : a;
}

/** Self-check results of both: every finished attempt once (by time and seed), and the later attempt in progress. */
export function mergeSelfCheck(mine: SelfCheckData, theirs: SelfCheckData): SelfCheckData {
  return {
    quizzes: mergeMaps(mine.quizzes, theirs.quizzes, (a, b) => {
      const seen = new Set<string>();
      const history = [...(a?.history ?? []), ...(b?.history ?? [])]
        .filter((result) => {
          const id = `${result.finishedAt}/${result.seed}`;
          if (seen.has(id)) return false;
          seen.add(id);
          return true;
        })
        .sort((x, y) => x.finishedAt.localeCompare(y.finishedAt))
        .slice(-HISTORY_LIMIT);
      return { attempt: laterAttempt(a?.attempt ?? null, b?.attempt ?? null), history };
    }),
  };
}

export const selfCheckSpec: VersionedSpec<SelfCheckData> = {
  key: 'crm-lab:self-check',
  label: '自测记录',
  version: SELF_CHECK_VERSION,
  empty: () => ({ quizzes: {} }),
  migrations: {},
  schema: selfCheckSchema,
  merge: mergeSelfCheck,
};

/** The learner's self-check answers and scores, every chapter, kept in this browser. */
export const $selfCheck = persistentAtom<SelfCheckData>(selfCheckSpec);

function update(key: string, change: (record: QuizRecord) => QuizRecord): void {
  const current = $selfCheck.get();
  const record = current.quizzes[key] ?? { attempt: null, history: [] };
  const next = change(record);
  if (next !== record) $selfCheck.set({ quizzes: { ...current.quizzes, [key]: next } });
}

/** Saves the attempt in progress (after each answer, or a fresh one on retry). */
export function saveQuizAttempt(key: string, attempt: QuizAttempt): void {
  update(key, (record) => (record.attempt === attempt ? record : { ...record, attempt }));
}

/** Adds a finished attempt to the set's history (the oldest go once there are more than `HISTORY_LIMIT`). */
export function recordQuizResult(key: string, result: QuizResult): void {
  update(key, (record) => ({ ...record, history: [...record.history, result].slice(-HISTORY_LIMIT) }));
}
