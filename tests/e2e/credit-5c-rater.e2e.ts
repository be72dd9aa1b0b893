import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS, seriousA11yViolations } from './support/browser';
import { copyShareLink, openWidget, shootWidget, tabTo, widgetA11yViolations, type ErrorWatch, type OpenOptions } from './support/widget';

const CHAPTER5 = '/chapters/05-customer-information/';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watched: ErrorWatch;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const widget = () => page.locator('[data-widget="credit-5c-rater"]');
const status = () => widget().locator('.credit-status');
const rows = (selector: string) => widget().locator(`${selector} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
const shoot = (name: string) => shootWidget(page, 'credit-5c-rater', `${SCREENSHOTS}/credit-5c-rater-${name}.png`);

async function open(options: Pick<OpenOptions, 'viewport' | 'projector'> & { path?: string } = {}) {
  await context?.close();
  const opened = await openWidget(browser, options.path ?? CHAPTER5, 'credit-5c-rater', 'Credit5cRater', options);
  ({ context, page } = opened);
  watched = opened;
}

describe('5C credit rater (chapter 5), keyboard only', () => {
  it('reproduces the chapter’s four dealers, moves a score with the arrow keys, and changes the standard', async () => {
    await open();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('71.75');
    expect(await status().textContent()).toBe('加权总分 71.75 分，评为 A 级；账期 30 天，建议额度 300,000 元。');
    // The chapter's table: 87.1 AA, 71.75 A, 63 B, 54.75 C (worked by hand in the chapter).
    expect((await rows('.credit-examples')).map((r) => [r[0], r[6], r[7], r[8]])).toEqual([
      ['甲', '87.10', 'AA', '60 天'], ['乙', '71.75', 'A', '30 天'], ['丙', '63.00', 'B', '15 天'], ['丁', '54.75', 'C', '款到发货'],
    ]);
    await shoot('chapter-example');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // 经销商丁, then its character slider up by 20 with the arrow keys: 54.75 + 0.3 × 20 = 60.75 → B.
    await widget().getByRole('combobox', { name: '标准' }).focus();
    await tabTo(page, widget().getByRole('button', { name: '经销商丁' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => status().textContent()).toContain('54.75 分，评为 C 级');
    await tabTo(page, widget().getByRole('slider', { name: '品格得分滑块' }));
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => status().textContent()).toBe('加权总分 60.75 分，评为 B 级；账期 15 天，建议额度 150,000 元。');

    // Equal weights (the answer key's standard): 丁 with character 75 is (75 + 65 + 50 + 40 + 60) / 5 = 58 → C.
    await tabTo(page, widget().getByRole('combobox', { name: '标准' }), 80, 'Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => status().textContent()).toContain('加权总分 58.00 分，评为 C 级');
    await shoot('equal-weights');
    expect(watched.errors()).toEqual([]);
  });

  it('grades the 400 applications, re-grades when a weight changes, and shares the weights as a link', async () => {
    await open();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('71.75');
    await widget().getByRole('tab', { name: '评一家客户' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('400 份申请');
    // Independent check: exact fractions in Python over the CSV (chapter weights, bands 90/80/70/60).
    expect(await status().textContent()).toBe('已按当前标准给 400 份申请评级，平均 60.5 分；全部申请的违约率为 13.3%。');
    expect(await widget().locator('.credit-verdict').textContent()).toContain('评级能排序风险：等级越低，违约率越高（AA 级 0.0%，A 级 3.9%，B 级 8.1%，C 级 23.4%）');
    await page.waitForFunction(() => (document.querySelector('[data-widget="credit-5c-rater"] canvas') as HTMLCanvasElement | null)?.width! > 0, undefined, { timeout: 30_000 });
    await shoot('batch');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Character 30 → 60 and collateral 15 → 0 do not add up to 100: explained; then rescaled.
    await tabTo(page, widget().getByRole('spinbutton', { name: '品格的权重（%）' }), 80, 'Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('60');
    await expect.poll(() => widget().getByRole('alert').textContent()).toContain('五项权重合计 130%，多了 30%');
    await tabTo(page, widget().getByRole('button', { name: '按比例调整为 100%' }));
    await page.keyboard.press('Enter');
    // 60, 25, 20, 15, 10 of 130 → 46.15, 19.23, 15.38, 11.54, 7.69 → 46, 19, 15, 11, 7 (98) + 1 each to 7.69 and 11.54 → 46, 19, 15, 12, 8.
    await expect.poll(() => widget().getByRole('spinbutton', { name: '条件的权重（%）' }).inputValue()).toBe('8');
    await expect.poll(() => status().textContent()).toContain('400 份申请评级');

    const link = await copyShareLink(page, widget(), 120);
    expect(link).toContain('credit.w=46%2C19%2C15%2C12%2C8');
    expect(link).toContain('credit.mode=batch');
    const student = await context.newPage();
    await student.goto(link);
    const sharedStatus = student.locator('[data-widget="credit-5c-rater"] .credit-status');
    await expect.poll(() => sharedStatus.textContent(), { timeout: 30_000 }).toBe(await status().textContent());
    expect(await student.locator('[data-widget="credit-5c-rater"]').getByRole('spinbutton', { name: '品格的权重（%）' }).inputValue()).toBe('46');
    await student.close();
    expect(watched.errors()).toEqual([]);
  });

  it('holds on a phone, in projector mode, and in Traditional Chinese', async () => {
    await open({ viewport: { width: 390, height: 844 } });
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('71.75');
    expect(await widget().evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await shoot('phone');
    expect(await widgetA11yViolations(page, 'credit-5c-rater')).toEqual([]);

    await open({ projector: true });
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('71.75');
    expect(await status().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(22);
    await shoot('projector');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await open({ path: `/zh-hant${CHAPTER5}` });
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('加權總分 71.75 分');
    await shoot('hant');
    expect(watched.errors()).toEqual([]);
  });
});
