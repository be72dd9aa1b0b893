// The board's tallies of one activity: per question, card or member how many gave each answer, and the role-play's
// paths. Pure: records in, rows to draw out.
import type { AnswerVerdict } from '../../engine/result-code/answer-reading';
import { countAnswers, countPaths } from '../../engine/result-code/class-submissions';
import { readQuizCodeAnswer } from '../../engine/result-code/quiz-answers';
import type { ResultRecord } from '../../engine/result-code/types';
import { LOYALTY_QUADRANTS } from '../../engine/loyalty/matrix/quadrants';
import type { ActivityInfo } from './catalogue';

export interface TallyBar {
  readonly label: string;
  readonly count: number;
  readonly verdict?: AnswerVerdict;
}

export interface TallyRow {
  /** 第 1 题：…, 第 3 张卡, L02 */
  readonly label: string;
  readonly bars: readonly TallyBar[];
  /** How many answered right, for a question with a key. */
  readonly correct?: number;
  /** A role-play path read on its script: each reply in words, in order. */
  readonly steps?: readonly TallyStep[];
}

/** One reply of a role-play path: 第 1 步 and the reply's short form (or its option number when the script does not fit). */
export interface TallyStep {
  readonly label: string;
  readonly reply: string;
}

const SORTER_LABELS = ['未分类', '好客户', '坏客户'];
const MATRIX_LABELS = ['未放置', ...LOYALTY_QUADRANTS.map((q) => q.name)];

const byCount = (a: TallyBar, b: TallyBar) => b.count - a.count || a.label.localeCompare(b.label);

function positions(records: readonly ResultRecord[]): number {
  return records.reduce((most, r) => Math.max(most, r.answers.length), 0);
}

function labelled(records: readonly ResultRecord[], position: number, labels: readonly string[]): TallyBar[] {
  return [...countAnswers(records, position)].map(([value, count]) => ({ label: labels[value] ?? `答案 ${value}`, count })).sort(byCount);
}

/**
 * The rows of a tally for one activity's submissions (one per student already). A role-play's paths are by option
 * number here; `roleplay-tally.ts` reads them on their script, in words.
 * @example activityTally({ kind: 'sorter', label: '…' }, [{ answers: [1, 2] }, { answers: [1, 0] }])
 *   // [{ label: '第 1 张卡', bars: [{ label: '好客户', count: 2 }] }, { label: '第 2 张卡', bars: [坏客户 1, 未分类 1] }]
 */
export function activityTally(info: ActivityInfo, records: readonly ResultRecord[]): TallyRow[] {
  if (info.kind === 'quiz') {
    return info.quiz.questions.map((question, k) => {
      const bars = new Map<string, TallyBar>();
      let correct = 0;
      for (const [value, count] of countAnswers(records, k)) {
        const reading = readQuizCodeAnswer(question, value);
        if (reading.verdict === 'correct') correct += count;
        const held = bars.get(reading.label);
        bars.set(reading.label, { label: reading.label, count: (held?.count ?? 0) + count, verdict: reading.verdict });
      }
      return { label: `第 ${k + 1} 题：${question.prompt}`, bars: [...bars.values()].sort(byCount), correct };
    });
  }
  if (info.kind === 'roleplay') return countPaths(records).map((path) => ({ label: pathByNumber(path.answers), bars: [{ label: '人数', count: path.count }] }));
  const count = positions(records);
  const rows: TallyRow[] = [];
  for (let k = 0; k < count; k++) {
    if (info.kind === 'sorter') rows.push({ label: `第 ${k + 1} 张卡（按客户编号）`, bars: labelled(records, k, SORTER_LABELS) });
    else if (info.kind === 'matrix') rows.push({ label: `会员 L${String(k + 1).padStart(2, '0')}`, bars: labelled(records, k, MATRIX_LABELS) });
    else if (info.kind !== 'dataset') rows.push({ label: `第 ${k + 1} 项`, bars: labelled(records, k, []) });
  }
  return rows;
}

/** 第 1 步选 2 → 第 2 步选 1: a role-play path by option number. */
export const pathByNumber = (answers: readonly number[]) => answers.map((option, step) => `第 ${step + 1} 步选 ${option}`).join(' → ') || '没有回复';
