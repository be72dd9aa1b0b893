// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $progress } from '~/stores/progress';
import { $settings } from '~/stores/settings';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import CustomerSorter from '~/widgets/customer-sorter/CustomerSorter';
import { MemoryStorage } from '../helpers/memory-storage';

const CSV = readFileSync('public/datasets/logistics-customers.csv');

function serveCsv(status = 200) {
  return vi.fn(async () => new Response(status === 200 ? new Blob([CSV]).stream() : null, { status }));
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
  document.documentElement.dataset.chapter = '03-customer-selection';
  vi.stubGlobal('fetch', serveCsv());
  history.replaceState(null, '', '/chapters/03-customer-selection/');
});
afterEach(() => {
  cleanup();
  cleanStores($progress, $settings);
  useTestStorageEngine(undefined);
  vi.unstubAllGlobals();
});

const deckButtons = () => screen.queryAllByRole('button', { name: /^判为(好|坏)客户：/ });

describe('CustomerSorter', () => {
  it('deals the 入门 deck; a deck sorted with the card buttons is scored and explained, and counts as used', async () => {
    render(<CustomerSorter />);
    expect(screen.getByText('正在载入客户档案……')).toBeTruthy();
    await screen.findByRole('heading', { name: /待分类\s*（8 张）/ });
    // No verdict on the table before the commit.
    expect(screen.queryByText(/模型结论/)).toBeNull();
    for (let i = 0; i < 8; i++) {
      fireEvent.click(screen.getByRole('button', { name: i % 2 ? /^判为坏客户：/ : /^判为好客户：/ }));
      await screen.findByRole('heading', { name: new RegExp(`待分类\\s*（${7 - i} 张）`) });
    }
    expect(deckButtons()).toHaveLength(0);
    expect(screen.getByRole('heading', { name: /好客户\s*（4 张）/ })).toBeTruthy();
    const submit = screen.getByRole('button', { name: '提交判断，翻开卡片' });
    expect((submit as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(submit);
    const headline = await screen.findByRole('heading', { name: /^得分 \d+(\.5)? \/ 8：/ });
    expect(headline).toBeTruthy();
    expect(screen.getAllByText(/模型结论：/)).toHaveLength(8);
    expect(screen.getByRole('figure', { name: /按营收排 vs 按利润排/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /回到本章“好客户”与“坏客户”的标准/ }).getAttribute('href')).toBe('#第二节-好客户与坏客户');
    expect($progress.get().chapters['03-customer-selection']?.widgets).toEqual(['customer-sorter']);

    fireEvent.click(screen.getByRole('button', { name: '再来一次' }));
    await screen.findByRole('heading', { name: /待分类\s*（8 张）/ });
  });

  it('keys on a card: G and ← to 好客户, B and → to 坏客户, U back; the live region says where it went', async () => {
    render(<CustomerSorter />);
    await screen.findByRole('heading', { name: /待分类\s*（8 张）/ });
    const card = () => document.querySelector<HTMLElement>('.cs-deck .cs-card')!;
    expect(card().tabIndex).toBe(0); // a Tab stop: the keys below are documented “on the card”
    const first = card().querySelector('h5')!.textContent!;
    const live = document.querySelector('.cs [role="status"][aria-live="polite"]')!;
    const said = (text: string) => waitFor(() => expect(live.textContent).toBe(text));
    fireEvent.keyDown(card(), { key: 'g' });
    await said(`“${first}”放入“好客户”一栏。已分类 1 / 8 张。`);
    const second = card().querySelector('h5')!.textContent!;
    expect(second).not.toBe(first);
    fireEvent.keyDown(card(), { key: 'ArrowRight' });
    await said(`“${second}”放入“坏客户”一栏。已分类 2 / 8 张。`);
    fireEvent.keyDown(screen.getByText(second, { selector: '.cs-chip strong' }).closest('li')!, { key: 'G' });
    await said(`“${second}”移到“好客户”一栏。`);
    fireEvent.keyDown(screen.getByText(second, { selector: '.cs-chip strong' }).closest('li')!, { key: 'u' });
    await said(`“${second}”放回待分类。`);
    expect(card().querySelector('h5')!.textContent).toBe(second);
    // The focus follows the card, so the next key press acts on it.
    await waitFor(() => expect(document.activeElement).toBe(card()));
  });

  it('two sorters on one page keep their own decks and piles', async () => {
    render(
      <>
        <CustomerSorter />
        <CustomerSorter />
      </>,
    );
    await waitFor(() => expect(screen.getAllByRole('heading', { name: /待分类\s*（8 张）/ })).toHaveLength(2));
    const [first, second] = [...document.querySelectorAll<HTMLElement>('.cs')];
    const piles = (root: HTMLElement) => [...root.querySelectorAll('h4')].map((h) => h.textContent!.replace(/\s+/g, '')).join(' ');
    fireEvent.click(within(first!).getByRole('button', { name: /^判为好客户：/ }));
    await within(first!).findByRole('heading', { name: /待分类\s*（7 张）/ });
    fireEvent.click(within(second!).getByRole('button', { name: /^判为坏客户：/ }));
    await within(second!).findByRole('heading', { name: /待分类\s*（7 张）/ });
    expect(piles(first!)).toBe('✓好客户（1张） 待分类（7张） ✗坏客户（0张）');
    expect(piles(second!)).toBe('✓好客户（0张） 待分类（7张） ✗坏客户（1张）');
    fireEvent.click(within(second!).getByRole('radio', { name: /进阶/ }));
    await within(second!).findByRole('heading', { name: /待分类\s*（12 张）/ });
    expect(piles(first!)).toBe('✓好客户（1张） 待分类（7张） ✗坏客户（0张）');
  });

  it('shows the file error inside the widget', async () => {
    vi.stubGlobal('fetch', serveCsv(404));
    render(<CustomerSorter />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('客户档案（/datasets/logistics-customers.csv）读取失败');
  });

  it('opens a shared link with the deck, the piles and the result', async () => {
    history.replaceState(null, '', '/chapters/03-customer-selection/?sorter.deck=advanced&sorter.seed=5&sorter.picks=gbgbgbgbgbgb&sorter.step=result');
    render(<CustomerSorter />);
    await screen.findByRole('heading', { name: /^得分 .* \/ 12：/ });
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /进阶/ }).checked).toBe(true);
    expect(screen.getAllByText(/^陷阱卡：/).length).toBeGreaterThanOrEqual(8);
  });

  it('class mode (teacher): one card, votes, reveal, next, and a summary of the class’s calls', async () => {
    storage.setItem('crm-lab:settings', JSON.stringify({ v: 1, data: { teacher: true, projector: false, course: null } }));
    render(<CustomerSorter />);
    await screen.findByRole('heading', { name: /待分类/ });
    fireEvent.click(screen.getByRole('button', { name: '课堂模式（一次投影一张）' }));
    await screen.findByRole('heading', { name: '课堂模式 · 第 1 / 8 张' });
    expect(screen.queryByText(/利润核算/)).toBeNull();
    // No hands: refused with a message inside the widget.
    fireEvent.click(screen.getByRole('button', { name: '记录举手结果' }));
    expect((await screen.findByRole('alert')).textContent).toContain('还没有人举手');
    fireEvent.input(screen.getByLabelText(/认为是好客户/), { target: { value: '18' } });
    fireEvent.input(screen.getByLabelText(/认为是坏客户/), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: '记录举手结果' }));
    await screen.findByText('已记录：全班判为好客户（好 18 : 坏 7）。', { selector: '.cs-vote .status' });
    fireEvent.click(screen.getByRole('button', { name: '揭晓利润' }));
    await screen.findByText(/利润核算/);
    for (let i = 2; i <= 8; i++) {
      fireEvent.click(screen.getByRole('button', { name: '下一张' }));
      await screen.findByRole('heading', { name: `课堂模式 · 第 ${i} / 8 张` });
      fireEvent.click(screen.getByRole('button', { name: '全班判为坏客户' }));
      await screen.findByText('已记录：全班判为坏客户。', { selector: '.cs-vote .status' });
      fireEvent.click(screen.getByRole('button', { name: '揭晓利润' }));
      await screen.findByText(/利润核算/);
    }
    fireEvent.click(screen.getByRole('button', { name: '查看全班总结' }));
    const summary = await screen.findByRole('table', { name: '全班的判断与模型结论' });
    expect(within(summary).getAllByRole('row')).toHaveLength(9);
    expect(screen.getByRole('heading', { name: /^全班总结 · 得分/ })).toBeTruthy();
  });

  it('class mode: a refused show of hands keeps the card, the counts typed and the focus where they were', async () => {
    storage.setItem('crm-lab:settings', JSON.stringify({ v: 1, data: { teacher: true, projector: false, course: null } }));
    render(<CustomerSorter />);
    await screen.findByRole('heading', { name: /待分类/ });
    fireEvent.click(screen.getByRole('button', { name: '课堂模式（一次投影一张）' }));
    const title = await screen.findByRole('heading', { name: '课堂模式 · 第 1 / 8 张' });
    const good = screen.getByLabelText<HTMLInputElement>(/认为是好客户/);
    fireEvent.input(good, { target: { value: '-3' } });
    const record = screen.getByRole('button', { name: '记录举手结果' });
    record.focus();
    fireEvent.click(record);
    expect((await screen.findByRole('alert')).textContent).toContain('认为是好客户的人数');
    // The message came in above the card: the card and its vote were not made again (a keyboard user's focus
    // fell to the page and the counts typed were wiped when they were).
    expect(title.isConnected).toBe(true);
    expect(record.isConnected).toBe(true);
    expect(document.activeElement).toBe(record);
    expect(screen.getByLabelText<HTMLInputElement>(/认为是好客户/).value).toBe('-3');
  });
});
