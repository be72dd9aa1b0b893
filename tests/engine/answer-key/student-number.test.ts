import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateStudentNumber } from '~/engine/answer-key/student-number';

describe('validateStudentNumber', () => {
  it.each([
    ['2023123456', '2023123456'],
    [' 2023 123456 ', '2023123456'],
    ['２０２３１２３４５６', '2023123456'], // full-width digits typed with a Chinese input method
    ['1234', '1234'],
    ['12345678901234567890', '12345678901234567890'],
  ])('%j is the number %s', (text, value) => expect(validateStudentNumber(text)).toEqual({ ok: true, value }));

  it.each([
    ['', 'empty-student-number', '请输入学号'],
    ['   ', 'empty-student-number', '请输入学号'],
    ['123', 'invalid-student-number', '有 3 位'],
    ['123456789012345678901', 'invalid-student-number', '有 21 位'],
    ['2023-123', 'invalid-student-number', '只能包含数字'],
    ['A2023123', 'invalid-student-number', '只能包含数字'],
  ])('%j is refused (%s)', (text, code, words) => {
    const result = validateStudentNumber(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.message).toContain(words);
    expect(result.message).toMatch(/\(.*[a-z].*\)/); // English in brackets
  });

  it('properties: 4–20 digits pass unchanged; anything with another character fails', () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9]{4,20}$/), (digits) => {
      expect(validateStudentNumber(digits)).toEqual({ ok: true, value: digits });
    }));
    fc.assert(fc.property(fc.string({ minLength: 1 }).filter((s) => /[^0-9\s]/.test(s.normalize('NFKC'))), (text) => {
      expect(validateStudentNumber(text).ok).toBe(false);
    }));
  });
});
