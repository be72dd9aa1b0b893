// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import ClvCalculator from '~/widgets/clv-calculator/ClvCalculator';
import { MemoryStorage } from '../helpers/memory-storage';

function open(search = '') {
  window.history.replaceState({}, '', `/chapters/06-customer-tiering/${search}`);
  return render(<ClvCalculator />);
}
const values = () => [...document.querySelectorAll('.clv-value')].map((p) => p.textContent);
const compare = () => document.querySelector('.clv-compare')!.textContent;

beforeEach(() => {
  useTestStorageEngine(new MemoryStorage());
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  useTestStorageEngine(undefined);
  vi.restoreAllMocks();
});

describe('ClvCalculator reproduces chapter 6’s gym member', () => {
  it('opens on the chapter’s two scenarios: 1,593.07 and 1,900.06 元 over 5 years', () => {
    open();
    expect(values()).toEqual(['方案甲 CLV = 1,593.07 元', '方案乙 CLV = 1,900.06 元']);
    expect(compare()).toContain('方案乙比方案甲多 306.98 元（+19.3%）');
    expect(compare()).toContain('从 80% 到 90%');
    // The chapter's per-year table for 方案甲: 545.45, 396.69, 288.50, 209.82, 152.60.
    const pv = [...document.querySelectorAll('.clv-years')][0]!.querySelectorAll('tbody tr td:nth-child(5)');
    expect([...pv].map((td) => td.textContent)).toEqual(['545.45', '396.69', '288.50', '209.82', '152.60']);
  });

  it('gives 2,000 and 3,000 元 with no horizon, and 1,700 元 with an acquisition cost of 300', async () => {
    open();
    const [noLimitA, noLimitB] = screen.getAllByLabelText('不限年数');
    fireEvent.click(noLimitA!);
    fireEvent.click(noLimitB!);
    await waitFor(() => expect(values()).toEqual(['方案甲 CLV = 2,000.00 元', '方案乙 CLV = 3,000.00 元']));
    expect(compare()).toContain('多 1,000.00 元（+50.0%）');
    fireEvent.input(screen.getAllByLabelText('获取成本 c（元）')[0]!, { target: { value: '300' } });
    await waitFor(() => expect(values()[0]).toBe('方案甲 CLV = 1,700.00 元'));
  });

  it('explains a scenario it cannot compute, in the form’s units, and keeps the other', async () => {
    open();
    fireEvent.click(screen.getAllByLabelText('不限年数')[1]!);
    fireEvent.input(screen.getAllByLabelText('折现率 d（%）')[1]!, { target: { value: '-20' } });
    await waitFor(() => expect(values()[1]).toContain('保留率必须低于 1 + 折现率'));
    expect(values()[0]).toBe('方案甲 CLV = 1,593.07 元');
    expect(screen.getByRole('alert').textContent).toContain('终身价值无限大');
  });

  it('opens the settings of a shared link', () => {
    open('?clv.a.r=70&clv.a.t=inf&clv.b.t=inf');
    // 600 / (1.1 − 0.7) = 1,500 and 600 / 0.2 = 3,000 (by hand).
    expect(values()).toEqual(['方案甲 CLV = 1,500.00 元', '方案乙 CLV = 3,000.00 元']);
  });
});
