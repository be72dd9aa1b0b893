// Marking a worksheet against the lab's rubric: each criterion gets a level (优 … 不及格) and a score within that
// level's band; the total is the weighted sum. Pure, for the marking sheet and its tests.
import { toCsv, type CsvColumn } from '../../engine/core/csv-export';
import type { Rubric } from '../../content-schema/rubric-schema';
import type { CriterionMark, LabMark, LevelKey } from '../../stores/lab-marks';

/** The score band of each level (百分制, as the rubric table states) and the score a level starts with. */
export const LEVEL_BANDS: Readonly<Record<LevelKey, { readonly min: number; readonly max: number; readonly start: number }>> = {
  优: { min: 90, max: 100, start: 95 },
  良: { min: 80, max: 89, start: 85 },
  中: { min: 70, max: 79, start: 75 },
  及格: { min: 60, max: 69, start: 65 },
  不及格: { min: 0, max: 59, start: 50 },
};

/** A score kept inside its level's band (a level chosen after a score moves the score into the band). */
export function scoreInBand(level: LevelKey, score: number): number {
  const band = LEVEL_BANDS[level];
  if (!Number.isFinite(score)) return band.start;
  return Math.min(band.max, Math.max(band.min, Math.round(score * 10) / 10));
}

export interface Total {
  /** Σ weight × score, to one decimal; null until every criterion is marked. */
  readonly total: number | null;
  /** Criteria not marked yet. */
  readonly unmarked: readonly string[];
}

export function totalScore(rubric: Rubric, criteria: Readonly<Record<string, CriterionMark>>): Total {
  const unmarked = rubric.filter((c) => !Object.hasOwn(criteria, c.id)).map((c) => c.criterion);
  if (unmarked.length > 0) return { total: null, unmarked };
  const sum = rubric.reduce((acc, c) => acc + c.weight * criteria[c.id]!.score, 0);
  return { total: Math.round(sum * 10) / 10, unmarked };
}

/** The marks of one lab as CSV for a gradebook: 学号, 姓名, 班级, each criterion's level and score, total, comment. */
export function marksToCsv(labTitle: string, rubric: Rubric, marks: readonly LabMark[]): string {
  const columns: CsvColumn<LabMark>[] = [
    { header: '实训', value: () => labTitle },
    { header: '学号', value: (m) => m.student.studentId },
    { header: '姓名', value: (m) => m.student.name },
    { header: '班级', value: (m) => m.student.className },
    ...rubric.flatMap((c): CsvColumn<LabMark>[] => [
      { header: `${c.criterion}（等级）`, value: (m) => m.criteria[c.id]?.level ?? '' },
      { header: `${c.criterion}（得分）`, value: (m) => m.criteria[c.id]?.score ?? null },
    ]),
    { header: '总分', value: (m) => totalScore(rubric, m.criteria).total },
    { header: '评语', value: (m) => m.comment },
  ];
  return toCsv(marks, columns);
}
