// The teacher's marks on the lab worksheets students handed in (the marking sheet on each lab page): per lab, per
// student, the level and score of each rubric criterion, a comment and the total. Kept in the teacher's browser and
// carried in the JSON backup, like a learner's own work.
import { dictOf, editStamp, mergeMaps, newer } from './storage/dict';
import { persistentAtom } from './storage/persistent';
import { kebabId, z } from './storage/schema';
import type { VersionedSpec } from './storage/versioned';

export const LEVEL_KEYS = ['优', '良', '中', '及格', '不及格'] as const;
export type LevelKey = (typeof LEVEL_KEYS)[number];

export interface Student {
  readonly name: string;
  readonly studentId: string;
  readonly className: string;
}

export interface CriterionMark {
  readonly level: LevelKey;
  /** 百分制 score within the level's band. */
  readonly score: number;
}

export interface LabMark {
  readonly student: Student;
  /** Criterion id → mark (criteria not marked yet are absent). */
  readonly criteria: Readonly<Record<string, CriterionMark>>;
  readonly comment: string;
  /** The checksum of the worksheet file marked (a re-submitted file shows as a different one). */
  readonly checksum: string;
  readonly updatedAt: string;
}

/** Lab slug → student key (学号, or 姓名 when there is none) → mark. */
export interface LabMarks {
  readonly labs: Readonly<Record<string, Readonly<Record<string, LabMark>>>>;
}

const studentSchema = z.strictObject({ name: z.string(), studentId: z.string(), className: z.string() });
const markSchema = z.strictObject({
  student: studentSchema,
  criteria: z.record(kebabId, z.strictObject({ level: z.enum(LEVEL_KEYS), score: z.number().check(z.minimum(0), z.maximum(100)) })),
  comment: z.string(),
  checksum: z.string(),
  updatedAt: z.string(),
});
const marksSchema: z.ZodMiniType<LabMarks> = z.strictObject({
  labs: z.record(kebabId, z.record(z.string().check(z.regex(/^[^\s]{1,64}$/), z.refine((key) => !['__proto__', 'constructor', 'prototype'].includes(key))), markSchema)),
});

export const labMarksSpec: VersionedSpec<LabMarks> = {
  key: 'crm-lab:lab-marks',
  label: '实训评分',
  version: 1,
  empty: () => ({ labs: {} }),
  migrations: {},
  schema: marksSchema,
  merge: (mine, theirs) => ({ labs: mergeMaps(mine.labs, theirs.labs, (a, b) => (a && b ? mergeMaps(a, b, newer) : (a ?? b))) }),
};

export const $labMarks = persistentAtom<LabMarks>(labMarksSpec);

/** The key a student's mark is kept under: the 学号, or the name when the file has none. */
export function studentKey(student: Student): string {
  return (student.studentId.trim() || student.name.trim() || '未署名').replace(/\s+/g, '');
}

/** Saves one student's mark for one lab. */
export function saveMark(lab: string, mark: Omit<LabMark, 'updatedAt'>, now: Date = new Date()): void {
  const current = $labMarks.get();
  const students = Object.hasOwn(current.labs, lab) ? current.labs[lab]! : {};
  const key = studentKey(mark.student);
  const before = Object.hasOwn(students, key) ? students[key] : undefined;
  const labs = dictOf(current.labs);
  labs[lab] = { ...dictOf(students), [key]: { ...mark, updatedAt: editStamp(before?.updatedAt, now) } };
  $labMarks.set({ labs });
}
