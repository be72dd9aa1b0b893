import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS, seriousA11yViolations } from './support/browser';
import { scratchDir } from '../helpers/scratch-dirs';
import { LONG_TASK_RETRY, openWidget, tabTo, watchLongTasks } from './support/widget';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
const dir = scratchDir('student-dataset-');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

// A build with --outDir may lack sw.js (the PWA plugin writes it elsewhere): that one 404 is not the widget's.
const realErrors = () => errors.filter((e) => !/404/.test(e));
const widget = () => page.locator('[data-widget="student-dataset"]');
const status = () => widget().locator('.sd-status');

/** `npm run --silent crm -- …` as bytes: the reference the browser's files must equal. */
function crm(...args: string[]): Buffer {
  const run = spawnSync(process.execPath, ['scripts/crm.mjs', ...args], { timeout: 120_000, maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`crm ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

async function open(path = '/datasets/', viewport?: { width: number; height: number }) {
  await context?.close();
  ({ context, page, consoleErrors: errors } = await openWidget(browser, path, 'student-dataset', 'StudentDataset', { viewport }));
}

async function saved(download: Download): Promise<Buffer> {
  const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return readFileSync(path);
}

/** Keyboard only: into the 学号 box, type the number, generate, and wait for the file. */
async function generateByKeyboard(number: string) {
  const box = widget().getByRole('textbox', { name: '学号' });
  await tabTo(page, box, 200);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(number);
  await tabTo(page, widget().getByRole('button', { name: '生成我的数据集' }));
  await page.keyboard.press('Enter');
}

describe('student-dataset on /datasets/, keyboard only', () => {
  // LONG_TASK_RETRY: a busy machine can stretch one task past 50 ms once; a task that is really long is long every time.
  it('makes 2023123456’s retail file in the browser, byte for byte the CLI’s; 2023123457 gets another', LONG_TASK_RETRY, async () => {
    await open();
    const longTasks = await watchLongTasks(page);
    await generateByKeyboard('2023123456');
    await expect.poll(() => status().textContent(), { timeout: 60_000 }).toContain('已生成 retail-transactions-2023123456.csv');
    // The retail file is made in the worker: the page's main thread never blocks for more than 50 ms meanwhile.
    expect(await longTasks()).toEqual([]);
    await widget().screenshot({ path: `${SCREENSHOTS}/student-dataset-generated.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await tabTo(page, widget().getByRole('button', { name: '下载 retail-transactions-2023123456.csv' }));
    const [first] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(first.suggestedFilename()).toBe('retail-transactions-2023123456.csv');
    const mine = await saved(first);
    expect([...mine.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
    expect(Buffer.compare(mine, crm('generate', '--dataset', 'retail', '--student', '2023123456', '--bom'))).toBe(0);

    const differences = await widget().locator('.sd-differences tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    expect(differences[0]![0]).toBe('行数');
    expect(differences[0]![1]).toBe((mine.toString('utf8').trimEnd().split('\n').length - 1).toLocaleString('en-US'));
    expect(differences[0]![2]).toBe('45,256');

    await tabTo(page, widget().getByRole('textbox', { name: '学号' }), 40, 'Shift+Tab');
    await generateByKeyboard('2023123457');
    await expect.poll(() => status().textContent(), { timeout: 60_000 }).toContain('已生成 retail-transactions-2023123457.csv');
    await tabTo(page, widget().getByRole('button', { name: '下载 retail-transactions-2023123457.csv' }));
    const [second] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const theirs = await saved(second);
    expect(Buffer.compare(theirs, mine)).not.toBe(0);
    expect(theirs.subarray(3).toString('utf8').split('\n')[0]).toBe(mine.subarray(3).toString('utf8').split('\n')[0]); // same columns
    expect(realErrors()).toEqual([]);
  });

  it('says in Chinese why a number cannot be used, and keeps the focus on it', async () => {
    await open();
    await generateByKeyboard('12ab');
    const alert = widget().getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('学号只能包含数字');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('12ab');
    await widget().screenshot({ path: `${SCREENSHOTS}/student-dataset-invalid.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('teacher mode: the answer key for any number, its JSON byte for byte `crm answer-key --json`', async () => {
    await open();
    expect(await widget().getByRole('button', { name: '显示答案' }).count()).toBe(0); // students see no answers
    const toggle = page.getByRole('button', { name: '教师模式' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');

    await generateByKeyboard('2023123456');
    await expect.poll(() => status().textContent(), { timeout: 60_000 }).toContain('已生成');
    await tabTo(page, widget().getByRole('button', { name: '显示答案' }));
    await page.keyboard.press('Enter');
    const segments = widget().getByRole('table', { name: /RFM 客户分群/ });
    await segments.waitFor({ timeout: 60_000 });

    const cli = crm('answer-key', '--dataset', 'retail', '--student', '2023123456', '--json');
    const key = JSON.parse(cli.toString('utf8'));
    const shown = await segments.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.children[0]!.textContent, r.children[2]!.textContent, r.children[5]!.textContent]));
    expect(shown).toEqual(key.rfm.segments.map((s: { segment: string; customers: number; revenue: number }) => [s.segment, String(s.customers), s.revenue.toFixed(2)]));
    const top = await widget().getByRole('table', { name: /净消费额前 10 位会员/ }).locator('tbody tr td:nth-child(2)').allTextContents();
    expect(top).toEqual(key.top.map((c: { customer: string }) => c.customer));

    await tabTo(page, widget().getByRole('button', { name: '下载答案（JSON）' }));
    const [json] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(json.suggestedFilename()).toBe('answer-key-retail-transactions-2023123456.json');
    expect(Buffer.compare(await saved(json), cli)).toBe(0);
    await widget().screenshot({ path: `${SCREENSHOTS}/student-dataset-teacher-key.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Another dataset for the same number: the logistics key, one row per customer with the reasons.
    await widget().getByRole('combobox', { name: '数据集' }).focus();
    await page.keyboard.press('ArrowDown'); // 物流公司 B2B 客户档案
    await tabTo(page, widget().getByRole('button', { name: '显示答案' }));
    await page.keyboard.press('Enter');
    const verdicts = widget().getByRole('table', { name: /每位客户的盈利能力与结论/ });
    await verdicts.waitFor({ timeout: 60_000 });
    const logistics = JSON.parse(crm('answer-key', '--dataset', 'logistics', '--student', '2023123456', '--json').toString('utf8'));
    // One row per customer, its reasons on a line of their own below it.
    expect(await verdicts.locator('tbody tr.sd-wide-row').count()).toBe(logistics.profitability.customers.length);
    expect(await verdicts.locator('tbody tr.sd-wide-row').first().textContent()).toBe(`理由：${logistics.profitability.customers[0].reasons.join('；')}`);
    await verdicts.locator('tbody tr').nth(8).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/student-dataset-teacher-logistics.png` });

    // Projector mode: 150 % type; the widget keeps its layout.
    await page.getByRole('button', { name: '投影模式' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('html').getAttribute('class')).toContain('projector-mode');
    await widget().locator('.sd-form').screenshot({ path: `${SCREENSHOTS}/student-dataset-projector.png` });
    await widget().getByRole('table', { name: /ABC 分类/ }).screenshot({ path: `${SCREENSHOTS}/student-dataset-projector-table.png` });
    expect(realErrors()).toEqual([]);
  });

  it('works on a 360 px phone and on the Traditional Chinese page', async () => {
    await open('/zh-hant/datasets/', { width: 360, height: 800 });
    const box = widget().getByRole('textbox', { name: '學號' });
    await box.focus();
    await page.keyboard.type('2023123456');
    await widget().getByRole('combobox').focus();
    await page.keyboard.press('End'); // the last dataset: credit applications
    await tabTo(page, widget().getByRole('button', { name: /生成我的/ }));
    await page.keyboard.press('Enter');
    await expect.poll(() => status().textContent(), { timeout: 60_000 }).toContain('credit-applications-2023123456.csv');
    // Nothing of the widget reaches past the screen: wide tables scroll inside their own box.
    const sticking = await widget().evaluate((root) => {
      const width = document.documentElement.clientWidth;
      const inScroller = (e: Element) => e.closest('.sd-table-wrap') !== null && !e.classList.contains('sd-table-wrap');
      return [root, ...root.querySelectorAll('*')].filter((e) => !inScroller(e) && e.getBoundingClientRect().right > width + 0.5).map((e) => e.outerHTML.slice(0, 80));
    });
    expect(sticking).toEqual([]);
    await widget().screenshot({ path: `${SCREENSHOTS}/student-dataset-phone-hant.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(realErrors()).toEqual([]);
  });
});
