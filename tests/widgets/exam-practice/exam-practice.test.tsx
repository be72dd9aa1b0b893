// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $examPractice } from '~/stores/exam-practice';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { $bank } from '~/widgets/shared/exam-bank';
import ExamPractice from '~/widgets/exam-practice/ExamPractice';
import { makeBank } from '../../engine/exam/fixtures';
import { MemoryStorage } from '../../helpers/memory-storage';

const BANK = makeBank(['01-one'], { 判断: 3, 简答: 1 });
const CHAPTERS = [{ slug: '01-one', label: '第一章', title: '理念', prefix: '01', items: BANK.length }];
let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ chapter: '01-one', items: BANK }))));
});
afterEach(() => {
  cleanup();
  cleanStores($examPractice, $bank);
  useTestStorageEngine(undefined);
  vi.unstubAllGlobals();
});

const stored = () => JSON.parse(storage.getItem('crm-lab:exam-practice') ?? 'null')?.data;
const widget = () => screen.getByRole('region', { name: '题库练习' });

/** Answers the 判断 on screen (item `n` of the set): wrongly when `wrong`, reading the key from the bank. */
async function judge(wrong: boolean, n = 1) {
  const heading = await screen.findByRole('heading', { level: 4, name: new RegExp(`第 ${n} / \\d+ 题 · 判断`) });
  const item = BANK.find((i) => i.type === '判断' && screen.queryByText(i.stem) !== null) as Extract<(typeof BANK)[number], { type: '判断' }>;
  expect(heading).toBeTruthy();
  fireEvent.click(screen.getByRole('radio', { name: item.answer !== wrong ? '正确' : '错误' }));
  fireEvent.click(screen.getByRole('button', { name: '提交答案' }));
  await screen.findByText(wrong ? /✗ 回答错误/ : /✓ 回答正确/);
  return item;
}

describe('exam practice', () => {
  it('draws a set by type, scores at once, keeps a wrong answer in the 错题本 across a reload until answered right twice', async () => {
    render(<ExamPractice chapters={CHAPTERS} />);
    const types = screen.getByRole('group', { name: '题型' });
    for (const box of within(types).getAllByRole('checkbox')) if ((box.parentElement?.textContent ?? '') !== '判断') fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: '开始练习' }));
    const missed = await judge(true);
    expect(stored().wrongBook[missed.id]).toMatchObject({ wrongCount: 1, streak: 0, clearedAt: null });
    fireEvent.click(screen.getByRole('button', { name: '下一题' }));
    await judge(false, 2);
    fireEvent.click(screen.getByRole('button', { name: '下一题' }));
    await judge(false, 3);
    fireEvent.click(await screen.findByRole('button', { name: '完成练习' }));
    expect(await screen.findByRole('heading', { name: /本组练习完成：得 2 \/ 3 分/ })).toBeTruthy();
    expect(stored().history).toHaveLength(1);

    cleanup();
    cleanStores($examPractice);
    render(<ExamPractice chapters={CHAPTERS} />);
    fireEvent.click(await screen.findByRole('tab', { name: '错题本（1）' }));
    expect(await within(widget()).findByText(/答错 1 次，还需连续答对 2 次/)).toBeTruthy();
    for (const round of [1, 2]) {
      fireEvent.click(await screen.findByRole('button', { name: /练习错题本/ }));
      await judge(false);
      fireEvent.click(await screen.findByRole('button', { name: '完成练习' }));
      fireEvent.click(await screen.findByRole('button', { name: '再练一组' }));
      fireEvent.click(await screen.findByRole('tab', { name: /错题本/ }));
      if (round === 1) expect(await screen.findByText(/还需连续答对 1 次/)).toBeTruthy();
    }
    expect(await screen.findByText(/之前的 1 道错题都已连续答对两次/)).toBeTruthy();
  });

  it('self-marks a subjective item against its 评分要点 only after an answer is written', async () => {
    render(<ExamPractice chapters={CHAPTERS} />);
    const types = screen.getByRole('group', { name: '题型' });
    for (const box of within(types).getAllByRole('checkbox')) if ((box.parentElement?.textContent ?? '') !== '简答') fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: '开始练习' }));
    const reveal = await screen.findByRole('button', { name: '对照评分要点' });
    expect((reveal as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('你的答案'), { target: { value: '我的答案写了要点一' } });
    await waitFor(() => expect((screen.getByRole('button', { name: '对照评分要点' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: '对照评分要点' }));
    fireEvent.click(within(await screen.findByRole('group', { name: /说出要点一（3 分）/ })).getByRole('radio', { name: '已覆盖' }));
    await waitFor(() => expect((within(screen.getByRole('group', { name: /说出要点一/ })).getByRole('radio', { name: '已覆盖' }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(within(screen.getByRole('group', { name: /说出要点二（3 分）/ })).getByRole('radio', { name: '没写到' }));
    await waitFor(() => expect((screen.getByRole('button', { name: '确认自评' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: '确认自评' }));
    expect(await screen.findByText(/自评得 3 分（满分 6 分）/)).toBeTruthy();
    const id = BANK.find((i) => i.type === '简答')!.id;
    expect(stored().wrongBook[id]).toMatchObject({ wrongCount: 1 });
    expect((screen.getByLabelText('你的答案') as HTMLTextAreaElement).readOnly).toBe(true);
  });
});
