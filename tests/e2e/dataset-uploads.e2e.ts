// Uploading one's own files to the dataset widgets: naming columns by hand (remembered per header set), the size
// limit, what a share link carries, Chinese-only messages, and no previous results left under a failed upload.
import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './support/browser';
import { scratchDir } from '../helpers/scratch-dirs';
import { CHAPTER6 } from './support/rfm-e2e';
import { copyShareLink, expectAccessible, expectNoPageOverflow, openWidget, shootWidget, tabTo, type Opened } from './support/widget';

let browser: Browser;
let context: BrowserContext | undefined;
const dir = () => scratchDir('uploads-');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function open(path: string, name: string, component: string, options: Parameters<typeof openWidget>[4] = {}): Promise<Opened> {
  await context?.close();
  const opened = await openWidget(browser, path, name, component, { interceptFileChooser: true, ...options });
  context = opened.context;
  return opened;
}

/** Chooses a file with the picker's button, by keyboard (from the 数据 list, Tab to “上传 CSV 文件…”, Enter). */
async function uploadByKeyboard(page: Page, widget: Locator, path: string): Promise<void> {
  await widget.getByRole('combobox', { name: '数据' }).focus();
  await tabTo(page, widget.getByRole('button', { name: '上传 CSV 文件…' }), 5);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
  await chooser.setFiles(path);
}

const SPEND_HEADERS = '会员号,日期,花费';

describe('the RFM calculator with the learner’s own file, keyboard only', () => {
  it('asks which column is the amount, remembers it for these headers, and says what a share link leaves out', async () => {
    const spend = join(dir(), 'spend.csv');
    writeFileSync(spend, `${SPEND_HEADERS}\nA,2024-01-05,12.5\nB,2024-01-06,8\nA,2024-02-01,20\n`);
    const { page, widget, errors } = await open(CHAPTER6, 'rfm-calculator', 'RfmCalculator');
    const status = widget.locator('.rfm-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('3,750 位客户');

    await uploadByKeyboard(page, widget, spend);
    const alert = widget.locator('.picker-error');
    await expect.poll(() => alert.textContent()).toContain('缺少必需的列：金额。找到的列：会员号, 日期, 花费');
    // Nothing left of the retail results, and Chinese only (the engine's English is for the command line).
    expect(await status.textContent()).toBe('');
    expect(await widget.locator('.rfm-segment').count()).toBe(0);
    expect(await widget.locator('.rfm-settings').textContent()).not.toContain('2025-01-01');
    expect(await alert.textContent()).not.toMatch(/missing|required|found:/);
    await widget.locator('.picker-mapping-needed').scrollIntoViewIfNeeded();
    await shootWidget(page, 'rfm-calculator', `${SCREENSHOTS}/uploads-rfm-missing-amount.png`);
    await expectAccessible(page, 'rfm-calculator');

    // The amount is 花费: pick it in the select labelled 金额 with the arrow keys, then read again.
    const amount = widget.getByRole('combobox', { name: '金额' });
    await tabTo(page, amount);
    await page.keyboard.press('ArrowDown'); // （请选择） → 会员号
    await page.keyboard.press('ArrowDown'); // → 日期
    await page.keyboard.press('ArrowDown'); // → 花费
    expect(await amount.inputValue()).toBe('花费');
    await tabTo(page, widget.getByRole('button', { name: '按所选的列重新读取' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('2 位客户');
    expect(await widget.locator('.picker-mapping summary').textContent()).toContain('金额 ← 花费');
    await shootWidget(page, 'rfm-calculator', `${SCREENSHOTS}/uploads-rfm-amount-chosen.png`);

    // The share link holds settings, not the file: the confirmation says so.
    await copyShareLink(page, widget, 120);
    expect(await widget.locator('.share-link .status').textContent()).toContain('链接只带设置，不带你上传的文件“spend.csv”');

    // Another file with the same headers, after a reload: read with the remembered columns at once.
    const again = join(dir(), 'spend-march.csv');
    writeFileSync(again, `花费,会员号,日期\n30,C,2024-03-01\n`);
    await page.reload();
    await widget.scrollIntoViewIfNeeded();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('3,750 位客户');
    await uploadByKeyboard(page, widget, again);
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('1 位客户');
    expect(await widget.locator('.picker-report').textContent()).toContain('按你上次为同样表头的文件选的列读取');
    const stored = await page.evaluate(() => localStorage.getItem('crm-lab:column-mappings'));
    expect(JSON.parse(stored!)).toMatchObject({ v: 1, data: { entries: [{ fields: 'customer,date,amount,order', mapping: { amount: '花费' } }] } });
    expect(errors()).toEqual([]);
  });

  it('refuses a file larger than the browser can take before reading it, naming its size and the limit', async () => {
    const huge = join(dir(), 'huge.csv');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 101 * 1024 * 1024); // sparse: 101 MB on paper, nothing on disk
    closeSync(fd);
    const { page, widget, errors } = await open(CHAPTER6, 'rfm-calculator', 'RfmCalculator', { viewport: { width: 390, height: 844 } });
    const status = widget.locator('.rfm-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('3,750 位客户');
    await uploadByKeyboard(page, widget, huge);
    const alert = widget.locator('.picker-error');
    await expect.poll(() => alert.textContent()).toContain('这个文件有 101.0 MB，超过了浏览器里能分析的上限 100.0 MB，所以没有读取');
    expect(await status.textContent()).toBe('');
    expect(await widget.locator('.picker-progress').count()).toBe(0);
    expect(await widget.locator('.picker-hint').textContent()).toContain('最大 100.0 MB');
    await alert.scrollIntoViewIfNeeded();
    await shootWidget(page, 'rfm-calculator', `${SCREENSHOTS}/uploads-rfm-too-large-phone.png`);
    expect(errors()).toEqual([]);
  });
});

describe('the column form at the three sizes', () => {
  it.each([
    ['phone', { viewport: { width: 390, height: 844 } }],
    ['laptop', { viewport: { width: 1366, height: 768 } }],
    ['projector', { viewport: { width: 1920, height: 1080 }, projector: true }],
  ] as const)('%s', async (size, options) => {
    const spend = join(dir(), 'spend.csv');
    writeFileSync(spend, `${SPEND_HEADERS}\nA,2024-01-05,12.5\n`);
    const { page, widget, errors } = await open(CHAPTER6, 'rfm-calculator', 'RfmCalculator', options);
    await expect.poll(() => widget.locator('.rfm-status').textContent(), { timeout: 30_000 }).toContain('3,750 位客户');
    await widget.locator('.dataset-picker input[type=file]').setInputFiles(spend);
    const form = widget.locator('.picker-mapping-needed');
    await form.waitFor();
    await expectNoPageOverflow(page);
    await widget.locator('.dataset-picker').screenshot({ path: `${SCREENSHOTS}/uploads-column-form-${size}.png` });
    await expectAccessible(page, 'rfm-calculator');
    expect(errors()).toEqual([]);
  });
});

/** A dataset widget, how to reach its data, and what shows its results. */
interface Case {
  readonly name: string;
  readonly component: string;
  readonly path: string;
  readonly tab?: { readonly from: string };
  readonly status: string;
  readonly ready: string;
  readonly results: string;
}

const CASES: readonly Case[] = [
  { name: 'abc-analysis', component: 'AbcAnalysis', path: CHAPTER6, status: '.abc-status', ready: '10 位客户', results: '.abc-summary' },
  { name: 'cohort-retention', component: 'CohortRetention', path: '/chapters/09-customer-loyalty/', status: '.cr-status', ready: '位客户', results: '.cr-findings' },
  { name: 'churn-winback', component: 'ChurnWinback', path: '/chapters/10-customer-winback/?cw.dataset=ch10-yuntu', status: '.cw-status', ready: '8 位客户', results: '.cw-bands' },
  { name: 'credit-5c-rater', component: 'Credit5cRater', path: '/chapters/05-customer-information/', tab: { from: '评一家客户' }, status: '.credit-status', ready: '400 份申请', results: '.credit-distribution' },
  { name: 'erlang-c-staffing', component: 'ErlangCStaffing', path: '/chapters/02-crm-technology/', tab: { from: '单个时段' }, status: '.erlang-status', ready: '星期一', results: '.erlang-table' },
  { name: 'satisfaction-analyzer', component: 'SatisfactionAnalyzer', path: '/chapters/08-customer-satisfaction/', status: '.sat-status', ready: '600 份问卷', results: '.sat-card' },
];

describe('a failed upload leaves no previous results on screen (every dataset widget)', () => {
  it.each(CASES)('$name', async (c) => {
    const empty = join(dir(), 'empty.csv');
    writeFileSync(empty, '');
    const { page, widget, errors } = await open(c.path, c.name, c.component);
    if (c.tab) {
      await widget.getByRole('tab', { name: c.tab.from }).focus();
      await page.keyboard.press('ArrowRight');
    }
    const status = widget.locator(c.status);
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toContain(c.ready);
    expect(await widget.locator(c.results).count()).toBeGreaterThan(0);
    await widget.locator('.dataset-picker input[type=file]').first().setInputFiles(empty);
    await expect.poll(() => widget.locator('.picker-error').textContent()).toContain('文件是空的');
    expect(await status.textContent()).toBe('');
    expect(await widget.locator(c.results).count()).toBe(0);
    expect(await widget.locator('.picker-error').textContent()).not.toContain('(the file is empty)');
    expect(errors()).toEqual([]);
  });

  it('the satisfaction analyzer’s gaps are not left computed from the expectations read before', async () => {
    const empty = join(dir(), 'empty-expectations.csv');
    writeFileSync(empty, '');
    const { page, widget, errors } = await open('/chapters/08-customer-satisfaction/?sat.tab=gaps', 'satisfaction-analyzer', 'SatisfactionAnalyzer', { projector: true });
    const panel = widget.locator('#sat-panel');
    await expect.poll(() => panel.locator('.sat-table').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await panel.locator('.sat-expectations input[type=file]').setInputFiles(empty);
    await expect.poll(() => panel.locator('.picker-error').textContent()).toContain('文件是空的');
    await expect.poll(() => panel.locator('.sat-table').count()).toBe(0);
    expect(await panel.textContent()).toContain('载入期望数据后，这里显示各维度的期望、感知和差距。');
    await panel.locator('.sat-expectations').scrollIntoViewIfNeeded();
    await shootWidget(page, 'satisfaction-analyzer', `${SCREENSHOTS}/uploads-satisfaction-expectations-failed-projector.png`);
    expect(errors()).toEqual([]);
  });
});
