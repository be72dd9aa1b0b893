// What a chapter reports to a SCORM 1.2 learning platform: the lesson status and score from the learner's work on
// the chapter, and `cmi.suspend_data`, the work itself, so the chapter resumes on another computer. Pure: the
// session (scorm-session.ts) reads the stores and talks to the platform.
import { PASS_MARK } from '../engine/core/pass-mark';
import { prototypeKeyPath } from '../stores/storage/schema';
import { readEnvelope } from '../stores/storage/versioned';
import { mergeNotebooks, NOTEBOOK_VERSION, notebookSpec, type Answer } from '../stores/notebook/schema';
import { mergeSelfCheck, SELF_CHECK_VERSION, selfCheckSpec, type QuizRecord, type QuizResult } from '../stores/self-check';

/** One chapter's part of the learner's data: its 思考与实践 answers and its quiz sets (`<slug>/<set>`). */
export interface ChapterWork {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly quizzes: Readonly<Record<string, QuizRecord>>;
}

export const NO_WORK: ChapterWork = { answers: {}, quizzes: {} };

/** SCORM 1.2's `cmi.core.lesson_status` vocabulary. */
export type LessonStatus = 'passed' | 'completed' | 'failed' | 'incomplete' | 'browsed' | 'not attempted';

export interface ChapterReport {
  readonly status: LessonStatus;
  /** `cmi.core.score.raw`, 0–100, or null before the self-check is finished. */
  readonly raw: string | null;
}

/** SCORM 1.2's `cmi.suspend_data` is a CMIString4096. */
export const SUSPEND_DATA_LIMIT = 4096;
/** This layout of `cmi.suspend_data`: `{ v, notebook: { v, data }, selfCheck: { v, data } }`, each part as the store keeps it. */
export const SUSPEND_DATA_VERSION = 1;

/** The chapter's self-check set, whose score the platform records. */
export const selfCheckKey = (slug: string) => `${slug}/self-check`;

const share = (result: Pick<QuizResult, 'points' | 'total'>) => (result.total === 0 ? 0 : result.points / result.total);

/** The best finished attempt of a set, or null. */
export function bestResult(record: QuizRecord | undefined): QuizResult | null {
  return (record?.history ?? []).reduce<QuizResult | null>((best, result) => (best === null || share(result) > share(best) ? result : best), null);
}

/**
 * A result as `cmi.core.score.raw`: the percentage of points, cut (not rounded) to two decimals, so the platform's
 * pass/fail from its mastery score agrees with the site's (6 of 10 points is 60, 5.999 is 59.99, never 60).
 * @example scoreRaw({ points: 6.5, total: 8, … }) // '81.25'
 */
export function scoreRaw(result: Pick<QuizResult, 'points' | 'total'>): string {
  const hundredths = Math.floor(Number((share(result) * 10_000).toFixed(6)));
  return String(hundredths / 100);
}

/**
 * The chapter's status: passed or failed by the self-check's best score against the site's pass mark once the
 * self-check is finished; else completed once every 思考与实践 question has an answer; else incomplete (opened).
 */
export function chapterReport(work: ChapterWork, questionIds: readonly string[], slug: string): ChapterReport {
  const best = bestResult(work.quizzes[selfCheckKey(slug)]);
  if (best) {
    const raw = scoreRaw(best);
    return { status: Number(raw) >= PASS_MARK ? 'passed' : 'failed', raw };
  }
  const answered = questionIds.every((id) => (work.answers[id]?.text.trim() ?? '') !== '');
  return { status: answered ? 'completed' : 'incomplete', raw: null };
}

const STATUS_RANK: Record<LessonStatus, number> = { 'not attempted': 0, browsed: 0, incomplete: 1, completed: 2, failed: 3, passed: 4 };

/**
 * What to report, given what the platform already holds: never less. A chapter the platform has as passed stays
 * passed and keeps its best score even when this computer knows less (the platform's saved work could not be read).
 */
export function notBelow(ours: ChapterReport, platform: { readonly status: string; readonly raw: string }): ChapterReport {
  const theirStatus = platform.status in STATUS_RANK ? (platform.status as LessonStatus) : 'not attempted';
  const theirRaw = platform.raw.trim() === '' || Number.isNaN(Number(platform.raw)) ? null : platform.raw;
  const status = STATUS_RANK[ours.status] >= STATUS_RANK[theirStatus] ? ours.status : theirStatus;
  const raw = ours.raw === null || (theirRaw !== null && Number(theirRaw) > Number(ours.raw)) ? theirRaw : ours.raw;
  return { status, raw };
}

/**
 * The learner's work for the platform: what the platform gave back at launch, plus what was done on this computer
 * since (`since`, the launch). Older work in this browser may be another learner's who used it before on the same
 * platform (a computer room), so it is shown in the page but never reported as this learner's.
 */
export function workSince(local: ChapterWork, restored: ChapterWork, since: string): ChapterWork {
  const answers = Object.fromEntries(Object.entries(local.answers).filter(([, answer]) => answer.updatedAt >= since));
  const quizzes = Object.fromEntries(
    Object.entries(local.quizzes).map(([key, record]) => {
      const resumed = restored.quizzes[key]?.attempt;
      const attempt = record.attempt && (record.attempt.startedAt >= since || record.attempt.startedAt === resumed?.startedAt) ? record.attempt : null;
      return [key, { attempt, history: record.history.filter((result) => result.finishedAt >= since) }];
    }),
  );
  return combine(restored, { answers, quizzes });
}

/** Both sides' work, the newer of each answer and every finished attempt once (the stores' own merges). */
export function combine(a: ChapterWork, b: ChapterWork): ChapterWork {
  const answers = mergeNotebooks({ answers: { s: a.answers } }, { answers: { s: b.answers } }).answers.s ?? {};
  return { answers, quizzes: mergeSelfCheck({ quizzes: a.quizzes }, { quizzes: b.quizzes }).quizzes };
}

/** A set's record as suspend data carries it: the attempt in progress, the best and the latest finished attempt. */
function trimmed(record: QuizRecord): QuizRecord {
  const best = bestResult(record);
  const latest = record.history.at(-1);
  const kept = record.history.filter((result) => result === best || result === latest);
  return { attempt: record.attempt, history: kept };
}

function suspendText(slug: string, answers: Readonly<Record<string, Answer>>, quizzes: Readonly<Record<string, QuizRecord>>): string {
  return JSON.stringify({
    v: SUSPEND_DATA_VERSION,
    notebook: { v: NOTEBOOK_VERSION, data: { answers: { [slug]: answers } } },
    selfCheck: { v: SELF_CHECK_VERSION, data: { quizzes } },
  });
}

export interface SuspendData {
  /** At most `SUSPEND_DATA_LIMIT` characters. */
  readonly text: string;
  /** Questions whose answers did not fit (they stay in this browser). */
  readonly left: readonly string[];
}

/**
 * The chapter's work as `cmi.suspend_data`, within 4,096 characters: the quiz sets first (small), then whole answers in
 * question order while they fit; an answer that does not fit is left out whole, never cut. Should the sets alone not
 * fit, attempts in progress go first, then the finished ones.
 */
export function encodeSuspendData(slug: string, work: ChapterWork, questionIds: readonly string[]): SuspendData {
  let quizzes: Record<string, QuizRecord> = Object.fromEntries(Object.entries(work.quizzes).map(([key, record]) => [key, trimmed(record)]));
  const fits = (text: string) => text.length <= SUSPEND_DATA_LIMIT;
  if (!fits(suspendText(slug, {}, quizzes))) quizzes = Object.fromEntries(Object.entries(quizzes).map(([key, record]) => [key, { attempt: null, history: record.history }]));
  if (!fits(suspendText(slug, {}, quizzes))) quizzes = {};
  const answers: Record<string, Answer> = {};
  const left: string[] = [];
  const order = [...questionIds, ...Object.keys(work.answers).filter((id) => !questionIds.includes(id))];
  for (const id of order) {
    const answer = work.answers[id];
    if (!answer || answer.text.trim() === '') continue;
    if (fits(suspendText(slug, { ...answers, [id]: answer }, quizzes))) answers[id] = answer;
    else left.push(id);
  }
  return { text: suspendText(slug, answers, quizzes), left };
}

export type SuspendRead = { readonly ok: true; readonly work: ChapterWork } | { readonly ok: false; readonly kind: 'corrupt' | 'newer' };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads `cmi.suspend_data` back, each part with its store's own reader (schemas, migrations): this chapter's answers
 * and sets only. Empty is no work yet; anything else unreadable is a `corrupt` or `newer` result, never an exception.
 */
export function decodeSuspendData(text: string, slug: string): SuspendRead {
  if (text.trim() === '') return { ok: true, work: NO_WORK };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, kind: 'corrupt' };
  }
  if (!isObject(value) || typeof value.v !== 'number' || prototypeKeyPath(value)) return { ok: false, kind: 'corrupt' };
  if (value.v > SUSPEND_DATA_VERSION) return { ok: false, kind: 'newer' };
  if (Object.keys(value).some((key) => !['v', 'notebook', 'selfCheck'].includes(key))) return { ok: false, kind: 'corrupt' };
  const notebook = value.notebook === undefined ? null : readEnvelope(notebookSpec, value.notebook);
  const selfCheck = value.selfCheck === undefined ? null : readEnvelope(selfCheckSpec, value.selfCheck);
  for (const part of [notebook, selfCheck]) if (part && !part.ok) return { ok: false, kind: part.kind };
  const answers = notebook?.ok ? (notebook.value.answers[slug] ?? {}) : {};
  const quizzes = selfCheck?.ok ? Object.fromEntries(Object.entries(selfCheck.value.quizzes).filter(([key]) => key.startsWith(`${slug}/`))) : {};
  return { ok: true, work: { answers, quizzes } };
}
