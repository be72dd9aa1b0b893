import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, SCREENSHOTS, seriousA11yViolations, tempDir, watchConsole } from './support/browser';
import { url } from './support/site';
import { CHAPTER6, crmRfm, csvRows, reachWidget, tabTo, writeBigTransactions } from './support/rfm-e2e';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
const GBK = 'tests/fixtures/rfm/members-gbk.csv';
const RETAIL = 'public/datasets/retail-transactions.csv';
const figures: Record<string, string> = {};

// A build with --outDir may lack sw.js (the PWA plugin writes it elsewhere): that one 404 is not the widget's.
const realErrors = () => errors.filter((e) => !/sw\.js|Failed to load resource: the server responded with a status of 404/.test(e) || !/404/.test(e));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (Object.keys(figures).length) console.log('\nRFM calculator figures:\n' + Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n') + '\n');
});

async function openChapter(options: { viewport?: { width: number; height: number }; path?: string; projector?: boolean } = {}) {
  await context?.close();
  context = await newContext(browser, { viewport: options.viewport });
  if (options.projector) {
    await context.addInitScript(() => localStorage.setItem('crm-lab:settings', JSON.stringify({ v: 1, data: { teacher: true, projector: true, course: null } })));
  }
  page = await context.newPage();
  errors = watchConsole(page);
  await page.goto(url(options.path ?? CHAPTER6));
  await reachWidget(page, 'rfm-calculator', 'RfmCalculator');
}

const widget = () => page.locator('[data-widget="rfm-calculator"]');
const status = () => widget().locator('.rfm-status');
const shoot = (name: string, fullWidget = true) =>
  fullWidget ? widget().screenshot({ path: `${SCREENSHOTS}/rfm-calculator-${name}.png` }) : page.screenshot({ path: `${SCREENSHOTS}/rfm-calculator-${name}.png` });

async function download(): Promise<string> {
  await tabTo(page, widget().getByRole('button', { name: /导出 CSV/ }));
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = join(tempDir('rfm-export-'), file.suggestedFilename());
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

function expectSameAsCli(csv: string, cli: { customers: Record<string, string | number>[] }) {
  const rows = csvRows(csv);
  expect(rows[0]).toEqual(['客户', '最近购买距今(天)', '购买频次', '消费金额', 'R', 'F', 'M', 'RFM', '客户群', 'segmentKey']);
  const body = rows.slice(1);
  expect(body).toHaveLength(cli.customers.length);
  const fields = ['customer', 'recency', 'frequency', 'monetary', 'r', 'f', 'm', 'code', 'segment', 'segmentKey'];
  body.forEach((row, i) => expect(row).toEqual(fields.map((f) => String(cli.customers[i]![f]))));
}

describe('RFM calculator (chapter 6), keyboard only', () => {
  it('shows a worked result on the bundled retail data as soon as it scrolls into view', async () => {
    const t0 = Date.now();
    await openChapter();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('3,750 位客户');
    figures['bundled retail data (45,256 rows) ready after scrolling into view'] = `${((Date.now() - t0) / 1000).toFixed(2)} s (page load included)`;
    const report = await widget().locator('.picker-report .status').textContent();
    figures['bundled retail data read in the worker'] = report?.match(/用时 ([^)]+)/)?.[1] ?? report ?? '';
    expect(await status().textContent()).toContain('统计截止日 2025-01-01');
    expect(await widget().locator('.rfm-segment').count()).toBe(8);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-widget="rfm-calculator"] canvas')].every((c) => (c as HTMLCanvasElement).width > 0));
    await shoot('default-retail');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(realErrors()).toEqual([]);
  });

  it('changes bins and the as-of date by keyboard; reads a segment; exports the CSV the command line computes', async () => {
    await openChapter();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('3,750 位客户');
    await widget().getByRole('tab', { name: '分析数据' }).focus();
    await tabTo(page, widget().getByRole('slider'));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => status().textContent()).toContain('· 3 档 ·');
    await tabTo(page, widget().getByRole('button', { name: '推后 30 天' }), 20, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => status().textContent()).toContain('统计截止日 2025-01-31');
    await shoot('bins-3-asof-plus-30');

    await tabTo(page, widget().getByRole('button', { name: /^重要保持客户/ }));
    await page.keyboard.press('Enter');
    const reading = widget().locator('#rfm-reading');
    await expect.poll(() => reading.textContent()).toContain('主动联系:回访了解原因,用关怀和专属优惠把他们留住。');
    expect(await reading.textContent()).toContain('大致属于关键客户');
    await reading.scrollIntoViewIfNeeded();
    await shoot('segment-reading');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const csv = await download();
    expectSameAsCli(csv, crmRfm(RETAIL, '--bins', '3', '--asof', '2025-01-31'));
    expect(realErrors()).toEqual([]);
  });

  it('reads a GBK file from Excel with bad rows: reports them, analyses the rest, exports what the command line computes', async () => {
    await openChapter();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('3,750 位客户');
    await widget().getByRole('tab', { name: '分析数据' }).focus();
    await tabTo(page, widget().getByRole('button', { name: '上传 CSV 文件…' }));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await chooser.setFiles(GBK);
    await expect.poll(() => status().textContent()).toContain('9 位客户');
    const report = widget().locator('.picker-report');
    expect(await report.textContent()).toContain('21 行数据,17 行可用');
    expect(await report.textContent()).toContain('GBK/GB18030');
    expect(await widget().locator('.picker-issues tbody tr').allTextContents()).toEqual([
      '第 6 行日期日期不存在:“2024-02-30”',
      '第 11 行消费金额金额为空',
      '第 17 行会员号客户编号为空',
      '第 21 行消费金额无法识别的金额:“五百元”',
    ]);
    await shoot('gbk-upload');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expectSameAsCli(await download(), crmRfm(GBK));

    // A file that cannot be used: one clear message in the box; the page goes on.
    const bad = join(tempDir('rfm-bad-'), 'no-amount.csv');
    writeFileSync(bad, '会员号,日期,备注\nA,2024-01-01,x\n');
    await tabTo(page, widget().getByRole('button', { name: '上传 CSV 文件…' }), 80, 'Shift+Tab');
    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await again.setFiles(bad);
    const alert = widget().getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('缺少必需的列:金额');
    await shoot('unusable-file');
    expect(realErrors()).toEqual([]);
  });
});
