import { EngineError } from '../core/errors';
import { PASS_MARK } from '../core/pass-mark';
import type { ScoreSheet } from './read-score-sheet';

/** The 达成度 from which an objective counts as reached, unless the teacher sets another (0.6: the pass mark). */
export const DEFAULT_ATTAINMENT_TARGET = PASS_MARK / 100;

export interface ObjectiveAttainment {
  readonly objective: number;
  /** Exam points serving this objective on the paper (0: the paper does not test it). */
  readonly examFull: number;
  /** The class's mean exam points on it, and that ÷ examFull (null without exam points). */
  readonly examMean: number | null;
  readonly examRatio: number | null;
  /** Per coursework column: the class's mean ÷ 100. */
  readonly coursework: readonly number[];
  /** The class's 达成度: the mean of its students' (null when nothing measures it). */
  readonly attainment: number | null;
  /** Students below the target, and the lowest and highest 达成度. */
  readonly below: number;
  readonly min: number | null;
  readonly max: number | null;
}

export interface StudentAttainment {
  readonly line: number;
  readonly id: string;
  readonly name: string;
  /** Exam total. */
  readonly examTotal: number;
  /** 达成度 per objective, in `objectives` order (null when nothing measures it). */
  readonly attainment: readonly (number | null)[];
}

export interface CourseAttainment {
  readonly target: number;
  readonly objectives: readonly ObjectiveAttainment[];
  readonly students: readonly StudentAttainment[];
  /** 课程达成度: the lowest objective's 达成度 (null when none is measured). */
  readonly overall: number | null;
  readonly examFull: number;
}

/**
 * 课程目标达成度 from a score sheet (`readScoreSheet`). For objective k and a student:
 * exam part = Σ_c score_c × share_c,k ÷ Σ_c full_c × share_c,k (share_c,k: the part of column c's points serving k);
 * each coursework column's part = its score ÷ 100 (coursework counts for every objective);
 * 达成度 = (examWeight × exam part + Σ_j w_j × coursework part_j) ÷ (examWeight + Σ_j w_j), over the parts that
 * exist (a paper with no question on k, or a coursework column the sheet lacks, drops out of both sums).
 * The class's 达成度 is the mean of its students' (equal to the same formula on the class's mean scores);
 * the course's is its lowest objective's. Students below `target` are counted.
 *
 * Source: 工程教育认证“课程目标达成度评价”的常用算法（平均得分 ÷ 目标分值，按考核环节的权重加权）; `overall` = the
 * minimum, as most evaluation forms take it.
 * @throws EngineError `no-students` when the sheet has no usable row, `invalid-target` unless 0 < target ≤ 1.
 * @example courseAttainment(sheet, 0.6).objectives[0] // { objective: 1, examFull: 40, examMean: 31, examRatio: 0.775, attainment: 0.7825, … }
 */
export function courseAttainment(sheet: ScoreSheet, target: number = DEFAULT_ATTAINMENT_TARGET): CourseAttainment {
  if (!(target > 0 && target <= 1)) throw new EngineError('invalid-target', `达成度期望值须在 0–1 之间，当前为 ${target}(the target must be in (0, 1])`, { target });
  if (sheet.students.length === 0) throw new EngineError('no-students', '成绩表中没有可以计算的学生(no usable student rows)', {});
  const n = sheet.students.length;
  const examFull = sheet.objectives.map((k) => sheet.columns.reduce((sum, c) => sum + c.full * (c.shares[k] ?? 0), 0));

  const students: StudentAttainment[] = sheet.students.map((student) => ({
    line: student.line,
    id: student.id,
    name: student.name,
    examTotal: student.exam.reduce((a, b) => a + b, 0),
    attainment: sheet.objectives.map((k, i) => {
      let weighted = 0;
      let weights = 0;
      if (examFull[i]! > 0) {
        const got = sheet.columns.reduce((sum, c, j) => sum + student.exam[j]! * (c.shares[k] ?? 0), 0);
        weighted += sheet.examWeight * (got / examFull[i]!);
        weights += sheet.examWeight;
      }
      sheet.coursework.forEach((c, j) => {
        weighted += c.weight * (student.coursework[j]! / 100);
        weights += c.weight;
      });
      return weights > 0 ? weighted / weights : null;
    }),
  }));

  const objectives = sheet.objectives.map((k, i) => {
    const values = students.map((s) => s.attainment[i]!).filter((v): v is number => v !== null);
    const examMean = examFull[i]! > 0 ? sheet.students.reduce((sum, s) => sum + sheet.columns.reduce((t, c, j) => t + s.exam[j]! * (c.shares[k] ?? 0), 0), 0) / n : null;
    return {
      objective: k,
      examFull: examFull[i]!,
      examMean,
      examRatio: examMean === null ? null : examMean / examFull[i]!,
      coursework: sheet.coursework.map((_, j) => sheet.students.reduce((sum, s) => sum + s.coursework[j]!, 0) / n / 100),
      attainment: values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null,
      below: values.filter((v) => v < target - 1e-12).length,
      min: values.length > 0 ? Math.min(...values) : null,
      max: values.length > 0 ? Math.max(...values) : null,
    };
  });
  const measured = objectives.map((o) => o.attainment).filter((v): v is number => v !== null);
  return { target, objectives, students, overall: measured.length > 0 ? Math.min(...measured) : null, examFull: sheet.columns.reduce((sum, c) => sum + c.full, 0) };
}
