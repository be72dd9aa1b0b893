// @vitest-environment happy-dom
import { cleanStores } from 'nanostores';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $progress } from '~/stores/progress';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import Credit5cRater from '~/widgets/credit-5c-rater/Credit5cRater';
import { creditHandlers } from '~/widgets/credit-5c-rater/handlers';
import { fetchFromPublic, inPageDatasetWorker } from '../helpers/dataset-worker';
import { MemoryStorage } from '../helpers/memory-storage';

const spawn = inPageDatasetWorker(creditHandlers);
const manifest = async () => [{ id: 'credit-applications', file: 'credit-applications.csv', title: '经销客户赊销申请（5C 信用评估）', kind: 'applications', rows: 400 }];
const status = () => document.querySelector('.credit-status')?.textContent ?? '';
const rows = (selector: string) => [...document.querySelectorAll(`${selector} tbody tr`)].map((tr) => [...tr.children].map((c) => c.textContent));

function open(search = '') {
  window.history.replaceState({}, '', `/chapters/05-customer-information/${search}`);
  return render(<Credit5cRater spawnWorker={spawn} manifest={manifest} />);
}

beforeEach(() => {
  document.documentElement.dataset.chapter = '05-customer-information';
  useTestStorageEngine(new MemoryStorage());
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.stubGlobal('fetch', fetchFromPublic);
});
afterEach(() => {
  cleanup();
  cleanStores($progress);
  useTestStorageEngine(undefined);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Credit5cRater, one applicant: chapter 5’s example', () => {
  it('opens on 联达建材’s standard and dealer 乙: 71.75 → A, 30 days; the four dealers as in the chapter', async () => {
    open();
    await waitFor(() => expect(status()).toContain('71.75'));
    // By hand (the chapter): 24 + 18.75 + 13 + 9 + 7 = 71.75 → A; A's policy 月结 30 天; 500,000 × 60 % = 300,000.
    expect(status()).toBe('加权总分 71.75 分，评为 A 级；账期 30 天，建议额度 300,000 元。');
    expect(document.querySelector('.credit-formula')!.textContent).toBe('80 × 30% + 75 × 25% + 65 × 20% + 60 × 15% + 70 × 10% = 24 + 18.75 + 13 + 9 + 7 = 71.75');
    expect(rows('.credit-examples')).toEqual([
      ['甲', '92', '88', '85', '80', '85', '87.10', 'AA', '60 天'],
      ['乙', '80', '75', '65', '60', '70', '71.75', 'A', '30 天'],
      ['丙', '70', '68', '55', '50', '65', '63.00', 'B', '15 天'],
      ['丁', '55', '65', '50', '40', '60', '54.75', 'C', '款到发货'],
    ]);
    // Shortfalls 6, 6.25, 7, 6, 3 (by hand): capital pulls 乙 down most, though collateral scores lowest.
    expect(document.querySelector('.credit-reading')!.textContent).toContain('拉低总分最多的是资本：20% × (100 − 65) = 7 分');
    expect(document.querySelector('.credit-reading')!.textContent).toContain('再提高 8.25 分可以升到 AA 级');
  });

  it('loads another dealer and follows a changed score at once', async () => {
    open();
    await waitFor(() => expect(status()).toContain('71.75'));
    fireEvent.click(screen.getByRole('button', { name: '经销商丁' }));
    await waitFor(() => expect($progress.get().chapters['05-customer-information']?.widgets).toContain('credit-5c-rater'));
    await waitFor(() => expect(status()).toBe('加权总分 54.75 分，评为 C 级；不给账期，款到发货，建议额度 0 元。'));
    // 丁's character 55 → 75: + 0.3 × 20 = 6 → 60.75 → B, 15 days, 500,000 × 30 % = 150,000.
    fireEvent.change(screen.getByLabelText('品格 Character'), { target: { value: '75' } });
    await waitFor(() => expect(status()).toBe('加权总分 60.75 分，评为 B 级；账期 15 天，建议额度 150,000 元。'));
    expect(screen.getByRole('button', { name: '经销商丁' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('switches to equal weights: 乙 becomes (80 + 75 + 65 + 60 + 70) / 5 = 70 → A with the default 30-day term', async () => {
    open();
    await waitFor(() => expect(status()).toContain('71.75'));
    fireEvent.change(screen.getByLabelText('标准'), { target: { value: 'equal' } });
    await waitFor(() => expect(status()).toBe('加权总分 70.00 分，评为 A 级；账期 30 天，建议额度 300,000 元。'));
  });

  it('says what is wrong with weights that do not add up to 100 %, and rescales them', async () => {
    open();
    await waitFor(() => expect(status()).toContain('71.75'));
    fireEvent.input(screen.getByLabelText('条件的权重（%）'), { target: { value: '5' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('五项权重合计 95%，还差 5%'));
    await waitFor(() => expect(status()).toBe(''));
    fireEvent.click(screen.getByRole('button', { name: '按比例调整为 100%' }));
    // 30, 25, 20, 15, 5 of 95 → 32, 26, 21, 16, 5 (largest remainders, by hand); 乙: 25.6 + 19.5 + 13.65 + 9.6 + 3.5 = 71.85.
    await waitFor(() => expect(status()).toContain('加权总分 71.85 分'));
    expect((screen.getByLabelText('品格的权重（%）') as HTMLInputElement).value).toBe('32');
  });

  it('moves a grade band: with A from 72, 乙’s 71.75 is only B', async () => {
    open();
    await waitFor(() => expect(status()).toContain('71.75'));
    fireEvent.input(screen.getByLabelText('A 级不低于'), { target: { value: '72' } });
    await waitFor(() => expect(status()).toBe('加权总分 71.75 分，评为 B 级；账期 15 天，建议额度 150,000 元。'));
    fireEvent.input(screen.getByLabelText('A 级不低于'), { target: { value: '85' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('各等级下限必须从高到低严格递减'));
  });

  it('opens a shared standard and scores', async () => {
    open('?credit.preset=chapter&credit.w=40,20,20,10,10&credit.b=90,80,70,60&credit.s=60,60,60,60,60&credit.base=100000');
    // All scores 60 → 60 whatever the weights → B; 100,000 × 30 % = 30,000.
    await waitFor(() => expect(status()).toBe('加权总分 60.00 分，评为 B 级；账期 15 天，建议额度 30,000 元。'));
    expect((screen.getByLabelText('品格的权重（%）') as HTMLInputElement).value).toBe('40');
  });
});

describe('Credit5cRater, batch mode on the bundled 400 applications', () => {
  it('grades them with the chapter’s weights, compares equal weights and says the grades rank the risk', async () => {
    open();
    fireEvent.click(screen.getByRole('tab', { name: '批量评级（赊销申请数据）' }));
    await waitFor(() => expect(status()).toContain('400 份申请'));
    // Independent check: a Python script with exact fractions over the CSV (53 defaults of 400 = 13.25 %).
    expect(status()).toBe('已按当前标准给 400 份申请评级，平均 60.5 分；全部申请的违约率为 13.3%。');
    expect(rows('.credit-distribution')).toEqual([
      ['AAA 级', '≥ 90', '0', '0.0%', '0', '—', '0', '—'],
      ['AA 级', '≥ 80', '30', '7.5%', '0', '0.0%', '22', '0.0%'],
      ['A 级', '≥ 70', '76', '19.0%', '3', '3.9%', '59', '3.4%'],
      ['B 级', '≥ 60', '123', '30.8%', '10', '8.1%', '123', '7.3%'],
      ['C 级', '≥ 0', '171', '42.8%', '40', '23.4%', '196', '21.4%'],
    ]);
    const verdict = document.querySelector('.credit-verdict')!.textContent!;
    expect(verdict).toContain('评级能排序风险：等级越低，违约率越高（AA 级 0.0%，A 级 3.9%，B 级 8.1%，C 级 23.4%）');
    // Means 46.9 and 62.6; AUC 0.773 (chapter weights) and 0.760 (equal), by the same Python script (pair counting).
    expect(verdict).toContain('后来违约的 53 份申请平均 46.9 分，按时还款的 347 份平均 62.6 分');
    expect(verdict).toContain('（AUC）是 0.773（五项等权重时为 0.760）');
  });

  it('re-grades when the weights change, and reads a teacher’s file without outcomes', async () => {
    open();
    fireEvent.click(screen.getByRole('tab', { name: '批量评级（赊销申请数据）' }));
    await waitFor(() => expect(status()).toContain('平均 60.5 分'));
    fireEvent.change(screen.getByLabelText('标准'), { target: { value: 'equal' } });
    // Equal weights: mean 59.147 (Python) → 59.1.
    await waitFor(() => expect(status()).toContain('平均 59.1 分'));
    // A standard that cannot be used: one alert (the standard's), the batch waits with a note.
    fireEvent.input(screen.getByLabelText('资本的权重（%）'), { target: { value: '0' } });
    await waitFor(() => expect(document.querySelector('.credit-panel .credit-hint:last-of-type')!.textContent).toContain('评分标准还不能用'));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    fireEvent.input(screen.getByLabelText('资本的权重（%）'), { target: { value: '20' } });
    await waitFor(() => expect(status()).toContain('平均 59.1 分'));
    const csv = '编号,品格得分,能力得分,资本得分,抵押得分,条件得分\nX1,90,90,90,90,90\nX2,50,50,50,50,abc\nX3,70,70,70,70,70\n';
    fireEvent.change(document.querySelector('.dataset-picker input[type="file"]')!, { target: { files: [new File([csv], 'mine.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(status()).toBe('已按当前标准给 2 份申请评级，平均 80.0 分。这份文件没有“是否违约”的结果，只能看等级分布。'));
    expect(document.querySelector('.picker-issues')!.textContent).toContain('第 3 行');
    expect(rows('.credit-distribution').map((r) => r.slice(0, 3))).toEqual([['AAA 级', '≥ 90', '1'], ['AA 级', '≥ 80', '0'], ['A 级', '≥ 70', '1'], ['B 级', '≥ 60', '0'], ['C 级', '≥ 0', '0']]);
  });
});
