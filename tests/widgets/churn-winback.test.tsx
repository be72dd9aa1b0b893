// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $progress } from '~/stores/progress';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import ChurnWinback from '~/widgets/churn-winback/ChurnWinback';
import { churnHandlers } from '~/widgets/churn-winback/handlers';
import { settingsFromShared } from '~/widgets/churn-winback/state';
import type { DatasetEntry } from '~/widgets/shared/dataset-picker/manifest';
import { inPageDatasetWorker } from '../helpers/dataset-worker';
import { MemoryStorage } from '../helpers/memory-storage';

const spawn = inPageDatasetWorker(churnHandlers);
const status = () => document.querySelector('.cw-status')?.textContent ?? '';
const rows = (selector: string) => [...document.querySelectorAll(selector)].map((tr) => [...tr.children].map((c) => c.textContent));
const CDNOW: DatasetEntry = { id: 'cdnow-sample', file: 'cdnow-sample.csv', title: 'CDNOW', kind: 'transactions', rows: 6919 };

function open(search: string, manifest: readonly DatasetEntry[] = []) {
  window.history.replaceState({}, '', `/chapters/10-customer-winback/${search}`);
  return render(<ChurnWinback spawnWorker={spawn} manifest={async () => manifest} />);
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
  vi.unstubAllGlobals();
});

describe('ChurnWinback on chapter 10’s 云途电商 example', () => {
  it('uses the chapter’s parameters and reproduces its list: C05 800, C01 600, C02 444, C08 234, C04 112', async () => {
    open('?cw.dataset=ch10-yuntu');
    await waitFor(() => expect(status()).toContain('8 位客户（其中 8 位有重复购买）。使用课本的模型参数：r = 0.243，α = 4.414，a = 0.793，b = 2.426'));
    await waitFor(() => expect(document.querySelectorAll('.cw-table:not(.cw-bands) tbody tr').length).toBeGreaterThan(0));
    // The chapter's table (P(alive) to two decimals, then value × P(alive)); each customer's own T (39 weeks here), weeks silent = 39 − t_x.
    expect(rows('.cw-section:nth-of-type(n) .cw-table:not(.cw-bands) tbody tr').slice(0, 5)).toEqual([
      ['1', 'C05', '8 次', '39.0', '14.0', '2,500.00', '0.32', '800.00', '重点挽回'],
      ['2', 'C01', '20 次', '39.0', '9.0', '3,000.00', '0.20', '600.00', '重点挽回'],
      ['3', 'C02', '4 次', '39.0', '19.0', '1,200.00', '0.37', '444.00', '重点挽回'],
      ['4', 'C08', '2 次', '39.0', '25.0', '600.00', '0.39', '234.00', '重点挽回'],
      ['5', 'C04', '3 次', '39.0', '29.0', '800.00', '0.14', '112.00', '重点挽回'],
    ]);
    expect(rows('.cw-bands tbody tr').map((r) => [r[0], r[2]])).toEqual([['仍活跃', '2'], ['重点挽回', '5'], ['基本流失', '1']]);
    // A summary file has no dates: no inactivity comparison.
    expect(document.body.textContent).toContain('无法按沉默天数判断流失');
  });

  it('moves a customer between bands with the thresholds', async () => {
    open('?cw.dataset=ch10-yuntu');
    await waitFor(() => expect(status()).toContain('使用课本的模型参数'));
    // Lost below 0.15: C04 (0.14) joins C06 in 基本流失.
    fireEvent.change(screen.getByLabelText('P(alive) 低于此值为“基本流失”'), { target: { value: '15' } });
    await waitFor(() => expect(rows('.cw-bands tbody tr').map((r) => r[2])).toEqual(['2', '4', '2']));
    expect($progress.get().chapters['10-customer-winback']?.widgets).toContain('churn-winback');
  });
});

describe('ChurnWinback on the CDNOW sample', () => {
  it('fits Pareto/NBD on the calibration and checks it against the 39-week holdout (cw.model=pnbd, cw.holdout=1)', async () => {
    const csv = readFileSync('public/datasets/cdnow-sample.csv');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(new Blob([csv]).stream(), { status: 200 })));
    open('?cw.model=pnbd&cw.holdout=1', [CDNOW]);
    await waitFor(() => expect(status()).toContain('Pareto/NBD 模型拟合结果'));
    // Fader, Hardie & Shang (2005): r 0.5533, α 10.5776, s 0.6061, β 11.6650 (ln L −9,594.98) on the same calibration.
    expect(status()).toMatch(/r = 0\.553，α = 10\.578，s = 0\.606，β = 11\.66\d（对数似然 −9,595\.0）/);
    await waitFor(() => expect(document.body.textContent).toContain('检验期实际重复购买 1,882 次'));
    // The weekly tracking table: 78 weeks, the last 39 the holdout; its actual column adds up to the holdout's purchases.
    const weekly = [...document.querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent?.startsWith('每周重复购买'));
    const body = [...weekly!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? ''));
    expect(body).toHaveLength(78);
    expect(body.filter((r) => r[3] === '是').reduce((n, r) => n + Number(r[1]!.replace(/,/g, '')), 0)).toBe(1882);
    // Most CDNOW customers bought once: the warning is shown; the list shows each customer's own T.
    expect(document.body.textContent).toContain('的客户只买过一次');
    expect(document.body.textContent).toContain('客户年龄 T（周）');
  });


  it('fits BG/NBD with the paper’s calibration end and reproduces r 0.243, α 4.414, a 0.793, b 2.426', async () => {
    const csv = readFileSync('public/datasets/cdnow-sample.csv');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(new Blob([csv]).stream(), { status: 200 })));
    open('', [CDNOW]);
    await waitFor(() => expect(status()).toContain('BG/NBD 模型拟合结果'));
    // Fader, Hardie & Lee (2005), Table 1: 2,357 customers, r = 0.243, α = 4.414, a = 0.793, b = 2.426, ln L = −9,582.4.
    expect(status()).toContain('2,357 位客户');
    expect(status()).toContain('观察到 1997-09-30');
    expect(status()).toContain('r = 0.243，α = 4.414，a = 0.793，b = 2.426（对数似然 −9,582.4）');
    // The inactivity rule is compared with the model's bands, every customer counted once.
    const table = rows('.cw-section:last-of-type .cw-table tbody tr');
    const total = table.reduce((sum, r) => sum + Number(r[1]!.replace(/,/g, '')) + Number(r[2]!.replace(/,/g, '')), 0);
    expect(total).toBe(2357);
  });
});

describe('the two customers', () => {
  it('shows 老张 0.03 and 小李 0.69 at nine weeks and follows the sliders', async () => {
    open('?cw.dataset=ch10-yuntu');
    const line = await screen.findByText(/^老张已沉默/);
    expect(line.textContent).toBe('老张已沉默 9 周，P(alive) ≈ 0.03；小李已沉默 9 周，P(alive) ≈ 0.69。');
    // 老张 bought last in week 38 instead: silent 1 week. P(alive) = 1/(1 + 0.793/31.426 · (43.414/42.414)^30.243) ≈ 0.9514 (Python 3).
    fireEvent.input(screen.getAllByLabelText('最后一次购买在第几周 t_x')[0]!, { target: { value: '38' } });
    await waitFor(() => expect(screen.getByText(/^老张已沉默/).textContent).toBe('老张已沉默 1 周，P(alive) ≈ 0.95；小李已沉默 9 周，P(alive) ≈ 0.69。'));
  });
});

describe('settingsFromShared', () => {
  it('keeps what is valid and drops the rest', () => {
    expect(settingsFromShared({ unit: 'week', end: '1997-09-30', active: '70', lost: '20', window: '90', params: 'fit' })).toEqual({
      unit: 'week', calibrationEnd: '1997-09-30', activeFrom: 70, lostBelow: 20, windowDays: 90, params: 'fit',
    });
    expect(settingsFromShared({ unit: 'month', end: 'tomorrow', active: '10', lost: '20', window: '-3' })).toEqual({});
    expect(settingsFromShared({ model: 'pnbd', holdout: '1' })).toEqual({ model: 'pnbd', holdout: true });
    expect(settingsFromShared({ model: 'lifetimes', holdout: 'yes' })).toEqual({});
  });
});
