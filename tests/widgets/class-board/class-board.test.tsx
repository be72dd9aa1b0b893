// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { encodeResultCode, roleplayCodeAnswers, sorterCodeAnswers, sorterCodeOrder } from '~/engine/result-code';
import { buildDeck } from '~/engine/selection/sorter';
import { bundledCards } from '../../engine/selection/sorter/fixtures';
import { bestPlaythrough } from '~/engine/communication/roleplay';
import type { QuizQuestion } from '~/engine/quiz/types';
import { $classBoard, classBoardSpec } from '~/stores/class-board';
import { $settings } from '~/stores/settings';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import type { BoardCatalogue } from '~/widgets/class-board/catalogue';
import { ClassBoard } from '~/widgets/class-board/ClassBoard';
import { MemoryStorage } from '../../helpers/memory-storage';
import { DOM_WAIT_TIMEOUT } from '../../helpers/timeouts';
import { loadScenarios } from '../../engine/communication/roleplay/load-scenarios';
import { CLASS_CODE, QUIZ_KEY, simulatedClass, studentRecord } from './class-codes';

const option = (id: string, text: string) => ({ id, text });
const QUESTIONS: QuizQuestion[] = [
  { id: 'q1', kind: 'single', prompt: 'RFM 中的 R 指什么？', options: [option('a', '消费金额'), option('b', '最近一次消费'), option('c', '消费频率')], answer: 'b', explanation: 'R 是 Recency。' },
  { id: 'q2', kind: 'single', prompt: 'ABC 分类中 A 类客户的特点是？', options: [option('a', '人数少、价值高'), option('b', '人数多、价值低')], answer: 'a', explanation: '二八法则。' },
] as QuizQuestion[];
const CATALOGUE: BoardCatalogue = { quizzes: [{ key: QUIZ_KEY, title: '第六章 本章自测', questions: QUESTIONS }], scenarios: [], datasets: [] };

beforeEach(() => useTestStorageEngine(new MemoryStorage()));
afterEach(() => {
  vi.unstubAllGlobals();
  cleanup();
  cleanStores($classBoard, $settings);
  useTestStorageEngine(undefined);
});

function setClassCode(code: string) {
  fireEvent.input(screen.getByLabelText('班级码'), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: '保存班级码' }));
}

function paste(text: string) {
  fireEvent.input(screen.getByLabelText('粘贴含提交码的文字（整段聊天记录也可以）'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: '读取提交码' }));
}

describe('ClassBoard', () => {
  it('reads a whole chat: the latest code per student kept, a typo and another class refused with why, the exact tally', () => {
    const simulated = simulatedClass();
    render(<ClassBoard catalogue={CATALOGUE} />);
    setClassCode(' yx2301 ');
    expect($classBoard.get().classCode).toBe(CLASS_CODE);
    paste(simulated.chat);

    expect(screen.getByText(/^找到 32 个提交码/).textContent).toBe('找到 32 个提交码：新增 29 份，更新 1 份（同一学生同一活动只保留最新的一份），已有或较旧 0 份，未收下 2 个。');
    const refused = within(screen.getByRole('table', { name: '未收下的提交码' })).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(refused).toEqual([`${simulated.typo.line}${simulated.typo.code}抄错或被改动（校验不符）`, expect.stringMatching(new RegExp(`^${simulated.otherClass.line}CRM1-[0-9A-Z]+不是本班的提交码（孙小红，学号 20239999）$`))]);

    const kept = $classBoard.get().submissions;
    expect(kept.map((s) => s.record).sort((a, b) => a.studentId.localeCompare(b.studentId))).toEqual([...simulated.kept].sort((a, b) => a.studentId.localeCompare(b.studentId)));
    expect(screen.getByText(/已提交/).textContent).toContain('已提交 29 人');

    // The tally, against counts made here from the kept records.
    const count = (q: number, value: number) => simulated.kept.filter((r) => r.answers[q] === value).length;
    const tally = within(screen.getByRole('list', { name: '作答分布' }));
    expect(tally.getByText(/^第 1 题/).textContent).toBe(`第 1 题：RFM 中的 R 指什么？（答对 ${count(0, 2)} / 29 人）`);
    // By hand: k % 3 = 1 for k = 1, 4, …, 28 (10 students), less 7's mistyped code, plus 12's second try = 10.
    expect(count(0, 2)).toBe(10);
    const bars = (q: number) =>
      within(tally.getAllByRole('listitem').filter((li) => li.classList.contains('cb-tally-row'))[q]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(bars(0)).toEqual(expect.arrayContaining([`最近一次消费${count(0, 2)} 人`, `消费金额${count(0, 1)} 人`, `消费频率${count(0, 3)} 人`]));
    expect(bars(1)).toEqual(expect.arrayContaining([`人数少、价值高${count(1, 1)} 人`, `人数多、价值低${count(1, 2)} 人`]));
    expect(count(1, 1) + count(1, 2)).toBe(29);
  });

  it('refuses codes until there is a class code, and keeps the paste', () => {
    render(<ClassBoard catalogue={CATALOGUE} />);
    paste(simulatedClass().chat);
    expect(screen.getByRole('alert').textContent).toBe('请先填写班级码：提交码要和它核对。');
    expect($classBoard.get().submissions).toEqual([]);
    expect((screen.getByLabelText('粘贴含提交码的文字（整段聊天记录也可以）') as HTMLTextAreaElement).value).not.toBe('');
  });

  it('hides names in projector mode: counts and bars only', async () => {
    const simulated = simulatedClass();
    // Stored by an earlier visit: the board opens with them.
    const storage = new MemoryStorage();
    const stored = { ...classBoardSpec.empty(), classCode: CLASS_CODE, classCodeAt: '2026-03-01T00:00:00.000Z', roster: { entries: simulated.roster, file: '名单.csv', updatedAt: '2026-03-01T00:00:00.000Z' } };
    storage.setItem(classBoardSpec.key, JSON.stringify({ v: 1, data: stored }));
    useTestStorageEngine(storage);
    const { unmount } = render(<ClassBoard catalogue={CATALOGUE} />);
    expect((screen.getByLabelText('班级码') as HTMLInputElement).value).toBe(CLASS_CODE);
    paste(simulated.chat);
    expect(screen.getByText(/^未提交：/).textContent).toBe('未提交：郑同学7');
    unmount();
    $settings.set({ ...$settings.get(), teacher: true, projector: true });
    render(<ClassBoard catalogue={CATALOGUE} />);
    await waitFor(() => expect(screen.queryByText(/^未提交：/)).toBeNull());
    expect(screen.getByText(/已提交/).textContent).toContain('已提交 29 / 30 人，未提交 1 人');
    expect(screen.queryByText('逐人查看（29 份）')).toBeNull();
    expect(document.body.textContent).not.toContain('钱同学2');
  });

  it('counts the roster’s students, and a code from someone not on it apart, so that the counts add up to the class', () => {
    const simulated = simulatedClass();
    const storage = new MemoryStorage();
    const stored = { ...classBoardSpec.empty(), classCode: CLASS_CODE, classCodeAt: '2026-03-01T00:00:00.000Z', roster: { entries: simulated.roster, file: '名单.csv', updatedAt: '2026-03-01T00:00:00.000Z' } };
    storage.setItem(classBoardSpec.key, JSON.stringify({ v: 1, data: stored }));
    useTestStorageEngine(storage);
    render(<ClassBoard catalogue={CATALOGUE} />);
    const guest = encodeResultCode({ ...studentRecord(3, [2, 1]), studentId: '20990001', name: '旁听生' }, CLASS_CODE);
    paste(`${simulated.chat}\n旁听生：${guest}`);
    // 29 of the 30 on the list handed in (7's code was mistyped); the guest is not one of them.
    expect(screen.getByText(/已提交/).textContent).toContain('已提交 29 / 30 人（另有名单外 1 人），未提交 1 人');
    expect(screen.getByText('逐人查看（30 份）')).toBeTruthy();
  });

  it('names each sorter card by its customer and its verdict, from the file the sorter deals from', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => (fetched.push(url), new Response(readFileSync('public/datasets/logistics-customers.csv'))));
    const deck = buildDeck(await bundledCards(), { kind: 'intro', seed: 3 });
    const [first] = sorterCodeOrder(deck);
    const chat = [1, 2].map((k) => encodeResultCode({ ...studentRecord(k, []), ...sorterCodeAnswers(deck, { [first!]: 'good' }), score: null }, CLASS_CODE)).join('\n');
    render(<ClassBoard catalogue={CATALOGUE} />);
    setClassCode(CLASS_CODE);
    paste(chat);
    const tally = await screen.findByRole('list', { name: '作答分布' }, { timeout: DOM_WAIT_TIMEOUT });
    await waitFor(() => expect(within(tally).getAllByText(/^第 \d 张：/)).toHaveLength(8), { timeout: DOM_WAIT_TIMEOUT });
    expect(fetched).toEqual(['/datasets/logistics-customers.csv']);
    const name = deck.cards.find((c) => c.id === first)!.name;
    expect(within(tally).getByText(new RegExp(`^第 1 张：${name}（按利润是(好客户|坏客户|观察)）`))).toBeTruthy();
    expect(tally.textContent).not.toContain('按客户编号');
  });

  describe('role-play paths', () => {
    const [scenario] = loadScenarios().filter((s) => s.id === 'parcel-delay');
    const best = roleplayCodeAnswers(scenario!, bestPlaythrough(scenario!).history.map((turn) => turn.option));
    const chat = [1, 2].map((k) => encodeResultCode({ ...studentRecord(k, best), activity: `complaint-roleplay/${scenario!.id}`, score: null }, CLASS_CODE)).join('\n');
    const catalogue = { ...CATALOGUE, scenarios: [{ id: scenario!.id, title: scenario!.title }] };

    it('shows each reply of a path in words, from the script the role-play loads', async () => {
      const fetched: string[] = [];
      vi.stubGlobal('fetch', async (url: string) => (fetched.push(url), new Response(JSON.stringify(scenario))));
      render(<ClassBoard catalogue={catalogue} />);
      setClassCode(CLASS_CODE);
      paste(chat);
      const tally = await screen.findByRole('list', { name: '作答分布' }, { timeout: DOM_WAIT_TIMEOUT });
      expect(fetched).toEqual(['/scenarios/parcel-delay.json']);
      expect(within(tally).getByText(/^路径 1/).textContent).toMatch(/^路径 1（结局：.+）$/);
      // The first best reply of parcel-delay.yaml, its first sentence.
      expect(tally.querySelector('.cb-steps li')?.textContent).toBe('第 1 步周女士您好，我是客服专员小陈，这件事我来跟进。');
      expect(tally.querySelectorAll('.cb-steps li')).toHaveLength(best.length);
    });

    it('falls back to option numbers, saying why, when the script cannot be loaded', async () => {
      vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
      render(<ClassBoard catalogue={{ ...catalogue, scenarios: [] }} />);
      setClassCode(CLASS_CODE);
      // Another id than the test above, whose script the board keeps once loaded.
      paste([1, 2].map((k) => encodeResultCode({ ...studentRecord(k, [1, 2]), activity: 'complaint-roleplay/telecom-bill', score: null }, CLASS_CODE)).join('\n'));
      await screen.findByText(/^剧本没能载入/, undefined, { timeout: DOM_WAIT_TIMEOUT });
      expect(within(screen.getByRole('list', { name: '作答分布' })).getByText('第 1 步选 1 → 第 2 步选 2').textContent).toBe('第 1 步选 1 → 第 2 步选 2');
    });
  });
});
