// 题库练习: the set in progress, past results and the 错题本 (items that come back until answered right twice).
// Kept in this browser like the answers and carried in the JSON backup; the page works offline.
import type { ExamResponse, ExamVerdict, PointMark } from '../engine/exam';
import { mergeWrongBooks, type WrongBook } from '../engine/exam/wrong-book';
import { mergeMaps } from './storage/dict';
import { persistentAtom } from './storage/persistent';
import { z } from './storage/schema';
import type { VersionedSpec } from './storage/versioned';

/** The learner's work on one item of a set. */
export interface PracticeAnswer {
  readonly response: ExamResponse;
  /** Subjective items: the 评分要点 were shown (the answer can no longer change). */
  readonly revealed: boolean;
  /** Subjective items: a mark per 评分要点, per part (one part, or one per question of a case); null = not marked yet. */
  readonly marks: readonly (readonly (PointMark | null)[])[] | null;
  /** Once scored: points earned and the verdict (what the 错题本 recorded). */
  readonly score: number | null;
  readonly verdict: ExamVerdict | null;
  /** ISO time of the last change. */
  readonly updatedAt: string;
}

/** A practice set being worked through (or the last one). */
export interface PracticeSet {
  readonly seed: number;
  readonly startedAt: string;
  /** 题库 (drawn by chapters, types and difficulty) or 错题本. */
  readonly source: 'bank' | 'wrong-book';
  readonly ids: readonly string[];
  readonly answers: Readonly<Record<string, PracticeAnswer>>;
  /** The item on screen (index into ids). */
  readonly position: number;
  /** ISO time the learner finished it (its summary is on screen), or null. */
  readonly finishedAt: string | null;
}

/** One finished set. */
export interface PracticeResult {
  readonly finishedAt: string;
  readonly source: 'bank' | 'wrong-book';
  readonly items: number;
  readonly score: number;
  readonly points: number;
  /** Items not fully right. */
  readonly missed: number;
}

export interface ExamPracticeData {
  readonly current: PracticeSet | null;
  readonly history: readonly PracticeResult[];
  readonly wrongBook: WrongBook;
}

/** Finished sets kept: a term's worth. */
export const PRACTICE_HISTORY_LIMIT = 50;

const itemId = z.string().check(z.regex(/^[a-z0-9]{2}-[a-z]+-\d{3}$/));
const finite = z.number().check(z.refine(Number.isFinite));
const verdict = z.enum(['right', 'partial', 'wrong']);
const mark = z.enum(['covered', 'partly', 'missed']);
const responseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('choice'), choice: z.string() }),
  z.strictObject({ kind: z.literal('choices'), choices: z.string() }),
  z.strictObject({ kind: z.literal('judge'), value: z.boolean() }),
  z.strictObject({ kind: z.literal('blanks'), values: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('text'), text: z.string() }),
  z.strictObject({ kind: z.literal('case'), texts: z.array(z.string()) }),
]);
const answerSchema = z.strictObject({
  response: responseSchema,
  revealed: z.boolean(),
  marks: z.nullable(z.array(z.array(z.nullable(mark)))),
  score: z.nullable(finite),
  verdict: z.nullable(verdict),
  updatedAt: z.string(),
});
const source = z.enum(['bank', 'wrong-book']);
const setSchema = z.strictObject({ seed: z.int(), startedAt: z.string(), source, ids: z.array(itemId), answers: z.record(itemId, answerSchema), position: z.int(), finishedAt: z.nullable(z.string()) });
const resultSchema = z.strictObject({ finishedAt: z.string(), source, items: z.int(), score: finite, points: finite, missed: z.int() });
const entrySchema = z.strictObject({ wrongCount: z.int(), streak: z.int(), lastAnsweredAt: z.string(), clearedAt: z.nullable(z.string()) });
const practiceSchema: z.ZodMiniType<ExamPracticeData> = z.strictObject({
  current: z.nullable(setSchema),
  history: z.array(resultSchema),
  wrongBook: z.record(itemId, entrySchema),
}) as z.ZodMiniType<ExamPracticeData>;

/** The set to keep of two: the later started, or of the same set the one with the later answers merged in. */
function laterSet(a: PracticeSet | null, b: PracticeSet | null): PracticeSet | null {
  if (!a || !b) return a ?? b;
  if (a.startedAt !== b.startedAt) return b.startedAt > a.startedAt ? b : a;
  const answers = mergeMaps(a.answers, b.answers, (x, y) => (!x ? y : !y ? x : y.updatedAt > x.updatedAt ? y : x));
  return { ...a, answers, position: Math.max(a.position, b.position), finishedAt: a.finishedAt ?? b.finishedAt };
}

/** Two tabs' (or a backup's) practice data: the later set, every finished set once, the 错题本 item by item. */
export function mergeExamPractice(mine: ExamPracticeData, theirs: ExamPracticeData): ExamPracticeData {
  const seen = new Set<string>();
  const history = [...mine.history, ...theirs.history]
    .filter((r) => (seen.has(r.finishedAt) ? false : (seen.add(r.finishedAt), true)))
    .sort((x, y) => x.finishedAt.localeCompare(y.finishedAt))
    .slice(-PRACTICE_HISTORY_LIMIT);
  return { current: laterSet(mine.current, theirs.current), history, wrongBook: mergeWrongBooks(mine.wrongBook, theirs.wrongBook) };
}

export const examPracticeSpec: VersionedSpec<ExamPracticeData> = {
  key: 'crm-lab:exam-practice',
  label: '题库练习记录和错题本',
  version: 1,
  empty: () => ({ current: null, history: [], wrongBook: {} }),
  migrations: {},
  schema: practiceSchema,
  merge: mergeExamPractice,
};

/** The learner's exam practice: the set in progress, finished sets and the 错题本. */
export const $examPractice = persistentAtom<ExamPracticeData>(examPracticeSpec);
