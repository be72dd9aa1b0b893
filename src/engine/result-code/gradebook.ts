import { roundTo, toCsv } from '../core/csv-export';
import { scorePercent, type Submission } from './class-submissions';
import type { RosterEntry } from './roster';

/** One activity as a column of the gradebook. */
export interface GradebookActivity {
  readonly activity: string;
  /** The column's heading, e.g. 第六章 本章自测. */
  readonly label: string;
}

export type GradebookCell = string | number | null;

export interface Gradebook {
  readonly header: readonly string[];
  /** One row per student on the list, in list order, then students who submitted without being on it. */
  readonly rows: readonly (readonly GradebookCell[])[];
}

/** Local time of an ISO stamp as 2026-03-02 16:15 (the teacher's time zone: `offsetMinutes` east of UTC). */
export function localMinute(iso: string, offsetMinutes: number): string {
  const d = new Date(Date.parse(iso) + offsetMinutes * 60_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/**
 * The gradebook (成绩册): per student on the class list (then anyone who submitted without being on it, 名单外),
 * 学号, 姓名, whether on the list, how many activities they submitted, and per activity the score in percent
 * (one decimal; empty when not submitted, 已提交 for an activity without a score).
 * @throws never.
 * @example gradebook([{ studentId: '1', name: '张三' }], [zhangSelfCheck6of8], [{ activity: '06-…/self-check', label: '第六章自测' }])
 *   // header ['学号', '姓名', '名单', '提交数', '第六章自测（百分制）'], rows [['1', '张三', '名单内', 1, 75]]
 */
export function gradebook(roster: readonly RosterEntry[], submissions: readonly Submission[], activities: readonly GradebookActivity[]): Gradebook {
  const byStudent = new Map<string, Map<string, Submission>>();
  const names = new Map<string, string>();
  for (const s of submissions) {
    const mine = byStudent.get(s.record.studentId) ?? new Map<string, Submission>();
    mine.set(s.record.activity, s);
    byStudent.set(s.record.studentId, mine);
    names.set(s.record.studentId, s.record.name);
  }
  const listed = new Set(roster.map((r) => r.studentId));
  const others = [...names.keys()].filter((id) => !listed.has(id)).sort().map((studentId) => ({ studentId, name: names.get(studentId)! }));
  const row = (student: RosterEntry, onList: boolean): GradebookCell[] => {
    const mine = byStudent.get(student.studentId);
    return [
      student.studentId,
      student.name,
      onList ? '名单内' : '名单外',
      mine?.size ?? 0,
      ...activities.map(({ activity }) => {
        const s = mine?.get(activity);
        if (!s) return null;
        const percent = scorePercent(s.record);
        return percent === null ? '已提交' : roundTo(percent, 1);
      }),
    ];
  };
  return {
    header: ['学号', '姓名', '名单', '提交数', ...activities.map((a) => `${a.label}（百分制）`)],
    rows: [...roster.map((r) => row(r, true)), ...others.map((r) => row(r, false))],
  };
}

/**
 * Every submission as a row (活动, 学号, 姓名, 得分, 满分, 百分制, 完成时间, 提交码), for the gradebook's second sheet.
 * @throws never.
 */
export function submissionRows(submissions: readonly Submission[], labelOf: (activity: string) => string, offsetMinutes: number): Gradebook {
  return {
    header: ['活动', '学号', '姓名', '得分', '满分', '百分制', '完成时间', '提交码'],
    rows: submissions.map((s) => {
      const { record } = s;
      const percent = scorePercent(record);
      return [labelOf(record.activity), record.studentId, record.name, record.score?.points ?? null, record.score?.max ?? null, percent === null ? null : roundTo(percent, 1), localMinute(record.takenAt, offsetMinutes), s.code];
    }),
  };
}

/** A gradebook table as CSV for Excel (UTF-8 with BOM, CRLF; text that looks like a formula neutralised). */
export function gradebookCsv(book: Gradebook): string {
  return toCsv(book.rows, book.header.map((header, k) => ({ header, value: (row: readonly GradebookCell[]) => row[k] })));
}
