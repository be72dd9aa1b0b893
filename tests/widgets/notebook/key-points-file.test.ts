import { describe, expect, it } from 'vitest';
import type { ChapterQuestions } from '~/stores/notebook/markdown';
import { hasMarks, keyPointsFile, readKeyPointsFile, withKeyPoints, withoutKeyPoints } from '~/widgets/notebook/key-points-file';

const chapters: ChapterQuestions[] = [
  { slug: 'a', label: '第一章', href: '/chapters/a/', title: '甲', questions: [{ id: 'q1', text: '问一', keyPoints: ['要点一', '要点二'] }, { id: 'q2', text: '问二' }] },
  { slug: 'b', label: '补充讲义', href: '/supplements/b/', title: '乙', questions: [{ id: 'q1', text: '问三' }] },
];
const mark = { key: 'k', marks: ['covered' as const], updatedAt: '' };

describe('the notebook’s 参考要点 file', () => {
  it('takes every question’s points out of the props and puts them back unchanged', () => {
    const file = keyPointsFile(chapters);
    expect(file).toEqual({ a: { q1: ['要点一', '要点二'] } });
    const lean = withoutKeyPoints(chapters);
    expect(JSON.stringify(lean)).not.toContain('要点');
    expect(withKeyPoints(lean, file)).toEqual(chapters);
    expect(withKeyPoints(lean, {})).toEqual(lean);
  });

  it('is needed only once an answer has been self-marked', () => {
    expect(hasMarks({ marks: {} })).toBe(false);
    expect(hasMarks({ marks: { a: {} } })).toBe(false);
    expect(hasMarks({ marks: { a: { q1: mark } } })).toBe(true);
  });

  it('refuses a file that is not chapters of questions of points', () => {
    expect(readKeyPointsFile({ a: { q1: ['x'] } })).toEqual({ a: { q1: ['x'] } });
    for (const bad of [null, [], { a: [] }, { a: { q1: 'x' } }, { a: { q1: [1] } }]) expect(() => readKeyPointsFile(bad)).toThrow();
  });
});
