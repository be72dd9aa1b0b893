import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, SCREENSHOTS, seriousA11yViolations } from './support/browser';
import { scratchDir } from '../helpers/scratch-dirs';
import { CHAPTER6, crmRfm, crmRfmCsv, writeBigTransactions } from './support/rfm-e2e';
import { url } from './support/site';
import { copyShareLink, csvRows, LONG_TASK_RETRY, openWidget, reachWidget, tabTo, watchErrors, widgetA11yViolations, type ErrorWatch, type OpenOptions } from './support/widget';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let watched: ErrorWatch;
const realErrors = () => {
  if (watched.swMissing() > 0) figures['404 for /sw.js set aside (build made with --outDir)'] = 'yes';
  return watched.errors();
};
const GBK = 'tests/fixtures/rfm/members-gbk.csv';
const RETAIL = 'public/datasets/retail-transactions.csv';
const figures: Record<string, string> = {};


beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (Object.keys(figures).length) console.log('\nRFM calculator figures:\n' + Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n') + '\n');
});

async function openChapter(options: Pick<OpenOptions, 'viewport' | 'projector'> & { path?: string } = {}) {
  await context?.close();
  const opened = await openWidget(browser, options.path ?? CHAPTER6, 'rfm-calculator', 'RfmCalculator', { ...options, interceptFileChooser: true });
  ({ context, page } = opened);
  watched = opened;
}

const widget = () => page.locator('[data-widget="rfm-calculator"]');
const status = () => widget().locator('.rfm-status');
async function shoot(name: string, fullWidget = true) {
  // The sticky site header would be painted over a tall element screenshot; it is not the widget's.
  await page.addStyleTag({ content: '.site-header { position: static !important; }' });
  await (fullWidget ? widget() : page).screenshot({ path: `${SCREENSHOTS}/rfm-calculator-${name}.png` });
}

async function download(): Promise<string> {
  await tabTo(page, widget().getByRole('button', { name: /导出 CSV/ }));
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = join(scratchDir('rfm-export-'), file.suggestedFilename());
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

/**
 * The widget's export is byte for byte the command line's `--out` CSV, and its cells are the command line's JSON
 * results (the monetary value to cents: a sum of amounts such as 328.09000000000003 is written 328.09).
 */
function expectSameAsCli(csv: string, file: string, ...options: string[]) {
  expect(csv).toBe(crmRfmCsv(file, ...options));
  const cli = crmRfm(file, ...options);
  const rows = csvRows(csv);
  expect(rows[0]).toEqual(['客户', '最近购买距今(天)', '购买频次', '消费金额', 'R', 'F', 'M', 'RFM', '客户群', 'segmentKey']);
  const body = rows.slice(1);
  expect(body).toHaveLength(cli.customers.length);
  const fields = ['customer', 'recency', 'frequency', 'monetary', 'r', 'f', 'm', 'code', 'segment', 'segmentKey'];
  body.forEach((row, i) => {
    expect(row[3]).toMatch(/^-?\d+(\.\d{1,2})?$/);
    expect(Number(row[3])).toBeCloseTo(Number(cli.customers[i]!.monetary), 6);
    expect(row.filter((_, k) => k !== 3)).toEqual(fields.filter((f) => f !== 'monetary').map((f) => String(cli.customers[i]![f])));
  });
}

describe('RFM calculator (chapter 6), keyboard only', () => {
  it('shows a worked result on the bundled retail data as soon as it scrolls into view', async () => {
    const t0 = Date.now();
    const scripts = new Map<string, number>();
    await context?.close();
    context = await newContext(browser);
    page = await context.newPage();
    watched = watchErrors(page);
    page.on('response', async (response) => {
      if (!/\.js(\?|$)/.test(response.url())) return;
      try {
        scripts.set(response.url(), gzipSync(await response.body()).length);
      } catch {
        /* no body */
      }
    });
    await page.goto(url(CHAPTER6));
    await page.waitForLoadState('networkidle');
    const kb = (names?: RegExp) => `${([...scripts].filter(([u]) => !names || names.test(u)).reduce((a, [, b]) => a + b, 0) / 1024).toFixed(1)} KB`;
    figures['gzipped JS on the chapter page before interaction'] = `${kb()} (${scripts.size} files)`;
    await reachWidget(page, 'rfm-calculator', 'RfmCalculator');
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('3,750 位客户');
    figures['bundled retail data (45,256 rows) ready after scrolling into view'] = `${((Date.now() - t0) / 1000).toFixed(2)} s (page load included)`;
    const report = await widget().locator('.picker-report .status').textContent();
    figures['bundled retail data read in the worker'] = report?.match(/用时 ([^)]+)/)?.[1] ?? report ?? '';
    expect(await status().textContent()).toContain('统计截止日 2025-01-01');
    expect(await widget().locator('.rfm-segment').count()).toBe(8);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-widget="rfm-calculator"] canvas')].every((c) => (c as HTMLCanvasElement).width > 0));
    await page.waitForLoadState('networkidle');
    figures['gzipped JS once the RFM calculator is in view and drawn (worker and chart.js included)'] =
      `${kb()}: chart.js ${kb(/chart-setup/)}, worker ${kb(/worker/)}`;
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
    await expect.poll(() => reading.textContent()).toContain('主动联系：回访了解原因，用关怀和专属优惠把他们留住。');
    expect(await reading.textContent()).toContain('大致属于关键客户');
    await reading.scrollIntoViewIfNeeded();
    await shoot('segment-reading');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const csv = await download();
    expectSameAsCli(csv, RETAIL, '--bins', '3', '--asof', '2025-01-31');
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
    expect(await report.textContent()).toContain('21 行数据，17 行可用');
    expect(await report.textContent()).toContain('GBK/GB18030');
    expect(await widget().locator('.picker-issues tbody tr').allTextContents()).toEqual([
      '第 6 行日期日期不存在：“2024-02-30”',
      '第 11 行消费金额金额为空',
      '第 17 行会员号客户编号为空',
      '第 21 行消费金额无法识别的金额：“五百元”',
    ]);
    await shoot('gbk-upload');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expectSameAsCli(await download(), GBK);

    // A file that cannot be used: one clear message in the box; the page goes on.
    const bad = join(scratchDir('rfm-bad-'), 'no-amount.csv');
    writeFileSync(bad, '会员号,日期,备注\nA,2024-01-01,x\n');
    await tabTo(page, widget().getByRole('button', { name: '上传 CSV 文件…' }), 80, 'Shift+Tab');
    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await again.setFiles(bad);
    const alert = widget().getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('缺少必需的列：金额');
    await shoot('unusable-file');
    expect(realErrors()).toEqual([]);
  });

  it('names a row dated 9999-12-31 under the picker on a phone and on a projected laptop, and analyses the file (issue 10)', async () => {
    await openChapter({ viewport: { width: 390, height: 844 } });
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('3,750 位客户');
    await widget().getByRole('tab', { name: '分析数据' }).focus();
    await tabTo(page, widget().getByRole('button', { name: '上传 CSV 文件…' }));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await chooser.setFiles('tests/fixtures/hostile/no-end-date.csv');
    await expect.poll(() => status().textContent()).toContain('3 位客户');
    const note = widget().locator('.picker-note', { hasText: '日期可疑' });
    // 9999-12-31 is after today too: the widget passes the browser's date to the engine.
    expect(await note.textContent()).toContain('第 5 行 9999-12-31（晚于今天');
    expect(await note.isVisible()).toBe(true);
    expect(await widget().evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await note.scrollIntoViewIfNeeded();
    await shoot('phone-suspicious-date', false);
    expect(realErrors()).toEqual([]);

    // A laptop in projector mode: the same note, readable from the back of the room.
    await openChapter({ viewport: { width: 1366, height: 768 }, projector: true });
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('3,750 位客户');
    await widget().getByRole('tab', { name: '分析数据' }).focus();
    await tabTo(page, widget().getByRole('button', { name: '上传 CSV 文件…' }));
    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await again.setFiles('tests/fixtures/hostile/no-end-date.csv');
    await expect.poll(() => status().textContent()).toContain('3 位客户');
    const projected = widget().locator('.picker-note', { hasText: '日期可疑' });
    expect(await projected.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);
    await projected.scrollIntoViewIfNeeded();
    await shoot('projector-suspicious-date', false);
    expect(realErrors()).toEqual([]);
  });

  it('walks the chapter’s ten members step by step: answers hidden until the learner checks, or the instructor reveals', async () => {
    await openChapter();
    const tab = widget().getByRole('tab', { name: '分析数据' });
    await tab.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => widget().getByRole('tab', { name: '分步讲解（例题）' }).getAttribute('aria-selected')).toBe('true');
    await widget().locator('.rfm-walk').scrollIntoViewIfNeeded();
    await shoot('steps-1-rows');
    await tabTo(page, widget().getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await widget().getByRole('heading', { name: '第二步：算出每位客户的 R、F、M' }).waitFor();
    expect(await widget().locator('.rfm-hidden').count()).toBe(30);
    await shoot('steps-2-hidden');

    await tabTo(page, widget().getByLabel('C10 的 R（天）'), 40, 'Shift+Tab');
    await page.keyboard.type('34');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('600'); // forgot the return? the right answer is 640
    await page.keyboard.press('Enter');
    await expect.poll(() => widget().locator('.rfm-check').textContent()).toContain('✗ 不对：C10 的 M（元） 你填的是 600，正确答案是 640');
    expect(await widget().locator('.rfm-hidden').count()).toBe(0);
    expect(await widget().getByText('220 + 260 + 240 − 80 = 640').count()).toBe(1);
    await shoot('steps-2-checked');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Teacher mode: step 4 revealed without a guess; 3 bins turn C09 into 重要价值客户.
    await page.goto(url(`${CHAPTER6}?teacher=1&rfm.view=steps&rfm.step=3&rfm.bins=3`));
    await reachWidget(page, 'rfm-calculator', 'RfmCalculator');
    const reveal = widget().getByRole('button', { name: '揭晓答案（教师）' });
    await reveal.waitFor();
    await reveal.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => widget().locator('.rfm-focus-row').textContent()).toContain('重要价值客户');
    await widget().locator('.rfm-walk').scrollIntoViewIfNeeded();
    await shoot('steps-4-teacher-3-bins');
    expect(realErrors()).toEqual([]);
  });

  // LONG_TASK_RETRY: a busy machine can stretch one task past 50 ms once; a task that is really long is long every time.
  it('analyses a 200,000-row upload in the worker with a progress bar, no long task on the page, and a cancel that stops the worker', LONG_TASK_RETRY, async () => {
    const file = writeBigTransactions(scratchDir('rfm-big-'), 200_000);
    await openChapter();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('3,750 位客户');
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask' });
    });
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));

    // Cancel part way through a bigger file (a million rows, so there is time to press it): the worker is
    // terminated and the retail result stays.
    const huge = writeBigTransactions(scratchDir('rfm-huge-'), 1_000_000);
    await widget().getByRole('tab', { name: '分析数据' }).focus();
    await tabTo(page, widget().getByRole('button', { name: '上传 CSV 文件…' }));
    let [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    const openWorkers = () => page.workers().length;
    const before = openWorkers();
    await chooser.setFiles(huge);
    const cancel = widget().getByRole('button', { name: '取消' });
    await cancel.focus();
    await widget().locator('.picker-progress').screenshot({ path: `${SCREENSHOTS}/rfm-calculator-progress.png` });
    const progress = await widget().locator('.picker-progress label').textContent();
    await page.keyboard.press('Enter');
    await expect.poll(() => widget().locator('.picker-report .status').textContent()).toContain('已取消读取，仍在显示之前的数据');
    await expect.poll(openWorkers, { timeout: 15_000 }).toBe(before - 1); // a busy worker can take seconds to close on a loaded machine
    expect(progress).toMatch(/正在读取“transactions-1000000\.csv”：\d+%/);
    expect(await status().textContent()).toContain('3,750 位客户');

    // The whole file: time it and watch the main thread.
    await tabTo(page, widget().getByRole('button', { name: '上传 CSV 文件…' }), 80, 'Shift+Tab');
    [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    const t0 = await page.evaluate(() => performance.now());
    await chooser.setFiles(file);
    await expect.poll(() => status().textContent(), { timeout: 120_000 }).toMatch(/统计截止日 \d{4}-\d{2}-\d{2} · [\d,]+ 位客户/);
    await expect.poll(() => widget().locator('.rfm-customers tbody tr').count()).toBe(20);
    const t1 = await page.evaluate(() => performance.now());
    const tasks = await page.evaluate(([a, b]) => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter((t) => t.start >= a! && t.start <= b!), [t0, t1]);
    const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
    const report = await widget().locator('.picker-report .status').textContent();
    figures['200,000-row upload, read + scored, as the page saw it'] = `${((t1 - t0) / 1000).toFixed(2)} s`;
    figures['200,000-row upload, reading in the worker'] = report?.match(/用时 ([^)]+)/)?.[1] ?? '';
    figures['longest main-thread task during the 200,000-row analysis'] = tasks.length ? `${longest.toFixed(0)} ms (${tasks.length} tasks over 50 ms)` : 'none over 50 ms';
    expect(report).toContain('200,000 行数据');
    expect(longest).toBeLessThanOrEqual(50);
    expect(workers.length).toBeGreaterThanOrEqual(1); // a fresh worker was started after the cancel
    await shoot('upload-200k');
    expect(realErrors()).toEqual([]);
  });

  it('holds on a phone (390 × 844), in projector mode, and speaks Traditional Chinese on /zh-hant/', async () => {
    await openChapter({ viewport: { width: 390, height: 844 } });
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('3,750 位客户');
    expect(await widget().evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await widget().locator('.rfm-settings').scrollIntoViewIfNeeded();
    await shoot('phone-settings', false);
    await widget().locator('.rfm-segments').scrollIntoViewIfNeeded();
    await shoot('phone-segments', false);
    // Scoped to the widget: on a phone the chapter's own wide tables scroll without a tab stop (a page matter).
    expect(await widgetA11yViolations(page, 'rfm-calculator')).toEqual([]);

    await openChapter({ projector: true });
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('3,750 位客户');
    const size = await status().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(22);
    await widget().locator('.rfm-settings').scrollIntoViewIfNeeded();
    await shoot('projector-settings', false);
    await widget().locator('.rfm-grid').scrollIntoViewIfNeeded();
    await shoot('projector-grid', false);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await openChapter({ path: `/zh-hant${CHAPTER6}` });
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('3,750 位客戶');
    expect(await widget().locator('.rfm-segment').first().textContent()).toContain('重要價值客戶');
    await widget().locator('.rfm-segments').scrollIntoViewIfNeeded();
    await shoot('hant', false);
    expect(realErrors()).toEqual([]);
  });

  it('copies a link that reopens the widget with the same dataset and settings, scrolled to it', async () => {
    await openChapter();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('3,750 位客户');
    const select = widget().getByRole('combobox', { name: '数据' });
    await select.focus();
    // Options: the chapter example, then retail, UCI, the R package's orders, CDNOW: two down from retail.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('4,338 位客户');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('995 位客户');
    await tabTo(page, widget().getByRole('radio', { name: '八类客户（课本）' }));
    await page.keyboard.press('ArrowDown'); // → 十类（R 包 rfm）
    await tabTo(page, widget().getByRole('radio', { name: '按名次（课本）' }));
    await page.keyboard.press('ArrowDown'); // → 按分位点（R 包）
    await expect.poll(() => status().textContent()).toContain('按分位点 · R 包十类');
    const link = await copyShareLink(page, widget());
    expect(link).toContain('rfm.dataset=rfm-orders');
    expect(link).toContain('#rfm-calculator');

    // The link, as a student opens it: the page scrolls to the widget, which opens with the same settings.
    const student = await context.newPage();
    await student.goto(link);
    const shared = student.locator('[data-widget="rfm-calculator"] .rfm-status');
    await expect.poll(() => shared.textContent(), { timeout: 30_000 }).toContain('995 位客户 · 5 档 · 按分位点 · R 包十类');
    // The R package's published segment table (datasets README): Champions 35 customers… with as-of 2006-12-31.
    expect(await student.locator('[data-widget="rfm-calculator"] .rfm-segment').count()).toBe(11);
    await student.close();
    expect(realErrors()).toEqual([]);
  });
});
