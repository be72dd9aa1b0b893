import type { DrawnPaper } from './draw-paper';

/** Section numerals as a paper prints them: 一、二、… */
export const SECTION_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** One column of exam scores: a question, or a whole section when the sheet keeps one score per section. */
export interface SheetQuestion {
  /** The header of the template (`一1`). */
  readonly header: string;
  /** 1-based position in its section. */
  readonly index: number;
  readonly full: number;
  /** Course objective → share of the column's points serving it (adding up to 1; empty when unknown). */
  readonly shares: Readonly<Record<number, number>>;
}

export interface SheetSection {
  /** 一, 二, … */
  readonly numeral: string;
  /** The section's type (名词解释 …), also accepted as its header. */
  readonly name: string;
  readonly full: number;
  readonly questions: readonly SheetQuestion[];
  /** The section's points per objective, as shares of its total. */
  readonly shares: Readonly<Record<number, number>>;
}

/** A coursework column (平时成绩 …): scored out of 100, counting for every objective. */
export interface SheetCoursework {
  /** The template's header: the plan's item up to its first bracket (平时成绩). */
  readonly header: string;
  /** Other headers meaning it (平时, 平时分). */
  readonly synonyms: readonly string[];
  /** Its weight in the course grade (0.4). */
  readonly weight: number;
}

/** What a score sheet for one paper holds. */
export interface SheetLayout {
  readonly sections: readonly SheetSection[];
  readonly coursework: readonly SheetCoursework[];
  /** The final exam's weight in the course grade (0.6). */
  readonly examWeight: number;
  /** The plan's course objectives, numbered from 1. */
  readonly objectives: readonly number[];
}

function sharesOf(parts: readonly { points: number; objective: number | null }[]): Record<number, number> {
  const total = parts.reduce((sum, p) => sum + p.points, 0);
  const shares: Record<number, number> = {};
  for (const part of parts) if (part.objective !== null && total > 0) shares[part.objective] = (shares[part.objective] ?? 0) + part.points / total;
  return shares;
}

/** The short name of a plan's assessment item: up to its first bracket (平时成绩（考勤、…） → 平时成绩). */
export function assessmentShortName(item: string): string {
  return item.split(/[（(]/)[0]!.trim();
}

/**
 * The score sheet a paper needs: per section one column per question (`一1`, `一2`, …, at the points the paper
 * gives it) with the course objective it serves, and the plan's coursework items (one column each, out of 100).
 * A section's shares are its points per objective over its total, for sheets that keep one score per section.
 *
 * @throws never.
 * @example scoreSheetLayout(paper, (id) => 1, { objectives: [1, 2], examWeight: 0.7, coursework: [{ item: '平时作业及考核', weight: 0.3 }] })
 *   // sections [{ numeral: '一', name: '名词解释', questions: [{ header: '一1', full: 4, shares: { 1: 1 } }, …] }, …],
 *   // coursework [{ header: '平时作业及考核', synonyms: ['平时', '平时成绩', '平时分'], weight: 0.3 }]
 */
export function scoreSheetLayout(
  paper: Pick<DrawnPaper, 'sections'>,
  objectiveOf: (itemId: string) => number | null,
  plan: { readonly objectives: readonly number[]; readonly examWeight: number; readonly coursework: readonly { readonly item: string; readonly weight: number }[] },
): SheetLayout {
  const sections = paper.sections.map((section, s) => {
    const questions = section.items.map((slot, i) => ({
      header: `${SECTION_NUMERALS[s]}${i + 1}`,
      index: i + 1,
      full: slot.points,
      shares: sharesOf([{ points: slot.points, objective: objectiveOf(slot.id) }]),
    }));
    const parts = section.items.map((slot) => ({ points: slot.points, objective: objectiveOf(slot.id) }));
    return { numeral: SECTION_NUMERALS[s]!, name: section.type, full: section.total, questions, shares: sharesOf(parts) };
  });
  const coursework = plan.coursework.map(({ item, weight }) => {
    const header = assessmentShortName(item);
    const synonyms = header.startsWith('平时') ? ['平时', '平时成绩', '平时分'] : header.startsWith('实训') ? ['实训', '实训成绩'] : [];
    return { header, synonyms: synonyms.filter((s) => s !== header), weight };
  });
  return { sections, coursework, examWeight: plan.examWeight, objectives: plan.objectives };
}

/** The header row of the template: 学号, 姓名, every question, every coursework item. */
export function scoreSheetHeaders(layout: SheetLayout): string[] {
  return ['学号', '姓名', ...layout.sections.flatMap((s) => s.questions.map((q) => q.header)), ...layout.coursework.map((c) => c.header)];
}
