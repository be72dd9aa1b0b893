// The class code (班级码) a teacher hands out: entered once by the student, it goes into every result code (提交码)
// so the class board can tell this class's codes from another's. Kept in this browser and in the JSON backup.
import { editStamp } from './storage/dict';
import { persistentAtom } from './storage/persistent';
import { z } from './storage/schema';
import type { VersionedSpec } from './storage/versioned';

export interface ClassCodeData {
  /** As typed; `normalizeClassCode` makes it the form the check uses. */
  readonly classCode: string;
  /** ISO time of the last edit ('' when never filled in). */
  readonly updatedAt: string;
}

export const classCodeSpec: VersionedSpec<ClassCodeData> = {
  key: 'crm-lab:class-code',
  label: '班级码',
  version: 1,
  empty: () => ({ classCode: '', updatedAt: '' }),
  migrations: {},
  schema: z.strictObject({ classCode: z.string(), updatedAt: z.string() }),
  merge: (mine, theirs) => (theirs.updatedAt > mine.updatedAt ? theirs : mine),
};

/** The student's class code. */
export const $classCode = persistentAtom<ClassCodeData>(classCodeSpec);

/** Changes the class code (called as the student types). */
export function setClassCode(classCode: string, now: Date = new Date()): void {
  const current = $classCode.get();
  if (current.classCode === classCode) return;
  $classCode.set({ classCode, updatedAt: editStamp(current.updatedAt, now) });
}
