// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $progress } from '~/stores/progress';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import RetentionProjection from '~/widgets/retention-projection/RetentionProjection';
import { settingsFromShared } from '~/widgets/retention-projection/state';
import { MemoryStorage } from '../helpers/memory-storage';

const status = () => document.querySelector('.rp-status')?.textContent ?? '';
const rows = (selector: string) => [...document.querySelectorAll(selector)].map((tr) => [...tr.children].map((c) => c.textContent));

function open(search = '') {
  history.replaceState(null, '', `/chapters/10-customer-winback/${search}`);
  return render(<RetentionProjection />);
}

beforeEach(() => {
  useTestStorageEngine(new MemoryStorage());
  document.documentElement.dataset.chapter = '10-customer-winback';
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  cleanStores($progress);
  useTestStorageEngine(undefined);
  vi.restoreAllMocks();
});

describe('RetentionProjection', () => {
  it('fits the regular cohort’s first 7 years (α 0.704, β 1.182) and judges both projections on years 8–12', async () => {
    open();
    await waitFor(() => expect(status()).toContain('α = 0.704，β = 1.182'));
    const findings = document.querySelector('.rp-findings')!.textContent!;
    // Year 12 (Python 3 from the published α, β): sBG ≈ 170.1; 1000 × 0.631¹² ≈ 4.0; actual 173 (Fader & Hardie, Table 1).
    expect(findings).toContain('第 12 年末：sBG 模型预计约 170 人，保持率不变（每年都按第 1 年的 63.1%）预计约 4 人，实际 173 人。');
    // MAPE over years 8–12: sBG 1.5 %, constant 94 % (Python 3).
    expect(findings).toContain('留作检验的第 8~12 年：sBG 预测与实际平均相差 1.5%，保持率不变的预测平均相差 94.0%');
    expect(rows('.rp-proj tbody tr')[8]![0]).toBe('第 8 年（检验）');
  });

  it('reproduces chapter 10’s example with the published α, β: 627, 474, 388 … and 220, 204, 191 for years 8–10', async () => {
    open('?rp.preset=chapter');
    await waitFor(() => expect(status()).toContain('α = 0.704'));
    // The fixture's 626.723, 473.843, 388.0, 332.095, 292.374, 262.483, 239.051, 220.112, 204.437, 191.216 to one decimal
    // (the chapter rounds them to whole customers: 627, 474, 388, 332, 292, 262, 239, 220, 204, 191).
    expect(rows('.rp-proj tbody tr').map((r) => r[3])).toEqual(['1,000.0', '626.7', '473.8', '388.0', '332.1', '292.4', '262.5', '239.1', '220.1', '204.4', '191.2']);
    expect(status()).toContain('按课本使用论文公布的 α = 0.704，β = 1.182');
    // The chapter's 1,000 × 0.631⁷ ≈ 40 against 241 actual.
    expect(rows('.rp-proj tbody tr')[7]!.slice(1, 3)).toEqual(['241', '92.0%']);
    expect(rows('.rp-proj tbody tr')[7]![5]).toBe('39.8');
  });

  it('shows the CLV each projection implies and follows the margin', async () => {
    open('?rp.preset=chapter');
    await waitFor(() => expect(status()).toContain('α = 0.704'));
    fireEvent.change(screen.getByLabelText('每位客户每年毛利（元）'), { target: { value: '480' } });
    fireEvent.change(screen.getByLabelText('年折现率（%）'), { target: { value: '0' } });
    // With no discount: 480 × (sum of S_0…S_9 ÷ 1000). Constant: Σ 0.631^t, t = 0…9 = (1 − 0.631¹⁰)/(1 − 0.631) ≈ 2.68291 → 1,287.796 (Python 3), shown 1,287.8;
    // sBG: (1000 + 626.72 + 473.84 + 388.00 + 332.10 + 292.37 + 262.48 + 239.05 + 220.11 + 204.44) ÷ 1000 ≈ 4.0391 → 1,938.78 with the
    // published α, β (Python 3); the fitted α, β differ in the 4th decimal.
    await waitFor(() => expect(document.querySelector('.rp-clv')!.textContent).toContain('按保持率不变 1,287.80 元'));
    expect(document.querySelector('.rp-clv')!.textContent).toMatch(/按 sBG 预测 1,93[89]\.\d+ 元/);
    expect($progress.get().chapters['10-customer-winback']?.widgets).toContain('retention-projection');
  });

  it('explains rising retention with the chapter’s two groups: 65.0 %, 74.6 %, 81.8 %', async () => {
    open();
    await waitFor(() => expect(status()).toContain('α ='));
    const mixture = () => rows('.rp-mixture tbody tr');
    expect(mixture()).toEqual([
      ['开始', '500.0', '500.0', '1,000.0', '—'],
      ['第 1 年末', '450.0', '200.0', '650.0', '65.0%'],
      ['第 2 年末', '405.0', '80.0', '485.0', '74.6%'],
      ['第 3 年末', '364.5', '32.0', '396.5', '81.8%'],
    ]);
    fireEvent.change(screen.getByLabelText('摇摆型保持率（%）'), { target: { value: '90' } });
    // Both groups at 90 %: the mix is 90 % every year.
    await waitFor(() => expect(mixture()[3]![4]).toBe('90.0%'));
  });

  it('reports a count that cannot be read, naming the year, inside the widget', async () => {
    open('?rp.preset=chapter');
    await waitFor(() => expect(status()).toContain('α ='));
    fireEvent.change(screen.getByLabelText('第 3 年'), { target: { value: 'abc' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('第 3 年的客户数“abc”不是不小于 0 的数字'));
    fireEvent.change(screen.getByLabelText('第 3 年'), { target: { value: '500' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('第 3 年的客户数（500）比上一年多'));
  });
});

describe('settingsFromShared', () => {
  it('reads custom counts and clamps the calibration; ignores malformed links', () => {
    expect(settingsFromShared({ s: '1000,600,400', fit: '5', h: '8' })).toMatchObject({ preset: 'custom', survivors: ['1000', '600', '400'], calibration: 2, horizon: 8 });
    expect(settingsFromShared({ s: '1000;DROP', d: '9' })).toMatchObject({ preset: 'regular', discount: 0.1 });
  });
});
