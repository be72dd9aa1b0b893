import type { ResultRecord } from './types';

/** A result code the board has taken in. */
export interface Submission {
  readonly code: string;
  readonly record: ResultRecord;
}

export interface SubmissionMerge {
  /** Every student's latest submission per activity, ordered by activity, then 学号. */
  readonly submissions: readonly Submission[];
  /** Incoming codes that were new for their student and activity. */
  readonly added: number;
  /** Incoming codes that replaced an older submission of the same student and activity. */
  readonly replaced: number;
  /** Incoming codes already held, or older than the one held. */
  readonly kept: number;
}

const slot = (r: ResultRecord) => `${r.studentId}\u0000${r.activity}`;
const order = (a: Submission, b: Submission) =>
  a.record.activity < b.record.activity ? -1 : a.record.activity > b.record.activity ? 1 : a.record.studentId < b.record.studentId ? -1 : a.record.studentId > b.record.studentId ? 1 : 0;

/**
 * Adds submissions to those held, keeping one per student and activity: the one made latest (`takenAt`); of two
 * made in the same minute, the one read later. A code already held changes nothing.
 * @throws never.
 * @example mergeSubmissions([zhangFirstTry], [zhangSecondTry, liFirst]) // { added: 1, replaced: 1, kept: 0 }
 */
export function mergeSubmissions(held: readonly Submission[], incoming: readonly Submission[]): SubmissionMerge {
  const bySlot = new Map(held.map((s) => [slot(s.record), s]));
  let added = 0;
  let replaced = 0;
  let kept = 0;
  for (const next of incoming) {
    const key = slot(next.record);
    const current = bySlot.get(key);
    if (!current) {
      bySlot.set(key, next);
      added++;
    } else if (current.code !== next.code && next.record.takenAt >= current.record.takenAt) {
      bySlot.set(key, next);
      replaced++;
    } else kept++;
  }
  return { submissions: [...bySlot.values()].sort(order), added, replaced, kept };
}

/** A score as a percentage (0–100), or null without a score. */
export function scorePercent(record: ResultRecord): number | null {
  return record.score ? (record.score.points / record.score.max) * 100 : null;
}

/** How often each value was given at one position of an activity's answers (a question, a card, a step). */
export function countAnswers(records: readonly ResultRecord[], position: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const r of records) {
    if (position >= r.answers.length) continue;
    const value = r.answers[position]!;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Paths through an activity (a role-play's replies), the most frequent first (ties in path order), with how many took each. */
export function countPaths(records: readonly ResultRecord[]): { readonly answers: readonly number[]; readonly count: number }[] {
  const counts = new Map<string, { answers: readonly number[]; count: number }>();
  for (const r of records) {
    const key = r.answers.join(',');
    const entry = counts.get(key) ?? { answers: r.answers, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.answers.join(',') < b.answers.join(',') ? -1 : 1));
}
