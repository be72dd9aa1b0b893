// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $progress } from '~/stores/progress';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import CohortRetention from '~/widgets/cohort-retention/CohortRetention';
import { cohortHandlers } from '~/widgets/cohort-retention/handlers';
import { inPageDatasetWorker } from '../helpers/dataset-worker';
import { MemoryStorage } from '../helpers/memory-storage';

const spawn = inPageDatasetWorker(cohortHandlers);
const status = () => document.querySelector('.cr-status')?.textContent ?? '';
const rows = (selector: string) => [...document.querySelectorAll(selector)].map((tr) => [...tr.children].map((c) => c.textContent));

function open(search = '?cr.dataset=ch09-douye') {
  window.history.replaceState({}, '', `/chapters/09-customer-loyalty/${search}`);
  return render(<CohortRetention spawnWorker={spawn} manifest={async () => []} />);
}

beforeEach(() => {
  useTestStorageEngine(new MemoryStorage());
  document.documentElement.dataset.chapter = '09-customer-loyalty';
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  cleanStores($progress);
  useTestStorageEngine(undefined);
  vi.restoreAllMocks();
});

describe('CohortRetention on chapter 9’s 豆叶咖啡 example', () => {
  it('reproduces the chapter’s table, the weighted row and where members are lost', async () => {
    open();
    await waitFor(() => expect(status()).toContain('610 位客户，按首次购买的月份分成 3 批（2024-01 到 2024-03）'));
    // By hand (chapter 9): 110/200 = 55 %, 90/200 = 45 %, 80/200 = 40 %; 150/250 = 60 %, 120/250 = 48 %; 80/160 = 50 %.
    expect(rows('.cr-heat tbody tr')).toEqual([
      ['2024-01', '200', '55.0%', '45.0%', '40.0%'],
      ['2024-02', '250', '60.0%', '48.0%', '无数据'],
      ['2024-03', '160', '50.0%', '无数据', '无数据'],
    ]);
    // 340/610 ≈ 55.7 %, 210/450 ≈ 46.7 %, 80/200 = 40 %.
    expect(rows('.cr-heat tfoot tr')).toEqual([['加权平均', '610', '55.7%', '46.7%', '40.0%']]);
    const findings = document.querySelector('.cr-findings')!.textContent!;
    // 340 of 610 members came back in a later month (55.7 %); the weighted curve loses 44.3 points in the first month.
    expect(findings).toContain('重复购买率 55.7%：340 / 610 位客户购买过 2 次及以上（按购买日计）');
    expect(findings).toContain('流失最集中在第 0 → 1 月：按人数加权，仍在购买的客户从 100.0% 降到 55.7%，少了 44.3 个百分点；其次是第 1 → 2 月（少了 9.1 个百分点）');
  });

  it('draws a chosen cohort’s curve with the month-on-month retention in its table', async () => {
    open();
    await waitFor(() => expect(status()).toContain('610 位客户'));
    const table = () => rows('.chart-table tbody tr');
    // January: 55.0 %, 90 ÷ 110 ≈ 81.8 %, 80 ÷ 90 ≈ 88.9 % (the chapter's figures).
    expect(table()).toEqual([
      ['第 0 月', '100.0%（200 人）', '—', '100.0%'],
      ['第 1 月', '55.0%（110 人）', '55.0%', '55.7%'],
      ['第 2 月', '45.0%（90 人）', '81.8%', '46.7%'],
      ['第 3 月', '40.0%（80 人）', '88.9%', '40.0%'],
    ]);
    fireEvent.change(screen.getByLabelText('选一批客户'), { target: { value: '2024-02' } });
    await waitFor(() => expect(table()[1]).toEqual(['第 1 月', '60.0%（150 人）', '60.0%', '55.7%']));
    expect($progress.get().chapters['09-customer-loyalty']?.widgets).toContain('cohort-retention');
  });

  it('groups by quarter: everyone joined in 2024-Q1', async () => {
    open();
    await waitFor(() => expect(status()).toContain('610 位客户'));
    fireEvent.click(screen.getByLabelText('按季度'));
    await waitFor(() => expect(status()).toContain('分成 1 批（2024-Q1 到 2024-Q1）'));
    // The April purchases are in Q2: 200 + 250 + 160 members, of whom 80 + 120 + 80 = 280 bought in April.
    expect(rows('.cr-heat tbody tr')).toEqual([['2024-Q1', '610', '45.9%']]);
  });

  it('reports a file without purchases inside the widget and keeps the bad rows listed', async () => {
    open();
    await waitFor(() => expect(status()).toContain('610 位客户'));
    const file = new File(['会员号,日期,消费金额\nA,2024-01-05,-10\nB,2024-13-40,5\n'], 'returns.csv', { type: 'text/csv' });
    fireEvent.change(document.querySelector('.dataset-picker input[type="file"]')!, { target: { files: [file] } });
    await waitFor(() => expect(document.querySelector('.cr-error')?.textContent).toContain('数据里没有购买记录'));
    expect(document.querySelector('.picker-issues')!.textContent).toContain('第 3 行');
  });
});
