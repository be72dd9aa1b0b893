// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { $progress } from '~/stores/progress';
import { cleanStores } from 'nanostores';
import RfmCalculator from '~/widgets/rfm-calculator/RfmCalculator';
import { rfmHandlers } from '~/widgets/rfm-calculator/handlers';
import { inPageDatasetWorker } from '../helpers/dataset-worker';
import { MemoryStorage } from '../helpers/memory-storage';

const spawn = inPageDatasetWorker(rfmHandlers);
const noManifest = async () => [];

function open(search: string) {
  window.history.replaceState({}, '', `/chapters/06-customer-tiering/${search}`);
  document.documentElement.dataset.chapter = '06-customer-tiering';
  return render(<RfmCalculator spawnWorker={spawn} manifest={noManifest} />);
}

const status = () => document.querySelector('.rfm-status')?.textContent ?? '';

beforeEach(() => {
  useTestStorageEngine(new MemoryStorage());
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  cleanStores($progress);
  useTestStorageEngine(undefined);
  vi.restoreAllMocks();
});

describe('RfmCalculator on chapter 6’s ten members', () => {
  it('falls back to the chapter example when no bundled dataset is listed, and shows the chapter’s result', async () => {
    open('');
    await waitFor(() => expect(status()).toContain('统计截止日 2024-07-01 · 10 位客户 · 5 档'));
    expect(status()).toContain('平均得分 R 3.00、F 3.00、M 3.00');
    // The chapter's table: 一般挽留客户 C08, C09, C10; one member in each other class.
    expect(screen.getByRole('button', { name: /一般挽留客户\s*3 位\s*，\s*客户 30.0%/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /重要价值客户\s*1 位\s*，\s*客户 10.0%/ })).toBeTruthy();
  });

  it('reads a segment aloud when it is chosen, with the chapter’s strategy', async () => {
    open('?rfm.dataset=ch06-xianlin');
    const button = await screen.findByRole('button', { name: /一般挽留客户/ });
    fireEvent.click(button);
    const reading = document.getElementById('rfm-reading')!;
    await waitFor(() => expect(reading.textContent).toContain('控制投入：只做低成本的自动化触达，必要时放弃。'));
    expect(reading.textContent).toContain('3 位客户，占全部客户的 30.0%，贡献 16.5% 的消费金额');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect($progress.get().chapters['06-customer-tiering']?.widgets).toContain('rfm-calculator');
  });

  it('recomputes with 3 bins: C09 and C10 become 重要价值客户 (the chapter’s warning note)', async () => {
    open('?rfm.dataset=ch06-xianlin');
    await waitFor(() => expect(status()).toContain('5 档'));
    fireEvent.input(screen.getByRole('slider'), { target: { value: '3' } });
    await waitFor(() => expect(status()).toContain('3 档'));
    expect(status()).toContain('平均得分 R 1.90、F 1.80、M 1.90');
    expect(screen.getByRole('button', { name: /重要价值客户\s*3 位/ })).toBeTruthy();
  });

  it('lists the customers a page at a time, sorted by M (largest first), searchable', async () => {
    open('?rfm.dataset=ch06-xianlin');
    await waitFor(() => expect(document.querySelectorAll('.rfm-customers tbody tr')).toHaveLength(10));
    const first = document.querySelector('.rfm-customers tbody tr')!;
    expect(within(first as HTMLElement).getByRole('rowheader').textContent).toBe('C01');
    fireEvent.click(screen.getByRole('button', { name: /R 天数/ }));
    await waitFor(() => expect(document.querySelector('.rfm-customers tbody tr th')!.textContent).toBe('C05')); // 1 day
    fireEvent.input(screen.getByLabelText('搜索客户、代码或类别'), { target: { value: '333' } });
    await waitFor(() => expect(document.querySelectorAll('.rfm-customers tbody tr')).toHaveLength(2));
    expect(screen.getByText(/找到 2 位 · 共 10 位客户/)).toBeTruthy();
  });

  it('moves the as-of date 30 days later: every R grows by 30, the classes stay', async () => {
    open('?rfm.dataset=ch06-xianlin');
    await waitFor(() => expect(status()).toContain('2024-07-01'));
    fireEvent.click(screen.getByRole('button', { name: '推后 30 天' }));
    await waitFor(() => expect(status()).toContain('统计截止日 2024-07-31'));
    await waitFor(() => expect(document.querySelector('.rfm-customers tbody tr td')!.textContent).toBe('33')); // C01: 3 + 30
    expect(screen.getByRole('button', { name: /一般挽留客户\s*3 位/ })).toBeTruthy();
  });
});

describe('RfmCalculator while a new file is read and scored', () => {
  it('keeps the previous results in place, hidden, and shows the new ones in the same elements (issue 15: no page jump, charts updated)', async () => {
    // The analysis of the uploaded file waits until the test lets it go.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const gated = {
      ...rfmHandlers,
      rfm: async (ctx: Parameters<typeof rfmHandlers.rfm>[0], args: Parameters<typeof rfmHandlers.rfm>[1]) => {
        if (++calls > 1) await gate;
        return rfmHandlers.rfm(ctx, args);
      },
    };
    window.history.replaceState({}, '', '/chapters/06-customer-tiering/?rfm.dataset=ch06-xianlin');
    render(<RfmCalculator spawnWorker={inPageDatasetWorker(gated)} manifest={noManifest} />);
    await waitFor(() => expect(status()).toContain('10 位客户'));
    const analysis = document.querySelector('.rfm-analysis')!;
    expect(analysis.classList.contains('rfm-stale')).toBe(false);

    const file = new File(['customer_id,order_date,revenue\nA,2024-01-05,10\nB,2024-01-06,20\n'], 'two.csv', { type: 'text/csv' });
    fireEvent.change(document.querySelector('.dataset-picker input[type="file"]')!, { target: { files: [file] } });
    await waitFor(() => expect(document.querySelector('.picker-report')?.textContent).toContain('two.csv'));
    await waitFor(() => expect(status()).toBe('正在计算…'));
    // The ten members' results are still there but hidden: not readable, not reachable by keyboard.
    expect(document.querySelector('.rfm-analysis')).toBe(analysis);
    expect(analysis.classList.contains('rfm-stale')).toBe(true);
    expect(document.querySelectorAll('.rfm-customers tbody tr')).toHaveLength(10);

    release();
    await waitFor(() => expect(status()).toContain('2 位客户'));
    await waitFor(() => expect(document.querySelectorAll('.rfm-customers tbody tr')).toHaveLength(2));
    expect(document.querySelector('.rfm-analysis')).toBe(analysis);
    expect(analysis.classList.contains('rfm-stale')).toBe(false);
  });
});

describe('RfmCalculator with an as-of date before the last purchase', () => {
  it('explains it inside the box and recovers with 恢复默认', async () => {
    open('?rfm.dataset=ch06-xianlin&rfm.asof=2024-06-01');
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toContain('分析日期 2024-06-01 早于最后一次购买 2024-06-30'));
    fireEvent.click(screen.getByRole('button', { name: '恢复默认' }));
    await waitFor(() => expect(status()).toContain('统计截止日 2024-07-01'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('RfmCalculator with an uploaded GBK file from Excel', () => {
  it('reads it, lists the skipped rows with line, column and reason, and analyses the good ones', async () => {
    open('?rfm.dataset=ch06-xianlin');
    await waitFor(() => expect(status()).toContain('10 位客户'));
    const bytes = readFileSync(join(process.cwd(), 'tests/fixtures/rfm/members-gbk.csv'));
    const input = document.querySelector('.dataset-picker input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([bytes], 'members-gbk.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(status()).toContain('9 位客户'));
    const report = document.querySelector('.picker-report')!.textContent!;
    expect(report).toContain('21 行数据，17 行可用');
    expect(report).toContain('跳过 4 行');
    expect(report).toContain('GBK/GB18030');
    const issues = [...document.querySelectorAll('.picker-issues tbody tr')].map((tr) => tr.textContent);
    expect(issues).toEqual([
      '第 6 行日期日期不存在：“2024-02-30”',
      '第 11 行消费金额金额为空',
      '第 17 行会员号客户编号为空',
      '第 21 行消费金额无法识别的金额：“五百元”',
    ]);
    expect(status()).toContain('统计截止日 2024-05-01');
  });

  it('takes a file dropped on the picker as well', async () => {
    open('?rfm.dataset=ch06-xianlin');
    await waitFor(() => expect(status()).toContain('10 位客户'));
    const file = new File(['customer_id,order_date,revenue\nA,2024-01-05,10\nB,2024-01-06,20\n'], 'dropped.csv', { type: 'text/csv' });
    fireEvent.drop(document.querySelector('.dataset-picker')!, { dataTransfer: { files: [file] } });
    await waitFor(() => expect(status()).toContain('2 位客户'));
    expect(screen.getByRole('combobox', { name: '数据' }).textContent).toContain('我的文件：dropped.csv');
  });

  it('names rows dated after today or far from the others (a 9999-12-31 placeholder) under the picker', async () => {
    open('?rfm.dataset=ch06-xianlin');
    await waitFor(() => expect(status()).toContain('10 位客户'));
    // A month after today: within 10 years of the file's other dates, so only today (passed in by the widget) flags it.
    const soon = new Date(Date.now() + 31 * 86_400_000);
    const later = `${soon.getFullYear()}-${String(soon.getMonth() + 1).padStart(2, '0')}-${String(soon.getDate()).padStart(2, '0')}`;
    const text = `会员号,日期,消费金额\nA,${soon.getFullYear() - 1}-01-05,10\nB,${soon.getFullYear() - 1}-02-06,20\nC,${later},5\nD,9999-12-31,7\n`;
    const input = document.querySelector('.dataset-picker input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([text], 'dates.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(status()).toContain('4 位客户'));
    const notes = [...document.querySelectorAll('.dataset-picker .picker-note')].map((p) => p.textContent).join('\n');
    expect(notes).toContain('有 2 行的日期可疑：');
    expect(notes).toContain(`第 4 行 ${later}（晚于今天`);
    expect(notes).toContain('第 5 行 9999-12-31（');
  });

  it('shows the engine’s one clear message in the box when a file cannot be used', async () => {
    open('?rfm.dataset=ch06-xianlin');
    await waitFor(() => expect(status()).toContain('10 位客户'));
    const input = document.querySelector('.dataset-picker input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['会员号,备注\nA,x\n'], 'bad.csv', { type: 'text/csv' })] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('缺少必需的列：日期、金额');
    expect(document.querySelector('[data-widget="rfm-calculator"]')).toBeTruthy();
  });
});

describe('RfmCalculator step-by-step mode', () => {
  it('hides C10’s R, F, M until the learner checks an answer', async () => {
    open('?rfm.view=steps&rfm.step=1');
    await screen.findByRole('heading', { name: '第二步：算出每位客户的 R、F、M' });
    // The step list drops the “第二步：” that the heading already says.
    const steps = screen.getByRole('navigation', { name: '讲解步骤' });
    expect(within(steps).getAllByRole('button').map((b) => b.textContent)).toEqual(['1. 看原始记录', '2. 算出每位客户的 R、F、M', '3. 按名次给 R、F、M 打分', '4. 分成八类客户']);
    expect(document.querySelectorAll('.rfm-hidden').length).toBe(30);
    fireEvent.input(screen.getByLabelText('C10 的 R（天）'), { target: { value: '34' } });
    fireEvent.input(screen.getByLabelText('C10 的 F（次）'), { target: { value: '3' } });
    fireEvent.input(screen.getByLabelText('C10 的 M（元）'), { target: { value: '640' } });
    fireEvent.click(screen.getByRole('button', { name: '核对答案' }));
    await screen.findByText('全部正确，做得好！');
    expect(document.querySelectorAll('.rfm-hidden').length).toBe(0);
    expect(screen.getByText('220 + 260 + 240 − 80 = 640')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    await screen.findByRole('heading', { name: '第三步：按名次给 R、F、M 打分' });
    expect(document.querySelectorAll('.rfm-hidden').length).toBeGreaterThan(0);
  });

  it('hides the answers again when the bins change, on the same step', async () => {
    open('?rfm.view=steps&rfm.step=1');
    await screen.findByRole('heading', { name: '第二步：算出每位客户的 R、F、M' });
    fireEvent.input(screen.getByLabelText('C10 的 R（天）'), { target: { value: '34' } });
    fireEvent.input(screen.getByLabelText('C10 的 F（次）'), { target: { value: '3' } });
    fireEvent.input(screen.getByLabelText('C10 的 M（元）'), { target: { value: '640' } });
    fireEvent.click(screen.getByRole('button', { name: '核对答案' }));
    await screen.findByText('全部正确，做得好！');
    expect(document.querySelectorAll('.rfm-hidden').length).toBe(0);
    fireEvent.change(screen.getByLabelText('分档数'), { target: { value: '3' } });
    await waitFor(() => expect(document.querySelectorAll('.rfm-hidden').length).toBe(30));
    expect(screen.getByRole('heading', { name: '第二步：算出每位客户的 R、F、M' })).toBeTruthy();
  });

  it('offers the instructor a reveal button in teacher mode only', async () => {
    open('?rfm.view=steps&rfm.step=3');
    await screen.findByRole('heading', { name: '第四步：分成八类客户' });
    expect(screen.queryByRole('button', { name: /揭晓答案/ })).toBeNull();
    cleanup();
    open('?rfm.view=steps&rfm.step=3&teacher=1');
    fireEvent.click(await screen.findByRole('button', { name: '揭晓答案（教师）' }));
    await screen.findByText('答案已揭晓，见下表。');
    expect(screen.getAllByText('一般挽留客户').length).toBeGreaterThanOrEqual(3);
  });
});
