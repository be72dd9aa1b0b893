import type { QuizAttempt } from '../engine/quiz/quiz-attempt';
import type { QuizResponse } from '../engine/quiz/types';
import { persistentAtom } from './storage/persistent';
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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isResponse(value: unknown): value is QuizResponse {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case 'single':
      return typeof value.choice === 'string';
    case 'multiple':
      return Array.isArray(value.choices) && value.choices.every((c) => typeof c === 'string');
    case 'true-false':
      return typeof value.value === 'boolean';
    case 'number':
      return isFiniteNumber(value.value) && (value.text === undefined || typeof value.text === 'string');
    default:
      return false;
  }
}

function isAttempt(value: unknown): value is QuizAttempt {
  return isRecord(value) && Number.isInteger(value.seed) && typeof value.startedAt === 'string' && isRecord(value.responses) && Object.values(value.responses).every(isResponse);
}

function isResult(value: unknown): value is QuizResult {
  return isRecord(value) && typeof value.finishedAt === 'string' && Number.isInteger(value.seed) && isFiniteNumber(value.points) && Number.isInteger(value.total);
}

/** The data when it has the current shape, else null (then it is set aside and reported, never dropped). */
export function parseSelfCheck(data: unknown): SelfCheckData | null {
  if (!isRecord(data) || !isRecord(data.quizzes)) return null;
  for (const record of Object.values(data.quizzes)) {
    if (!isRecord(record) || !Array.isArray(record.history) || !record.history.every(isResult)) return null;
    if (record.attempt !== null && !isAttempt(record.attempt)) return null;
  }
  return data as unknown as SelfCheckData;
}

export const selfCheckSpec: VersionedSpec<SelfCheckData> = {
  key: 'crm-lab:self-check',
  version: SELF_CHECK_VERSION,
  empty: () => ({ quizzes: {} }),
  migrations: {},
  parse: parseSelfCheck,
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
