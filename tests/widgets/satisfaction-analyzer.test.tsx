// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { $progress } from '~/stores/progress';
import { $settings } from '~/stores/settings';
import SatisfactionAnalyzer from '~/widgets/satisfaction-analyzer/SatisfactionAnalyzer';
import { satisfactionHandlers } from '~/widgets/satisfaction-analyzer/handlers';
import type { DatasetEntry } from '~/widgets/shared/dataset-picker/manifest';
import { fetchFromPublic, inPageDatasetWorker } from '../helpers/dataset-worker';
import { MemoryStorage } from '../helpers/memory-storage';

const spawn = inPageDatasetWorker(satisfactionHandlers);
const manifest = async () => JSON.parse(readFileSync('public/datasets/manifest.json', 'utf8')) as DatasetEntry[];
const status = () => document.querySelector('.sat-status')?.textContent ?? '';
/** The body rows of the first table matching `selector`, as cell texts. */
const rows = (selector: string) => [...(document.querySelector(selector)?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => c.textContent));
const panel = () => document.querySelector('#sat-panel') as HTMLElement;
const cardTexts = () => [...document.querySelectorAll('.sat-card')].map((c) => c.textContent ?? '');

function open(search = '') {
  window.history.replaceState({}, '', `/chapters/08-customer-satisfaction/${search}`);
  document.documentElement.dataset.chapter = '08-customer-satisfaction';
  return render(<SatisfactionAnalyzer spawnWorker={spawn} manifest={manifest} />);
}

const tab = (name: RegExp | string) => fireEvent.click(screen.getByRole('tab', { name }));

beforeEach(() => {
  useTestStorageEngine(new MemoryStorage());
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.stubGlobal('fetch', fetchFromPublic);
});
afterEach(() => {
  cleanup();
  cleanStores($progress, $settings);
  useTestStorageEngine(undefined);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// The course survey's figures were computed independently with Python's csv module (see tests/engine/satisfaction/analyse-survey.test.ts).
describe('SatisfactionAnalyzer on the course’s courier survey', () => {
  it('opens on the bundled survey with CSAT, NPS and the counts behind them', async () => {
    open();
    await waitFor(() => expect(status()).toBe('600 份问卷；17 个题项，分属 5 个维度。'));
    await waitFor(() => expect(cardTexts()).toHaveLength(2));
    const cards = cardTexts();
    expect(cards[0]).toContain('36.5%');
    expect(cards[0]).toContain('打 4 分或 5 分的 213 人 ÷ 有效回答 584 人（另有 16 人未作答，不计入）');
    expect(cards[1]).toContain('−25');
    expect(cards[1]).toContain('推荐者（9–10 分）118 人，占 20.2%；贬损者（0–6 分）264 人，占 45.2%');
    expect(cards[1]).toContain('NPS = 20.2 − 45.2 = −25');
    expect(cards[1]).toContain('贬损者多于推荐者');
    // 1–5 counts 7, 69, 295, 186, 27 (sum 584).
    expect(rows('.sat-table').map((r) => r[1])).toEqual(['7', '69', '295', '186', '27']);
    expect(document.querySelector('.picker-report')!.textContent).toContain('600 份问卷');
  });

  it('filters one customer type; the figures follow', async () => {
    open();
    await waitFor(() => expect(screen.getByLabelText('只看')).toBeTruthy());
    fireEvent.change(screen.getByLabelText('只看'), { target: { value: JSON.stringify(['客户类型', '电商商家']) } });
    await waitFor(() => expect(status()).toBe('只看“客户类型”为“电商商家”的 165 份问卷（共 600 份）；17 个题项，分属 5 个维度。'));
    // 27 promoters, 80 detractors of 158 answers: (27 − 80) / 158 = −33.5.
    await waitFor(() => expect(cardTexts()[1]).toContain('−33.5'));
    expect($progress.get().chapters['08-customer-satisfaction']?.widgets).toContain('satisfaction-analyzer');
  });

  it('IPA: quadrants stay hidden until the learner commits; 可靠性 and 响应性 are 重点改进', async () => {
    open();
    await waitFor(() => expect(status()).toContain('600 份问卷'));
    tab('重要性—绩效');
    await waitFor(() => expect(screen.getByRole('group', { name: /哪些维度落在“重点改进”象限/ })).toBeTruthy());
    expect(panel().textContent).not.toContain('过度投入');
    fireEvent.click(screen.getByRole('checkbox', { name: '可靠性' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: '响应性' }));
    fireEvent.click(await screen.findByRole('button', { name: '提交判断，显示象限' }));
    await waitFor(() => expect(document.querySelector('.sat-feedback')!.textContent).toContain('判断正确。'));
    // The feedback and the table each re-render on their own when the guess is revealed (useStore schedules one
    // render per component): wait for the table too.
    await waitFor(() => expect(rows('#sat-panel .sat-table').map((r) => [r[0], r[3]])).toEqual([
      ['有形性', '过度投入'], ['可靠性', '重点改进'], ['响应性', '重点改进'], ['保证性', '继续保持'], ['移情性', '优先级低'],
    ]));
  });

  it('gaps: reads the paired expectations, then the learner picks what to fix first', async () => {
    open();
    await waitFor(() => expect(status()).toContain('600 份问卷'));
    tab('服务质量差距');
    await waitFor(() => expect(document.querySelector('#sat-panel .sat-table')).toBeTruthy());
    expect(rows('#sat-panel .sat-table').map((r) => [r[0], r[3]])).toEqual([
      ['有形性', '+0.67'], ['可靠性', '−1.60'], ['响应性', '−1.04'], ['保证性', '−0.33'], ['移情性', '−0.48'],
    ]);
    const guess = screen.getByRole('group', { name: '先判断：哪个维度最该优先改进？' });
    expect((within(guess).getByRole('button', { name: '先选一个维度' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(guess).getByRole('radio', { name: '有形性' }));
    fireEvent.click(await within(guess).findByRole('button', { name: '提交判断，显示答案' }));
    await waitFor(() => expect(document.querySelector('.sat-feedback')!.textContent).toContain('再想想。'));
    const feedback = document.querySelector('.sat-feedback')!.textContent!;
    expect(feedback).toContain('再想想。差距最大的是可靠性（−1.60 分）');
    expect(feedback).toContain('你选的有形性差距是 +0.67 分。');
    expect(feedback).toContain('管理者该做什么：兑现承诺');
    // The table marks the largest gap in a render of its own (see the IPA case above).
    await waitFor(() => expect(document.querySelector('.sat-largest th')?.textContent).toBe('可靠性（差距最大）'));
  });

  it('a share link reopens the filter and the tab; the link the widget makes carries them', async () => {
    open('?sat.segcol=%E5%AE%A2%E6%88%B7%E7%B1%BB%E5%9E%8B&sat.seg=%E4%BC%81%E4%B8%9A%E5%AE%A2%E6%88%B7&sat.tab=items&sat.cut=midpoint');
    await waitFor(() => expect(status()).toBe('只看“客户类型”为“企业客户”的 95 份问卷（共 600 份）；17 个题项，分属 5 个维度。'));
    expect(screen.getByRole('tab', { name: '各题得分' }).getAttribute('aria-selected')).toBe('true');
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void copied.push(t) }, configurable: true });
    fireEvent.click(screen.getByRole('button', { name: '复制链接' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    const link = new URL(copied[0]!);
    expect(Object.fromEntries([...link.searchParams].filter(([k]) => k.startsWith('sat.')))).toEqual({
      'sat.tab': 'items', 'sat.dataset': 'satisfaction-survey', 'sat.segcol': '客户类型', 'sat.seg': '企业客户', 'sat.cut': 'midpoint',
    });
    expect(link.hash).toBe('#satisfaction-analyzer');
  });

  it('compares the customer types', async () => {
    open('?sat.tab=segments');
    await waitFor(() => expect(rows('#sat-panel .sat-table').length).toBe(3));
    expect(rows('#sat-panel .sat-table').map((r) => r.slice(0, 4))).toEqual([
      ['个人寄件', '340', '37.3%', '−23.7'],
      ['电商商家', '165', '31.3%', '−33.5'],
      ['企业客户', '95', '42.6%', '−15.2'],
    ]);
  });
});

describe('SatisfactionAnalyzer on chapter 8’s examples', () => {
  it('reproduces NPS 15, CSAT 70 %, the IPA quadrants and the gap table (−0.48, −0.67)', async () => {
    open('?sat.dataset=ch08-examples');
    await waitFor(() => expect(status()).toBe('20 份问卷；没有分项题。重要性—绩效和服务质量差距两页是课本的另外两个例题。'));
    await waitFor(() => expect(cardTexts()).toHaveLength(2));
    const cards = cardTexts();
    expect(cards[0]).toContain('70.0%');
    expect(cards[0]).toContain('打 4 分或 5 分的 14 人 ÷ 有效回答 20 人；平均 3.90 分');
    expect(cards[1]).toContain('+15');
    expect(cards[1]).toContain('NPS = 40.0 − 25.0 = +15.0');

    tab('重要性—绩效');
    fireEvent.click(await screen.findByRole('checkbox', { name: '生鲜品质' }));
    fireEvent.click(await screen.findByRole('button', { name: '提交判断，显示象限' }));
    await waitFor(() => expect(document.querySelector('.sat-feedback')!.textContent).toContain('还不完全对。“重点改进”象限里是：生鲜品质、结账速度。漏选了 结账速度。'));

    tab('服务质量差距');
    await waitFor(() => expect(document.querySelector('#sat-gap-title')).toBeTruthy());
    expect(rows('#sat-panel .sat-table').map((r) => [r[0], r[3], r[4]])).toEqual([
      ['有形性', '−0.20', '0.10'], ['可靠性', '−1.20', '0.35'], ['响应性', '−0.80', '0.25'], ['保证性', '−0.30', '0.15'], ['移情性', '+0.10', '0.15'],
    ]);
    expect(panel().textContent).toContain('各维度差距的简单平均：−0.48；按权重加权平均：−0.67（加权后差距更大');
    expect(screen.queryByText('期望数据')).toBeNull();
  });
});

describe('SatisfactionAnalyzer on a teacher’s own file', () => {
  it('lists the answers it could not use with line and column, and follows a changed column role', async () => {
    open('?sat.dataset=ch08-examples');
    await waitFor(() => expect(status()).toContain('20 份问卷'));
    // Twelve respondents; A2's 44 and A3's x are typos (one in a column is not enough to change what the column is).
    const lines = ['A1,东店,5,4,5,9', 'A2,西店,44,3,4,10', 'A3,东店,4,,2,x'];
    for (let i = 4; i <= 12; i++) lines.push(`A${i},${i % 2 ? '东店' : '西店'},4,3,4,8`);
    const csv = `编号,门店,服务_态度,服务_速度,总体满意度,推荐意愿\n${lines.join('\n')}\n`;
    fireEvent.change(document.querySelector('.dataset-picker input[type="file"]')!, { target: { files: [new File([csv], 'mine.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(status()).toBe('12 份问卷；2 个题项，分属 1 个维度。'));
    await waitFor(() => expect(document.querySelector('.sat-issues')).toBeTruthy());
    expect(document.querySelector('.sat-issues')!.textContent).toContain('有 2 个答案无法使用，已按未作答处理');
    expect(rows('.sat-issues')).toEqual([
      ['第 3 行', '服务_态度', '“44”不在 1–5 之间，按未作答处理'],
      ['第 4 行', '推荐意愿', '无法识别的分数：“x”，按未作答处理'],
    ]);
    tab('各题得分');
    await waitFor(() => expect(document.querySelector('#sat-items-title')).toBeTruthy());
    // 态度: 5, 4 and nine 4s (the 44 is a blank) → 45 / 11 = 4.09, 1 blank; 速度: 4, 3 and nine 3s → 34 / 11 = 3.09.
    expect(rows('#sat-panel .sat-table')).toEqual([
      ['服务', '态度', '4.09', '11', '1'],
      ['服务', '速度', '3.09', '11', '1'],
    ]);
    fireEvent.change(screen.getByLabelText('“服务_速度”的用途'), { target: { value: 'ignore' } });
    await waitFor(() => expect(status()).toBe('12 份问卷；1 个题项，分属 1 个维度。'));
    fireEvent.click(await screen.findByRole('button', { name: '恢复自动判断' }));
    await waitFor(() => expect(status()).toBe('12 份问卷；2 个题项，分属 1 个维度。'));
  });
});

describe('SatisfactionAnalyzer: questionnaire design check', () => {
  it('marks the verdicts after all are given, with the key and better wordings; checks a question of one’s own', async () => {
    open('?sat.tab=design');
    const submit = await screen.findByRole('button', { name: '还有 8 道题没判断' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    // The key, except the on-time question (sound) judged leading: 7 of 8.
    const picks: Record<string, string> = {
      '您对我们的快递价格和服务质量是否满意？': '一题两问',
      '您是否同意我们的服务非常周到？': '诱导性提问',
      '请为快递在承诺时间内送达的情况打分（1 = 很差，5 = 很好）。': '诱导性提问',
      '像您这样的老客户，一定对我们的服务很满意吧？': '诱导性提问',
      '您最近是否经常使用我们的寄件服务？': '用词含糊',
      '您对客服电话的接通速度和客服人员的专业水平满意吗？': '一题两问',
      '难道您不觉得我们的网点环境比别家快递公司好吗？': '诱导性提问',
      '总体来说，您对本公司的服务满意程度如何？（1 = 非常不满意，5 = 非常满意）': '合格',
    };
    for (const [question, verdict] of Object.entries(picks)) {
      fireEvent.click(within(screen.getByRole('group', { name: question })).getByRole('radio', { name: verdict }));
    }
    fireEvent.click(await screen.findByRole('button', { name: '提交，看答案' }));
    await waitFor(() => expect(document.querySelector('.sat-score')!.textContent).toBe('答对 7 / 8 道题。'));
    const onTime = screen.getByRole('group', { name: '请为快递在承诺时间内送达的情况打分（1 = 很差，5 = 很好）。' });
    expect(onTime.querySelector('.sat-mark')!.textContent).toBe('✗ 你选了“诱导性提问”。答案：合格。只问一件事，说法中性，量表两端有说明。');
    expect(screen.getByRole('group', { name: '您是否同意我们的服务非常周到？' }).textContent).toContain('改成：请为快递员的服务态度打分（1 = 很差，5 = 很好）。');

    fireEvent.input(screen.getByLabelText(/写一道你自己设计的满意度题目/), { target: { value: '您对配送速度和包装是否满意？' } });
    const check = screen.getByRole('button', { name: '检查这道题' }) as HTMLButtonElement;
    await waitFor(() => expect(check.disabled).toBe(false));
    fireEvent.click(check);
    await waitFor(() => expect(document.querySelector('.sat-findings')!.textContent).toBe('可能一题两问：用“和”把两件事连在一起问。拆成两道题，每道题只问一件事。'));
  });
});
