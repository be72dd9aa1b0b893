import { describe, expect, it } from 'vitest';
import { chapterStatus, nextStep, planProgress, progressLine, type ChapterCounts, type ChapterState } from '~/scripts/course-map-model';

const counts: ChapterCounts[] = ['01', '02', '03', '07'].map((slug) => ({ slug, questions: 4, widgets: slug === '07' ? 2 : 0 }));
const opened = (answered = 0, widgetsUsed = 0): ChapterState => ({ visited: true, answered, widgetsUsed });

describe('chapterStatus', () => {
  it.each([
    [undefined, 'todo'],
    [{ visited: false, answered: 1, widgetsUsed: 0 }, 'started'],
    [opened(3), 'started'],
    [opened(4), 'done'],
  ] as const)('%o → %s', (state, status) => {
    expect(chapterStatus(state, { questions: 4 })).toBe(status);
  });
});

describe('nextStep', () => {
  const order = ['01', '02', '03', '07'];
  it('starts at the plan’s first chapter on a first visit', () => {
    expect(nextStep(order, {}, counts)).toEqual({ slug: '01', resume: false });
    expect(nextStep(['01', '07', '03'], {}, counts)).toEqual({ slug: '01', resume: false });
  });

  it('then goes on to the first chapter of the plan not opened yet, in the plan’s order', () => {
    expect(nextStep(order, { '01': opened(1) }, counts)).toEqual({ slug: '02', resume: true });
    // The logistics plan teaches chapter 7 second.
    expect(nextStep(['01', '07', '03'], { '01': opened(4) }, counts)).toEqual({ slug: '07', resume: true });
    expect(nextStep(order, { '01': opened(), '03': opened() }, counts)).toEqual({ slug: '02', resume: true });
  });

  it('once every chapter is opened, the first with questions left; null when all are done', () => {
    const states = { '01': opened(4), '02': opened(2), '03': opened(4), '07': opened(4) };
    expect(nextStep(order, states, counts)).toEqual({ slug: '02', resume: true });
    expect(nextStep(order, { ...states, '02': opened(4) }, counts)).toBeNull();
  });

  it('counts progress outside the plan as a start', () => {
    expect(nextStep(['02', '03'], { '07': opened() }, counts)).toEqual({ slug: '02', resume: true });
  });
});

describe('progressLine and planProgress', () => {
  it('says nothing before the chapter was touched, then what was done', () => {
    expect(progressLine(undefined, counts[0]!)).toBe('');
    expect(progressLine(opened(1), counts[0]!)).toBe('已学习 · 思考题 1/4');
    expect(progressLine(opened(4, 5), counts[3]!)).toBe('已学习 · 思考题 4/4 · 互动练习 2/2');
    expect(progressLine({ visited: false, answered: 2, widgetsUsed: 0 }, counts[1]!)).toBe('未打开 · 思考题 2/4');
  });

  it('sums the plan’s chapters only: 2 of 3 opened, 5 of 12 questions', () => {
    expect(planProgress(['01', '02', '03'], {}, counts)).toBe('本计划 3 章，还没有开始。学习进度只保存在这台设备上。');
    expect(planProgress(['01', '02', '03'], { '01': opened(4), '03': opened(1), '07': opened(4) }, counts)).toBe('本计划 3 章，已学习 2 章，思考题已答 5/12。');
  });
});
