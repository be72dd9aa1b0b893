import { describe, expect, it } from 'vitest';
import { blueprintProblems, blueprintTotal } from '~/engine/exam';
import { BLUEPRINT } from './fixtures';

describe('blueprintProblems', () => {
  it('finds nothing wrong with a blueprint of 100 points', () => {
    expect(blueprintTotal(BLUEPRINT)).toBe(100);
    expect(blueprintProblems(BLUEPRINT)).toEqual([]);
  });

  it.each([
    ['a total other than 100', { ...BLUEPRINT, sections: BLUEPRINT.sections.slice(1) }, '各题型合计 84 分，试卷总分须为 100 分。'],
    ['a type twice', { ...BLUEPRINT, sections: [...BLUEPRINT.sections, { type: '单选', count: 0, points: 1 }] }, '“单选”列了两次。'],
    ['a count that is not whole', { ...BLUEPRINT, sections: [{ type: '单选', count: 2.5, points: 40 }] }, '单选的题量须为正整数。'],
    ['difficulty shares not adding up', { ...BLUEPRINT, difficulty: { 易: 30, 中: 30, 难: 30 } }, '难度比例合计 90%，须为 100%。'],
    ['no chapter', { ...BLUEPRINT, chapters: { a: 0 } }, '至少选择一章。'],
    ['no time', { ...BLUEPRINT, duration: 0 }, '考试时长须大于 0 分钟。'],
    ['objective shares not adding up', { ...BLUEPRINT, objectives: { 1: 50, 2: 40 } }, '课程目标比例合计 90%，须为 100%。'],
  ] as const)('names %s', (_, blueprint, problem) => {
    expect(blueprintProblems(blueprint)).toContain(problem);
  });
});
