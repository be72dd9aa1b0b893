// @vitest-environment happy-dom
import { cleanStores } from 'nanostores';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $progress } from '~/stores/progress';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import ErlangCStaffing from '~/widgets/erlang-c-staffing/ErlangCStaffing';
import { erlangHandlers } from '~/widgets/erlang-c-staffing/handlers';
import { fetchFromPublic, inPageDatasetWorker } from '../helpers/dataset-worker';
import { MemoryStorage } from '../helpers/memory-storage';

const spawn = inPageDatasetWorker(erlangHandlers);
const manifest = async () => [{ id: 'call-centre-volumes', file: 'call-centre-volumes.csv', title: '客服中心半小时话务量', kind: 'time-series', rows: 672 }];
const status = () => document.querySelector('.erlang-status')?.textContent ?? '';
const tableRows = () => [...document.querySelectorAll('.erlang-table:not(.erlang-compare) tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
const figures = () => [...document.querySelectorAll('.erlang-figures dd')].map((d) => d.textContent);

function open(search = '') {
  window.history.replaceState({}, '', `/chapters/02-crm-technology/${search}`);
  return render(<ErlangCStaffing spawnWorker={spawn} manifest={manifest} />);
}

beforeEach(() => {
  document.documentElement.dataset.chapter = '02-crm-technology';
  useTestStorageEngine(new MemoryStorage());
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  // The bundled log, served from the repository's public/datasets (the site serves the same file).
  vi.stubGlobal('fetch', fetchFromPublic);
});
afterEach(() => {
  cleanup();
  cleanStores($progress);
  useTestStorageEngine(undefined);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ErlangCStaffing, one interval: chapter 2’s example', () => {
  it('opens on 100 calls / 30 min / 180 s / 80-20 / 30 %: A = 10, 14 agents, 20 staff, and the chapter’s table', async () => {
    open();
    await waitFor(() => expect(status()).toContain('话务强度 10.00 爱尔朗'));
    expect(status()).toBe('话务强度 10.00 爱尔朗；要让 80% 的来电在 20 秒内接起，至少需要 14 个在线座席；考虑 30% 的缩减率，需要排班 20 人。');
    expect(figures()).toEqual(['10.00 爱尔朗', '14 人', '20 人', '88.8%', '7.8 秒', '71.4%']);
    // The chapter's printed table (N = 11 … 16), worked independently with exact fractions (see the fixture note).
    expect(tableRows()).toEqual([
      ['11', '68.2%', '39.0%', '122.8 秒', '90.9%', '未达标'],
      ['12', '44.9%', '64.0%', '40.4 秒', '83.3%', '未达标'],
      ['13', '28.5%', '79.6%', '17.1 秒', '76.9%', '未达标'],
      ['14', '17.4%', '88.8%', '7.8 秒', '71.4%', '达标（最少的人数）'],
      ['15', '10.2%', '94.1%', '3.7 秒', '66.7%', '达标'],
      ['16', '5.7%', '97.1%', '1.7 秒', '62.5%', '达标'],
    ]);
    expect(document.querySelector('canvas')!.getAttribute('aria-label')).toContain('13 个座席时服务水平 79.6%，未达到 80%');
  });

  it('hides the pooling answer until the learner commits a guess, then compares 100 and 200 calls', async () => {
    open();
    await waitFor(() => expect(status()).toContain('14 个在线座席'));
    expect(document.querySelector('.erlang-pool-answer')).toBeNull();
    fireEvent.input(screen.getByLabelText('我的估计（个在线座席）'), { target: { value: '28' } });
    fireEvent.click(await screen.findByRole('button', { name: '提交并看答案' }));
    await waitFor(() => expect(document.querySelector('.erlang-pool-answer')).not.toBeNull());
    const answer = document.querySelector('.erlang-pool-answer')!.textContent!;
    // The chapter: 200 calls need 24 agents, not 28; 35 staff (24 / 0.7 = 34.3 → 35); occupancy 71.4 % → 83.3 %.
    expect(answer).toContain('你估计 28 个，实际需要 24 个（多估了 4 个）');
    expect(answer).toContain('从 14 个增加到 24 个，而不是 28 个（少 4 个）；排班从 20 人增加到 35 人；占用率从 71.4% 升到 83.3%');
  });

  it('follows the inputs at once: 90/20 needs 15 agents; an impossible target says why in the form’s words', async () => {
    open();
    await waitFor(() => expect(status()).toContain('14 个在线座席'));
    fireEvent.input(screen.getByLabelText('服务水平目标（%）'), { target: { value: '90' } });
    await waitFor(() => expect($progress.get().chapters['02-crm-technology']?.widgets).toContain('erlang-c-staffing'));
    // 14 agents give 88.8 % < 90 %, 15 give 94.1 % (the chapter's table): 15, and ceil(15 / 0.7) = ceil(21.43) = 22 staff.
    await waitFor(() => expect(status()).toContain('至少需要 15 个在线座席；考虑 30% 的缩减率，需要排班 22 人'));
    fireEvent.input(screen.getByLabelText('服务水平目标（%）'), { target: { value: '100' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('服务水平目标要在 0% 到 100% 之间'));
    fireEvent.click(screen.getByRole('button', { name: '恢复例题的数字' }));
    await waitFor(() => expect(status()).toContain('至少需要 14 个在线座席'));
  });

  it('opens a shared link’s numbers: 200 calls → 24 agents and 35 staff (the chapter’s extension)', async () => {
    open('?erlang.calls=200');
    await waitFor(() => expect(status()).toContain('话务强度 20.00 爱尔朗'));
    expect(status()).toContain('至少需要 24 个在线座席；考虑 30% 的缩减率，需要排班 35 人');
  });
});

describe('ErlangCStaffing, day planner on the bundled half-hour log', () => {
  it('plans 2024-10-14: 1,861 calls, peak 10:30-11:00 with 138 calls, 21 agents, 30 staff', async () => {
    open();
    fireEvent.click(screen.getByRole('tab', { name: '按天排班（话务量数据）' }));
    await waitFor(() => expect(status()).toContain('2024-10-14 星期一'));
    // Checked with an independent Python script (literal Erlang C formula in log space) on the same CSV rows.
    expect(status()).toBe('2024-10-14 星期一：共 1,861 通来电。高峰在 10:30-11:00，来电 138 通，需要 21 个在线座席、排班 30 人。');
    expect(document.querySelector('.picker-report')!.textContent).toContain('672 个时段');
    const slots = tableRows();
    expect(slots).toHaveLength(24);
    expect(slots[0]).toEqual(['08:00-08:30', '35', '189.0 秒', '3.67', '6', '9', '83.5%']);
    expect(slots[5]).toEqual(['10:30-11:00（高峰）', '138', '219.0 秒', '16.79', '21', '30', '83.4%']);
    // The log's usual peak: the four Mondays 10:30-11:00, 125.25 calls on average, 218.5 s weighted: 19 agents, 28 staff.
    const typical = document.querySelector('[aria-labelledby="erlang-typical-title"]')!.textContent!;
    expect(typical).toContain('星期一 10:30-11:00：4 次记录平均 125.25 通来电，处理时长按来电量加权平均 218.5 秒，需要 19 个在线座席、排班 28 人');
  });

  it('chooses another day and puts its peak into the single-interval calculator', async () => {
    open();
    fireEvent.click(screen.getByRole('tab', { name: '按天排班（话务量数据）' }));
    await waitFor(() => expect(status()).toContain('2024-10-14'));
    const select = screen.getByLabelText('选择一天') as HTMLSelectElement;
    const sunday = [...select.options].find((o) => o.textContent!.startsWith('2024-11-10 星期日'))!;
    fireEvent.change(select, { target: { value: sunday.value } });
    await waitFor(() => expect(status()).toContain('2024-11-10 星期日'));
    fireEvent.click(screen.getByRole('button', { name: '把这天的高峰时段放进“单个时段”计算' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: '单个时段' }).getAttribute('aria-selected')).toBe('true'));
    const calls = (screen.getByLabelText('来电量（通）') as HTMLInputElement).value;
    expect(Number(calls)).toBeGreaterThan(0);
  });

  it('reads a teacher’s own log, skipping a bad row and naming it', async () => {
    open();
    fireEvent.click(screen.getByRole('tab', { name: '按天排班（话务量数据）' }));
    await waitFor(() => expect(status()).toContain('2024-10-14'));
    const csv = '日期,时段,来电量,平均处理时长(秒)\n2024/3/4,09:00-09:30,100,180\n2024/3/4,09:30-10:00,abc,180\n2024/3/4,10:00-10:30,200,180\n';
    fireEvent.change(document.querySelector('.dataset-picker input[type="file"]')!, { target: { files: [new File([csv], 'mine.csv', { type: 'text/csv' })] } });
    // 100 calls → 14 agents / 20 staff; 200 → 24 / 35 (the chapter's two examples).
    await waitFor(() => expect(status()).toBe('2024-03-04 星期一：共 300 通来电。高峰在 10:00-10:30，来电 200 通，需要 24 个在线座席、排班 35 人。'));
    expect(document.querySelector('.picker-issues')!.textContent).toContain('第 3 行');
    expect(document.querySelector('.picker-issues')!.textContent).toContain('无法识别的数字');
  });
});
