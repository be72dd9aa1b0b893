import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateQuizSet, type QuizQuestion, type QuizSet } from '~/engine/quiz';
import { frozen, MULTIPLE, multipleQuestion, NUMBER, QUESTIONS, SINGLE } from './fixtures';

const set = (...questions: QuizQuestion[]): QuizSet => frozen({ id: 'self-check', title: '自测', questions });

describe('validateQuizSet', () => {
  it('finds nothing wrong with a sound set', () => {
    expect(validateQuizSet(set(...QUESTIONS))).toEqual([]);
  });

  it.each([
    ['a repeated question id', set(SINGLE, { ...MULTIPLE, id: 'q1' }), ['questions', 1, 'id'], '题号 q1 重复'],
    ['a repeated option id', set({ ...SINGLE, options: [...SINGLE.options, { id: 'a', text: '再来' }] }), ['questions', 0, 'options', 4, 'id'], '选项 a 重复'],
    ['a single answer that is no option', set({ ...SINGLE, answer: 'x' }), ['questions', 0, 'answer'], '答案 x 不是本题的选项'],
    ['a multiple answer naming no option', set({ ...MULTIPLE, answer: ['a', 'y'] }), ['questions', 0, 'answer', 1], '答案 y 不是本题的选项'],
    ['a multiple answer with no option', set({ ...MULTIPLE, answer: [] }), ['questions', 0, 'answer'], '至少要有一个正确选项'],
    ['a multiple answer repeating an option', set({ ...MULTIPLE, answer: ['a', 'a'] }), ['questions', 0, 'answer'], '有重复的选项'],
    ['a negative tolerance', set({ ...NUMBER, tolerance: -1 }), ['questions', 0, 'tolerance'], '误差范围不能为负'],
    ['a mistake inside the tolerance of the answer', set({ ...NUMBER, mistakes: [{ value: 1667, why: '…' }] }), ['questions', 0, 'mistakes', 0, 'value'], '落在正确答案 1666.67 的误差范围内'],
    ['two mistakes within the tolerance of each other', set({ ...NUMBER, mistakes: [{ value: 2500, why: '…' }, { value: 2500.5, why: '…' }] }), ['questions', 0, 'mistakes', 1, 'value'], '与第 1 个典型错误 2500 相距不超过误差范围'],
  ] as const)('reports %s, with its path', (_, quiz, path, message) => {
    const issues = validateQuizSet(quiz);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(path);
    expect(issues[0]!.message).toContain(message);
    expect(issues[0]!.message).toMatch(/\([a-z].*\)$/);
  });

  it('property: every well-formed multiple-answer question is sound', () => {
    fc.assert(
      fc.property(multipleQuestion, (q) => {
        expect(validateQuizSet(set(q))).toEqual([]);
      }),
    );
  });
});
