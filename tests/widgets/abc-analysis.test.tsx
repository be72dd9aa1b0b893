// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import AbcAnalysis from '~/widgets/abc-analysis/AbcAnalysis';
import { abcHandlers } from '~/widgets/abc-analysis/handlers';
import { inPageDatasetWorker } from '../helpers/dataset-worker';
import { MemoryStorage } from '../helpers/memory-storage';

const spawn = inPageDatasetWorker(abcHandlers);
const status = () => document.querySelector('.abc-status')?.textContent ?? '';
const summaryRows = () => [...document.querySelectorAll('.abc-summary tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));

function open(search = '') {
  window.history.replaceState({}, '', `/chapters/06-customer-tiering/${search}`);
  return render(<AbcAnalysis spawnWorker={spawn} manifest={async () => []} />);
}

beforeEach(() => {
  useTestStorageEngine(new MemoryStorage());
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  useTestStorageEngine(undefined);
  vi.restoreAllMocks();
});

describe('AbcAnalysis on chapter 6’s wholesale example', () => {
  it('reproduces the chapter: A 4 customers 790 (79 %), B 2 120 (12 %), C 4 90 (9 %)', async () => {
    open();
    await waitFor(() => expect(status()).toContain('10 位客户，价值合计 1,000'));
    expect(summaryRows()).toEqual([
      ['A 类', '4', '40.0%', '790.00', '79.0%'],
      ['B 类', '2', '20.0%', '120.00', '12.0%'],
      ['C 类', '4', '40.0%', '90.00', '9.0%'],
      ['合计', '10', '100.0%', '1,000.00', '100.0%'],
    ]);
    // The chapter's point about K04: the customers above it add up to 68 %, below 70 %, so it is A.
    expect(document.querySelector('.abc-boundaries')!.textContent).toContain('第 4 名 K04：排在前面的客户累计 68.0%，加上自己 79.0% → A 类');
  });

  it('moves the cut-offs: at 80 % / 95 %, K05 joins A (68 % + 11 % = 79 % before it) and K07 joins B', async () => {
    open();
    await waitFor(() => expect(status()).toContain('10 位客户'));
    fireEvent.change(screen.getByLabelText('A 类分界线（百分数）'), { target: { value: '80' } });
    fireEvent.change(screen.getByLabelText('B 类分界线（百分数）'), { target: { value: '95' } });
    await waitFor(() => expect(status()).toContain('A 类分界线 80%，B 类分界线 95%'));
    // By hand: shares before K05 79 % < 80 % → A; before K06 86 % → B; K07 91 % < 95 % → B; K08 94.5 % → B; K09 97 % → C.
    await waitFor(() => expect(summaryRows()[0]).toEqual(['A 类', '5', '50.0%', '860.00', '86.0%']));
    expect(summaryRows()[1]).toEqual(['B 类', '3', '30.0%', '110.00', '11.0%']);
  });

  it('keeps B at or above A when A is pushed past it', async () => {
    open('?abc.a=70&abc.b=90');
    await waitFor(() => expect(status()).toContain('10 位客户'));
    fireEvent.input(screen.getAllByRole('slider')[0]!, { target: { value: '95' } });
    await waitFor(() => expect(status()).toContain('A 类分界线 95%，B 类分界线 95%'));
  });

  it('lists the customers with the share of those above, and filters by class', async () => {
    open();
    await waitFor(() => expect(document.querySelectorAll('.abc-customers tbody tr')).toHaveLength(10));
    const k04 = [...document.querySelectorAll('.abc-customers tbody tr')][3]!;
    expect([...k04.children].map((c) => c.textContent)).toEqual(['4', 'K04', '110.00', '11.00%', '79.00%', '68.00%', 'A 类']);
    fireEvent.change(screen.getByLabelText('只看一类'), { target: { value: 'C' } });
    await waitFor(() => expect(document.querySelectorAll('.abc-customers tbody tr')).toHaveLength(4));
  });

  it('reads a customer file with a revenue column chosen by the user, reporting skipped rows', async () => {
    open();
    await waitFor(() => expect(status()).toContain('10 位客户'));
    const file = new File(['客户编号,客户名称,年营收(万元)\nKH1,甲,100\nKH2,乙,x\nKH3,丙,50\n'], 'customers.csv', { type: 'text/csv' });
    fireEvent.change(document.querySelector('.dataset-picker input[type="file"]')!, { target: { files: [file] } });
    // '年营收(万元)' is found through the synonym 营收; the row with x is skipped.
    await waitFor(() => expect(status()).toContain('2 位客户，价值合计 150'));
    expect(document.querySelector('.picker-issues')!.textContent).toContain('第 3 行年营收(万元)无法识别的数字：“x”');
  });
});
