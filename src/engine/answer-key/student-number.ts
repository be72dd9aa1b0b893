/** A student number as typed, checked: the normalised number, or why it cannot be used. */
export type StudentNumberCheck =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly code: 'empty-student-number' | 'invalid-student-number'; readonly message: string };

const MIN_DIGITS = 4;
const MAX_DIGITS = 20;

/**
 * Checks a 学号 typed by a student or an instructor: after Unicode NFKC (full-width ２０２３ becomes 2023)
 * and removing spaces, it must be 4–20 digits. A value, not an exception, because a half-typed number is
 * an expected state of a form; the message (Chinese, English in brackets) says what is wrong.
 *
 * Source: the course's "every student their own data" rule (task e5): student numbers are digits.
 * @throws never.
 * @example validateStudentNumber(' ２０２３ 123456 ') // { ok: true, value: '2023123456' }
 * @example validateStudentNumber('12a4').ok // false: only digits
 */
export function validateStudentNumber(text: string): StudentNumberCheck {
  const value = String(text).normalize('NFKC').replace(/\s+/g, '');
  if (value === '') {
    return { ok: false, code: 'empty-student-number', message: `请输入学号（${MIN_DIGITS}–${MAX_DIGITS} 位数字）(enter a student number of ${MIN_DIGITS}–${MAX_DIGITS} digits)` };
  }
  if (!/^[0-9]+$/.test(value)) {
    return { ok: false, code: 'invalid-student-number', message: `学号只能包含数字，“${value}”中有其他字符(a student number has digits only)` };
  }
  if (value.length < MIN_DIGITS || value.length > MAX_DIGITS) {
    return {
      ok: false,
      code: 'invalid-student-number',
      message: `学号应为 ${MIN_DIGITS}–${MAX_DIGITS} 位数字，“${value}”有 ${value.length} 位(a student number has ${MIN_DIGITS}–${MAX_DIGITS} digits, this one has ${value.length})`,
    };
  }
  return { ok: true, value };
}
