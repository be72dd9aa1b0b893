// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shuffleQuizOptions } from '~/engine/quiz';
import type { PageQuiz } from '~/content-schema/quiz-schema';
import { $progress } from '~/stores/progress';
import { $selfCheck } from '~/stores/self-check';
import { $settings } from '~/stores/settings';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import SelfCheck from '~/widgets/self-check/SelfCheck';
import { MemoryStorage } from '../helpers/memory-storage';

const QUIZ: PageQuiz = {
  id: 'self-check',
  title: '本章自测',
  intro: '四道题。',
  key: '06-customer-tiering/self-check',
  widget: 'self-check',
  questions: [
    {
      kind: 'single', id: 'q1', prompt: '哪一类客户最值得挽留？', explanation: '重要挽留客户过去贡献大，值得花力气挽回。', see: '一、关键客户', seeHref: '#一关键客户',
      options: [{ id: 'a', text: '一般发展客户' }, { id: 'b', text: '重要挽留客户', why: '过去贡献大。' }, { id: 'c', text: '一般挽留客户' }],
      answer: 'b',
    },
    {
      kind: 'multiple', id: 'q2', prompt: '哪些是 RFM 的指标？', explanation: '最近一次购买、频率和金额。',
      options: [{ id: 'a', text: '最近一次购买' }, { id: 'b', text: '购买频率' }, { id: 'c', text: '购买金额' }, { id: 'd', text: '客户年龄' }],
      answer: ['a', 'b', 'c'],
    },
    { kind: 'true-false', id: 'q3', prompt: 'RFM 得分越高的客户越一定有利润。', answer: false, explanation: '得分看的是行为，不是利润。' },
    {
      kind: 'number', id: 'q4', prompt: 'CLV 是多少元？', answer: 2000, tolerance: 0.5, unit: '元', explanation: '600 ÷ 0.3 = 2000。',
      mistakes: [{ value: 1800, why: '你多减了一次获客成本。' }],
    },
  ],
};

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
  document.documentElement.dataset.chapter = '06-customer-tiering';
  history.replaceState(null, '', '/chapters/06-customer-tiering/');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  cleanStores($progress, $settings, $selfCheck);
  useTestStorageEngine(undefined);
  vi.restoreAllMocks();
});

const widget = () => document.querySelector<HTMLElement>('[data-widget="self-check"]')!;
const saved = () => JSON.parse(storage.getItem('crm-lab:self-check') ?? 'null')?.data.quizzes[QUIZ.key];
const heading = (name: RegExp) => screen.findByRole('heading', { name });
const submit = () => fireEvent.click(screen.getByRole('button', { name: '提交答案' }));

describe('SelfCheck', () => {
  it('shows one question at a time and nothing of the answer until the learner submits; then the verdict, marks, explanation and link', async () => {
    render(<SelfCheck quiz={QUIZ} />);
    await heading(/第 1 \/ 4 题 · 单选题/);
    expect(widget().dataset.widget).toBe('self-check');
    expect(widget().querySelector('[data-quiz]')!.getAttribute('data-quiz')).toBe('06-customer-tiering/self-check');
    expect(screen.queryByText(/解析：/)).toBeNull();
    expect(screen.queryByText(/过去贡献大/)).toBeNull();
    expect(screen.queryByText('✓ 正确答案')).toBeNull();

    submit();
    expect((await screen.findByRole('alert')).textContent).toBe('请先选择一个选项。');
    fireEvent.click(screen.getByRole('radio', { name: /一般挽留客户/ }));
    submit();
    await heading(/✗ 回答错误，得 0 分（满分 1 分）。/);
    expect(screen.getByText(/重要挽留客户过去贡献大/)).toBeTruthy();
    expect(screen.getByText('过去贡献大。')).toBeTruthy();
    expect(screen.getByText('✓ 正确答案')).toBeTruthy();
    expect(screen.getByText('✗ 你选了（不该选）')).toBeTruthy();
    expect(screen.queryByText('你漏选了')).toBeNull();
    expect(screen.getByRole('link', { name: '回看本章：一、关键客户' }).getAttribute('href')).toBe('#一关键客户');
    expect(screen.queryByRole('radio')).toBeNull();
    // Saved at once, and counted on the course map.
    expect(saved().attempt.responses).toEqual({ q1: { kind: 'single', choice: 'c' } });
    expect($progress.get().chapters['06-customer-tiering']?.widgets).toEqual(['self-check']);
    expect(screen.getByRole('button', { name: '第 1 题：回答错误' })).toBeTruthy();
  });

  it('scores a full round: partial credit on multiple answers, a number typed with its unit, a typical mistake named; total, advice and history', async () => {
    render(<SelfCheck quiz={QUIZ} />);
    await heading(/第 1 \/ 4 题/);
    fireEvent.click(screen.getByRole('radio', { name: /重要挽留客户/ }));
    submit();
    await heading(/✓ 回答正确/);
    fireEvent.click(screen.getByRole('button', { name: '下一题' }));

    await heading(/第 2 \/ 4 题 · 多选题/);
    fireEvent.click(screen.getByRole('checkbox', { name: /最近一次购买/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /购买金额/ }));
    submit();
    // 2 of the 3 right options, none wrong: 2/3 (by hand).
    await heading(/½ 部分正确：选对了 3 个正确选项中的 2 个，没有选错，得 0.67 分（满分 1 分）。/);
    expect(screen.getByText('你漏选了')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下一题' }));

    await heading(/第 3 \/ 4 题 · 判断题/);
    fireEvent.click(screen.getByRole('radio', { name: '错误' }));
    submit();
    await heading(/✓ 回答正确/);
    fireEvent.click(screen.getByRole('button', { name: '下一题' }));

    await heading(/第 4 \/ 4 题 · 计算题/);
    const box = screen.getByLabelText('你的答案（单位：元）');
    fireEvent.input(box, { target: { value: '约两千' } });
    submit();
    expect((await screen.findByRole('alert')).textContent).toContain('“约两千”不是一个数字');
    fireEvent.input(box, { target: { value: '１,８００ 元' } });
    submit();
    await heading(/✗ 回答错误：你多减了一次获客成本。得 0 分/);
    expect(screen.getByText(/你的答案：1,800元/)).toBeTruthy();
    expect(screen.getByText(/正确答案：/).textContent).toContain('2,000元');

    fireEvent.click(screen.getByRole('button', { name: '查看总分' }));
    // 1 + 2/3 + 1 + 0 = 2.67 of 4 = 67 % (by hand).
    await heading(/^总分 2.67 \/ 4（67%）$/);
    expect(screen.getByText(/答对 2 题，部分正确 1 题，答错 1 题。基本掌握/)).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: '每题的结果' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '第 1 题✓ 回答正确1看第 1 题解析',
      '第 2 题½ 部分正确0.67看第 2 题解析',
      '第 3 题✓ 回答正确1看第 3 题解析',
      '第 4 题✗ 回答错误0看第 4 题解析',
    ]);
    expect(saved().history).toHaveLength(1);
    expect(saved().history[0]).toMatchObject({ seed: 1, total: 4 });
    expect(saved().history[0].points).toBeCloseTo(8 / 3, 10);
    expect(screen.getByText('历次成绩（共完成 1 次）')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '重新测一遍（选项重新打乱）' }));
    await heading(/第 1 \/ 4 题 · 单选题/);
    expect(saved().attempt).toMatchObject({ seed: 2, responses: {} });
    expect(saved().history).toHaveLength(1);
    expect(screen.getAllByRole('radio')).toHaveLength(3);
  });

  it('comes back where the learner left off, with the answered questions still explained', async () => {
    storage.setItem('crm-lab:self-check', JSON.stringify({
      v: 1,
      data: { quizzes: { [QUIZ.key]: { attempt: { seed: 5, startedAt: '2025-03-01T08:00:00.000Z', responses: { q1: { kind: 'single', choice: 'b' }, q2: { kind: 'multiple', choices: ['a', 'gone'] } } }, history: [] } } },
    }));
    render(<SelfCheck quiz={QUIZ} />);
    // q2's stored answer names an option that no longer exists: it is ignored, so q2 is the first open question.
    await heading(/第 2 \/ 4 题/);
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: '第 1 题：回答正确' }));
    await heading(/✓ 回答正确/);
  });

  it('shows the options in the attempt’s seeded order (lettered by position), and a stored seed brings the same order back', async () => {
    const letters = () => screen.getAllByRole('radio').map((r) => r.closest('label')!.textContent);
    const expected = (seed: number) => shuffleQuizOptions(QUIZ.questions, seed).q1!.map((id, i) => `${'ABC'[i]}.${QUIZ.questions[0]!.kind === 'single' && QUIZ.questions[0]!.options.find((o) => o.id === id)!.text}`);
    const { unmount } = render(<SelfCheck quiz={QUIZ} />);
    await heading(/第 1 \/ 4 题/);
    expect(letters()).toEqual(expected(1));
    unmount();
    storage.setItem('crm-lab:self-check', JSON.stringify({ v: 1, data: { quizzes: { [QUIZ.key]: { attempt: { seed: 2, startedAt: '', responses: {} }, history: [] } } } }));
    cleanStores($selfCheck);
    render(<SelfCheck quiz={QUIZ} />);
    await heading(/第 1 \/ 4 题/);
    expect(letters()).toEqual(expected(2));
    expect(expected(2)).not.toEqual(expected(1));
  });

  it('teacher mode: the key opens without answering; class mode shows one question big and reveals on demand', async () => {
    history.replaceState(null, '', '/chapters/06-customer-tiering/?teacher=1');
    render(<SelfCheck quiz={QUIZ} />);
    await heading(/第 1 \/ 4 题/);
    const key = screen.getByRole('button', { name: '显示答案（教师）' });
    expect(key.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(key);
    await heading(/^答案与解析$/);
    expect(screen.getByText('✓ 正确答案')).toBeTruthy();
    expect(saved()).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: '课堂模式（一次投影一题）' }));
    await heading(/课堂模式 · 第 1 \/ 4 题 · 单选题/);
    expect(screen.queryByText(/解析：/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '揭晓答案' }));
    await heading(/^答案与解析$/);
    expect(screen.getByText(/解析：/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下一题' }));
    await heading(/课堂模式 · 第 2 \/ 4 题 · 多选题/);
    expect(screen.queryByText(/解析：/)).toBeNull();
    expect(screen.getByText('可选多项。')).toBeTruthy();
    expect($progress.get().chapters['06-customer-tiering']?.widgets).toEqual(['self-check']);
  });

  it('opens what a shared link names: question 3 and, for a teacher, class mode', async () => {
    history.replaceState(null, '', '/chapters/06-customer-tiering/?self-check.seed=9&self-check.q=3');
    const { unmount } = render(<SelfCheck quiz={QUIZ} />);
    await heading(/第 3 \/ 4 题 · 判断题/);
    unmount();
    history.replaceState(null, '', '/chapters/06-customer-tiering/?teacher=1&self-check.q=2&self-check.mode=class');
    render(<SelfCheck quiz={QUIZ} />);
    await heading(/课堂模式 · 第 2 \/ 4 题/);
  });

  it('a link’s class mode is ignored for a learner (not in teacher mode)', async () => {
    history.replaceState(null, '', '/chapters/06-customer-tiering/?self-check.q=2&self-check.mode=class');
    render(<SelfCheck quiz={QUIZ} />);
    await heading(/^第 2 \/ 4 题 · 多选题/);
    expect(screen.queryByRole('button', { name: '揭晓答案' })).toBeNull();
  });

  it('two quizzes on one page keep their own state', async () => {
    const other: PageQuiz = { ...QUIZ, id: 'crm-functions-quiz', title: '这件事由哪个模块完成？', key: '06-customer-tiering/crm-functions-quiz', widget: 'crm-functions-quiz' };
    render(
      <>
        <SelfCheck quiz={QUIZ} />
        <SelfCheck quiz={other} />
      </>,
    );
    await waitFor(() => expect(screen.getAllByRole('heading', { name: /第 1 \/ 4 题/ })).toHaveLength(2));
    const second = within(document.querySelector<HTMLElement>('[data-widget="crm-functions-quiz"]')!);
    fireEvent.click(second.getByRole('radio', { name: /重要挽留客户/ }));
    fireEvent.click(second.getByRole('button', { name: '提交答案' }));
    await second.findByRole('heading', { name: /✓ 回答正确/ });
    expect(within(widget()).queryByText(/回答正确/)).toBeNull();
    const stored = JSON.parse(storage.getItem('crm-lab:self-check')!).data.quizzes;
    expect(Object.keys(stored)).toEqual(['06-customer-tiering/crm-functions-quiz']);
    expect($progress.get().chapters['06-customer-tiering']?.widgets).toEqual(['crm-functions-quiz']);
  });
});
