// What the ResultCode box needs besides the view: the student's 姓名, 学号 and 班级码 checked, and the code made from
// them and the widget's result (the format is the engine's: src/engine/result-code/).
import { encodeResultCode } from '../../engine/result-code/encode-result-code';
import { validateClassCode } from '../../engine/result-code/class-code';
import type { ResultScore } from '../../engine/result-code/types';
import type { Identity } from '../../stores/identity';
import { attempt, type Outcome } from './outcome';

/** What a widget hands the box: its activity and result (see README, “提交结果”). */
export interface ResultInput {
  /** `06-customer-tiering/self-check`, `customer-sorter/intro` … (kebab-case segments joined by `/`). */
  readonly activity: string;
  /** A whole number that completes the activity (a 随机 deck's seed), else null or left out. */
  readonly variant?: number | null;
  /** One whole number (≥ 0) per question, card or step, in the activity's own order. */
  readonly answers: readonly number[];
  readonly score: ResultScore | null;
  /** When the result was made (ISO); the moment the code is made when left out. */
  readonly takenAt?: string;
}

/** What is still missing before a code can be made, field by field (Chinese). */
export interface MissingDetails {
  readonly name?: string;
  readonly studentId?: string;
  readonly classCode?: string;
}

/** The student's details checked: an empty object when a code can be made. */
export function missingDetails(identity: Identity, classCode: string): MissingDetails {
  const checked = validateClassCode(classCode);
  return {
    ...(identity.name.trim() === '' ? { name: '请填写姓名' } : {}),
    ...(identity.studentId.trim() === '' ? { studentId: '请填写学号' } : {}),
    ...(checked.ok ? {} : { classCode: `${checked.message}。` }),
  };
}

/** The result code for this result and student, or why it cannot be made (Chinese). */
export function makeResultCode(result: ResultInput, identity: Identity, classCode: string, now: Date = new Date()): Outcome<string> {
  return attempt(() =>
    encodeResultCode(
      {
        studentId: identity.studentId,
        name: identity.name,
        activity: result.activity,
        variant: result.variant ?? null,
        answers: result.answers,
        score: result.score,
        takenAt: result.takenAt ?? now.toISOString(),
      },
      classCode,
    ),
  );
}
