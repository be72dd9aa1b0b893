import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './support/browser';
import { scratchDir } from '../helpers/scratch-dirs';
import { csvRows, expectAccessible, expectNoPageOverflow, openWidget, PROJECTOR_SETTINGS, shootWidget, tabTo, usedWidgets } from './support/widget';

const CHAPTER10 = '/chapters/10-customer-winback/';
const NAME = 'churn-winback';
const COMPONENT = 'ChurnWinback';
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
afterEach(async () => {
  await context?.close();
  context = undefined;
});

const waitForCharts = (page: Page, n: number) =>
  page.waitForFunction(([name, count]) => [...document.querySelectorAll(`[data-widget="${name}"] canvas`)].filter((c) => (c as HTMLCanvasElement).width > 0).length >= (count as number), [NAME, n] as const);

describe('churn-winback (流失预警与挽回名单) in Chromium, keyboard only', () => {
  it('fits BG/NBD on CDNOW in the worker, ranks the win-back list, exports it, and compares the inactivity rule', async () => {
    const opened = await openWidget(browser, CHAPTER10, NAME, COMPONENT);
    context = opened.context;
    const { page, widget } = opened;
    const status = widget.locator('.cw-status');
    // Fader, Hardie & Lee (2005), Table 1: r 0.243, α 4.414, a 0.793, b 2.426, ln L −9,582.4 on 2,357 customers (to 1997-09-30, weeks).
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toContain('r = 0.243，α = 4.414，a = 0.793，b = 2.426（对数似然 −9,582.4）');
    expect(await status.textContent()).toContain('2,357 位客户');
    await waitForCharts(page, 2);
    await shootWidget(page, NAME, `${SCREENSHOTS}/churn-winback-desktop-cdnow.png`);
    await expectAccessible(page, NAME);

    // 老张's last purchase one week later, with the arrow key: silent 8 weeks instead of 9.
    await widget.getByRole('button', { name: '复制链接' }).focus();
    await tabTo(page, widget.getByLabel('最后一次购买在第几周 t_x').first());
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => widget.getByText(/^老张已沉默/).textContent()).toContain('老张已沉默 8 周');

    // The “lost” threshold up by one per key press (0.10 → 0.12).
    await tabTo(page, widget.getByLabel('P(alive) 低于此值为“基本流失”'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => widget.locator('.cw-bands tbody tr:nth-of-type(3) td:first-of-type').textContent()).toContain('0.12');
    expect(await usedWidgets(page, '10-customer-winback')).toContain(NAME);

    // The list is ranked by value × P(alive), highest first.
    const scores = await widget.locator('.cw-table:not(.cw-bands)').first().locator('tbody tr td:nth-of-type(7)').allTextContents();
    const numbers = scores.map((s) => Number(s.replace(/,/g, '')));
    expect(numbers.length).toBeGreaterThan(5);
    expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);

    await tabTo(page, widget.getByRole('button', { name: /导出挽回名单 CSV/ }));
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const path = join(scratchDir('churn-'), file.suggestedFilename());
    await file.saveAs(path);
    const rows = csvRows(readFileSync(path, 'utf8'));
    expect(rows[0]).toEqual(['挽回排名', '客户', '处理', '重复购买次数x', 't_x', 'T', '价值', 'P(alive)', '价值×P(alive)']);
    expect(rows).toHaveLength(2358);

    // The inactivity rule: every customer is in one cell of the comparison.
    const cells = await widget.locator('.cw-section:last-of-type .cw-table tbody td').allTextContents();
    expect(cells.map((c) => Number(c.replace(/,/g, ''))).reduce((a, b) => a + b, 0)).toBe(2357);
    await shootWidget(page, NAME, `${SCREENSHOTS}/churn-winback-desktop-list.png`);
    await expectAccessible(page, NAME);
    expect(opened.errors()).toEqual([]);
  });

  it('switches to Pareto/NBD by keyboard and checks it against the 39-week CDNOW holdout (1366 × 768, phone, projector)', async () => {
    const opened = await openWidget(browser, `${CHAPTER10}?cw.holdout=1`, NAME, COMPONENT, { viewport: { width: 1366, height: 768 } });
    context = opened.context;
    const { page, widget } = opened;
    const status = widget.locator('.cw-status');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toContain('BG/NBD 模型拟合结果');
    // A radio group is one Tab stop (the checked BG/NBD); the arrow key moves to and selects Pareto/NBD.
    await widget.getByRole('button', { name: '复制链接' }).focus();
    await tabTo(page, widget.getByRole('radio', { name: 'BG/NBD', exact: true }));
    await page.keyboard.press('ArrowRight');
    expect(await widget.getByRole('radio', { name: 'Pareto/NBD', exact: true }).isChecked()).toBe(true);
    // Fader, Hardie & Shang (2005): r 0.5533, α 10.5776, s 0.6061, β 11.6650 on CDNOW to 1997-09-30.
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/Pareto\/NBD 模型拟合结果：r = 0\.553，α = 10\.578，s = 0\.606，β = 11\.66\d/);
    // The holdout: 1,882 repeat purchases from 1997-10-01 to 1998-06-30 (the engine test counts them week by week from the CSV).
    await expect.poll(() => widget.getByText(/检验期实际重复购买/).textContent()).toContain('检验期实际重复购买 1,882 次');
    expect(await widget.getByText(/的客户只买过一次/).count()).toBeGreaterThan(0);
    await waitForCharts(page, 6);
    await widget.getByRole('heading', { name: '检验模型：截止日之后实际发生了什么' }).scrollIntoViewIfNeeded();
    await shootWidget(page, NAME, `${SCREENSHOTS}/churn-winback-desktop-holdout.png`);
    await expectAccessible(page, NAME);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoPageOverflow(page);
    await shootWidget(page, NAME, `${SCREENSHOTS}/churn-winback-phone-holdout.png`);
    expect(opened.errors()).toEqual([]);
    await opened.context.close();

    const projector = await openWidget(browser, `${CHAPTER10}?teacher=1&cw.model=pnbd&cw.holdout=1`, NAME, COMPONENT, { settings: PROJECTOR_SETTINGS });
    context = projector.context;
    await expect.poll(() => projector.widget.locator('.cw-status').textContent(), { timeout: 60_000 }).toContain('Pareto/NBD 模型拟合结果');
    await waitForCharts(projector.page, 6);
    await shootWidget(projector.page, NAME, `${SCREENSHOTS}/churn-winback-projector-holdout.png`);
    await expectAccessible(projector.page, NAME);
    await expectNoPageOverflow(projector.page);
    expect(projector.errors()).toEqual([]);
  });

  it('reproduces chapter 10’s 云途电商 list from a shared link, on a phone (390 × 844)', async () => {
    const opened = await openWidget(browser, `${CHAPTER10}?cw.dataset=ch10-yuntu`, NAME, COMPONENT, { viewport: { width: 390, height: 844 } });
    context = opened.context;
    const { page, widget } = opened;
    await expect.poll(() => widget.locator('.cw-status').textContent(), { timeout: 30_000 }).toContain('使用课本的模型参数');
    const list = widget.locator('.cw-table:not(.cw-bands)').first();
    await expect.poll(() => list.locator('tbody tr').count()).toBe(5);
    // The chapter: C05 800, C01 600, C02 444, C08 234, C04 112.
    expect(await list.locator('tbody th').allTextContents()).toEqual(['C05', 'C01', 'C02', 'C08', 'C04']);
    expect(await list.locator('tbody tr td:nth-of-type(7)').allTextContents()).toEqual(['800.00', '600.00', '444.00', '234.00', '112.00']);
    // Each customer's own age T (39 weeks in the chapter's table), not the largest in the data.
    expect(await list.locator('tbody tr td:nth-of-type(3)').allTextContents()).toEqual(['39.0', '39.0', '39.0', '39.0', '39.0']);
    await waitForCharts(page, 2);
    await shootWidget(page, NAME, `${SCREENSHOTS}/churn-winback-phone-example.png`);
    await expectNoPageOverflow(page);
    await expectAccessible(page, NAME);
    expect(opened.errors()).toEqual([]);
  });

  it('reads the retail data in days in projector mode, and speaks Traditional Chinese', async () => {
    const projector = await openWidget(browser, `${CHAPTER10}?teacher=1&cw.dataset=retail-transactions&cw.unit=day`, NAME, COMPONENT, { settings: PROJECTOR_SETTINGS });
    context = projector.context;
    await expect.poll(() => projector.widget.locator('.cw-status').textContent(), { timeout: 60_000 }).toContain('时间单位：天。BG/NBD 模型拟合结果');
    await waitForCharts(projector.page, 2);
    await shootWidget(projector.page, NAME, `${SCREENSHOTS}/churn-winback-projector-retail.png`);
    await expectAccessible(projector.page, NAME);
    await expectNoPageOverflow(projector.page);
    expect(projector.errors()).toEqual([]);
    await projector.context.close();

    const hant = await openWidget(browser, `/zh-hant${CHAPTER10}?cw.dataset=ch10-yuntu`, NAME, COMPONENT);
    context = hant.context;
    await expect.poll(() => hant.widget.locator('.cw-status').textContent(), { timeout: 30_000 }).toContain('8 位客戶（其中 8 位有重複購買）。使用課本的模型');
    expect(await hant.widget.getByText(/^老張已沉默 9 周/).count()).toBe(1);
    await waitForCharts(hant.page, 2);
    await shootWidget(hant.page, NAME, `${SCREENSHOTS}/churn-winback-zh-hant.png`);
    await expectAccessible(hant.page, NAME);
    expect(hant.errors()).toEqual([]);
  });
});
