import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './support/browser';
import { expectAccessible, expectNoPageOverflow, openWidget, PROJECTOR_SETTINGS, shootWidget, tabTo, usedWidgets } from './support/widget';

const CHAPTER9 = '/chapters/09-customer-loyalty/';
const NAME = 'cohort-retention';
const COMPONENT = 'CohortRetention';
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

const waitForChart = (page: import('playwright-core').Page) =>
  page.waitForFunction((n) => (document.querySelector(`[data-widget="${n}"] canvas`) as HTMLCanvasElement | null)?.width! > 0, NAME);

describe('cohort-retention (同期群留存分析) in Chromium, keyboard only', () => {
  it('analyses the retail data, then the chapter’s example chosen with the keyboard', async () => {
    const opened = await openWidget(browser, CHAPTER9, NAME, COMPONENT);
    context = opened.context;
    const { page, widget } = opened;
    const status = widget.locator('.cr-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/位客户，按首次购买的月份分成 \d+ 批/);
    await waitForChart(page);
    await shootWidget(page, NAME, `${SCREENSHOTS}/cohort-retention-desktop-retail.png`);
    await expectAccessible(page, NAME);

    // The chapter's example is the first choice of the list: one ArrowUp from the retail data.
    await widget.getByRole('combobox', { name: '数据' }).focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('610 位客户，按首次购买的月份分成 3 批（2024-01 到 2024-03）');
    const rows = () => widget.locator('.cr-heat tbody tr, .cr-heat tfoot tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    // Chapter 9's table by hand: 55 / 45 / 40 %, 60 / 48 %, 50 %; weighted 55.7 %, 46.7 %, 40 %.
    expect(await rows()).toEqual([
      ['2024-01', '200', '55.0%', '45.0%', '40.0%'],
      ['2024-02', '250', '60.0%', '48.0%', '无数据'],
      ['2024-03', '160', '50.0%', '无数据', '无数据'],
      ['加权平均', '610', '55.7%', '46.7%', '40.0%'],
    ]);

    // Another cohort's curve, chosen with the keyboard.
    await tabTo(page, widget.getByRole('combobox', { name: '选一批客户' }));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => widget.locator('.chart-table caption').first().textContent()).toContain('2024-02 这批');
    await waitForChart(page);
    await shootWidget(page, NAME, `${SCREENSHOTS}/cohort-retention-desktop-example.png`);
    await expectAccessible(page, NAME);
    expect(await usedWidgets(page, '09-customer-loyalty')).toContain(NAME);

    // By quarter, with the keyboard: everyone of the example joined in 2024-Q1.
    // Tab reaches the checked radio of the group; the arrow key moves to (and checks) the next one.
    await tabTo(page, widget.getByRole('radio', { name: '按月' }), 80, 'Shift+Tab');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => status.textContent()).toContain('分成 1 批（2024-Q1 到 2024-Q1）');
    expect(opened.errors()).toEqual([]);
  });

  it('reopens a shared link on a phone (390 × 844) and in projector mode', async () => {
    const phone = await openWidget(browser, `${CHAPTER9}?cr.dataset=ch09-douye&cr.cohort=2024-02`, NAME, COMPONENT, { viewport: { width: 390, height: 844 } });
    context = phone.context;
    await expect.poll(() => phone.widget.locator('.cr-status').textContent(), { timeout: 30_000 }).toContain('610 位客户');
    expect(await phone.widget.getByRole('combobox', { name: '选一批客户' }).inputValue()).toBe('2024-02');
    await waitForChart(phone.page);
    await shootWidget(phone.page, NAME, `${SCREENSHOTS}/cohort-retention-phone.png`);
    await expectNoPageOverflow(phone.page);
    await expectAccessible(phone.page, NAME);
    expect(phone.errors()).toEqual([]);
    await phone.context.close();

    const projector = await openWidget(browser, `${CHAPTER9}?cr.dataset=ch09-douye&teacher=1`, NAME, COMPONENT, { settings: PROJECTOR_SETTINGS });
    context = projector.context;
    await expect.poll(() => projector.widget.locator('.cr-status').textContent(), { timeout: 30_000 }).toContain('610 位客户');
    await waitForChart(projector.page);
    await shootWidget(projector.page, NAME, `${SCREENSHOTS}/cohort-retention-projector.png`);
    await expectAccessible(projector.page, NAME);
    await expectNoPageOverflow(projector.page);
    expect(projector.errors()).toEqual([]);
  });

  it('speaks Traditional Chinese on /zh-hant/', async () => {
    const opened = await openWidget(browser, `/zh-hant${CHAPTER9}?cr.dataset=ch09-douye`, NAME, COMPONENT);
    context = opened.context;
    await expect.poll(() => opened.widget.locator('.cr-status').textContent(), { timeout: 30_000 }).toContain('610 位客戶');
    expect(await opened.widget.locator('.cr-findings').textContent()).toContain('重複購買率 55.7%');
    await waitForChart(opened.page);
    await shootWidget(opened.page, NAME, `${SCREENSHOTS}/cohort-retention-zh-hant.png`);
    await expectAccessible(opened.page, NAME);
    expect(opened.errors()).toEqual([]);
  });
});
