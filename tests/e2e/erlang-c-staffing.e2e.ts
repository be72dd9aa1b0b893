import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS, seriousA11yViolations } from './support/browser';
import { copyShareLink, openWidget, shootWidget, tabTo, widgetA11yViolations, type ErrorWatch, type OpenOptions } from './support/widget';

const CHAPTER2 = '/chapters/02-crm-technology/';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watched: ErrorWatch;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const widget = () => page.locator('[data-widget="erlang-c-staffing"]');
const status = () => widget().locator('.erlang-status');
const tableRows = () => widget().locator('.erlang-table:not(.erlang-compare) tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.children].map((c) => c.textContent)));
const shoot = (name: string) => shootWidget(page, 'erlang-c-staffing', `${SCREENSHOTS}/erlang-c-staffing-${name}.png`);
const chartDrawn = () => page.waitForFunction(() => (document.querySelector('[data-widget="erlang-c-staffing"] canvas') as HTMLCanvasElement | null)?.width! > 0, undefined, { timeout: 30_000 });

async function open(options: Pick<OpenOptions, 'viewport' | 'projector'> & { path?: string } = {}) {
  await context?.close();
  const opened = await openWidget(browser, options.path ?? CHAPTER2, 'erlang-c-staffing', 'ErlangCStaffing', options);
  ({ context, page } = opened);
  watched = opened;
}

async function typeInto(name: string, text: string) {
  await tabTo(page, widget().getByRole('spinbutton', { name }));
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

describe('Call-centre staffing calculator (chapter 2), keyboard only', () => {
  it('reproduces the chapter’s example and table, follows a 90/20 target, and reveals the pooling answer after a guess', async () => {
    await open();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('至少需要 14 个在线座席');
    expect(await status().textContent()).toBe('话务强度 10.00 爱尔朗；要让 80% 的来电在 20 秒内接起，至少需要 14 个在线座席；考虑 30% 的缩减率，需要排班 20 人。');
    // The chapter's table, N = 11 … 16 (worked independently with exact fractions: see the chapter-example fixture).
    expect((await tableRows()).map((r) => r.slice(0, 5))).toEqual([
      ['11', '68.2%', '39.0%', '122.8 秒', '90.9%'],
      ['12', '44.9%', '64.0%', '40.4 秒', '83.3%'],
      ['13', '28.5%', '79.6%', '17.1 秒', '76.9%'],
      ['14', '17.4%', '88.8%', '7.8 秒', '71.4%'],
      ['15', '10.2%', '94.1%', '3.7 秒', '66.7%'],
      ['16', '5.7%', '97.1%', '1.7 秒', '62.5%'],
    ]);
    await chartDrawn();
    await shoot('chapter-example');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The keyboard: start from the first tab and move through the form.
    await widget().getByRole('tab', { name: '单个时段' }).focus();
    await typeInto('服务水平目标（%）', '90');
    // 14 agents give 88.8 % < 90 %; 15 give 94.1 %: 15 agents, ceil(15 / 0.7) = 22 staff.
    await expect.poll(() => status().textContent()).toContain('至少需要 15 个在线座席；考虑 30% 的缩减率，需要排班 22 人');
    await typeInto('服务水平目标（%）', '80');
    await expect.poll(() => status().textContent()).toContain('至少需要 14 个在线座席');

    expect(await widget().locator('.erlang-pool-answer').count()).toBe(0);
    await tabTo(page, widget().getByRole('spinbutton', { name: '我的估计（个在线座席）' }));
    await page.keyboard.type('28');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const answer = widget().locator('.erlang-pool-answer');
    await expect.poll(() => answer.textContent()).toContain('你估计 28 个，实际需要 24 个（多估了 4 个）');
    expect(await answer.textContent()).toContain('从 14 个增加到 24 个，而不是 28 个（少 4 个）；排班从 20 人增加到 35 人；占用率从 71.4% 升到 83.3%');
    await answer.scrollIntoViewIfNeeded();
    await shoot('pooling');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(watched.errors()).toEqual([]);
  });

  it('plans a day of the bundled half-hour log, picks another day with the keyboard, and shares it as a link', async () => {
    await open();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('14 个在线座席');
    await widget().getByRole('tab', { name: '单个时段' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('2024-10-14 星期一');
    // Checked with an independent Python script (literal Erlang C in log space) on the same rows of the CSV.
    expect(await status().textContent()).toBe('2024-10-14 星期一：共 1,861 通来电。高峰在 10:30-11:00，来电 138 通，需要 21 个在线座席、排班 30 人。');
    expect(await widget().locator('[aria-labelledby="erlang-typical-title"]').textContent()).toContain('星期一 10:30-11:00：4 次记录平均 125.25 通来电');
    await chartDrawn();
    await shoot('day-planner');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await tabTo(page, widget().getByRole('combobox', { name: '选择一天' }));
    await page.keyboard.press('End'); // the last day: 2024-11-10, a Sunday
    await expect.poll(() => status().textContent()).toContain('2024-11-10 星期日');
    const sunday = await status().textContent();

    const link = await copyShareLink(page, widget(), 120);
    expect(link).toContain('erlang.mode=day');
    expect(link).toContain('erlang.date=2024-11-10');
    const student = await context.newPage();
    await student.goto(link);
    const shared = student.locator('[data-widget="erlang-c-staffing"] .erlang-status');
    await expect.poll(() => shared.textContent(), { timeout: 30_000 }).toBe(sunday);
    await student.close();
    expect(watched.errors()).toEqual([]);
  });

  it('holds on a phone, in projector mode, and in Traditional Chinese', async () => {
    await open({ viewport: { width: 390, height: 844 } });
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('14 个在线座席');
    expect(await widget().evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await shoot('phone');
    expect(await widgetA11yViolations(page, 'erlang-c-staffing')).toEqual([]);

    await open({ projector: true });
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('14 个在线座席');
    expect(await status().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(22);
    await chartDrawn();
    await shoot('projector');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await open({ path: `/zh-hant${CHAPTER2}` });
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('至少需要 14 個線上座席');
    await shoot('hant');
    expect(watched.errors()).toEqual([]);
  });
});
