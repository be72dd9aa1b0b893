import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './support/browser';
import { expectAccessible, expectNoPageOverflow, openWidget, PROJECTOR_SETTINGS, shootWidget, tabTo, usedWidgets } from './support/widget';

const CHAPTER10 = '/chapters/10-customer-winback/';
const NAME = 'retention-projection';
const COMPONENT = 'RetentionProjection';
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

const waitForChart = (page: Page) => page.waitForFunction((n) => (document.querySelector(`[data-widget="${n}"] canvas`) as HTMLCanvasElement | null)?.width! > 0, NAME);

describe('retention-projection (客户保持率预测) in Chromium, keyboard only', () => {
  it('fits 7 years of the regular cohort, judges the projections on years 8–12, and follows the keyboard', async () => {
    const opened = await openWidget(browser, CHAPTER10, NAME, COMPONENT);
    context = opened.context;
    const { page, widget } = opened;
    const status = widget.locator('.rp-status');
    await expect.poll(() => status.textContent()).toContain('α = 0.704，β = 1.182');
    // Year 12: sBG ≈ 170 against 173 actual; constant 63.1 % ≈ 4 (Python 3 from the published α, β).
    expect(await widget.locator('.rp-findings').textContent()).toContain('第 12 年末：sBG 模型预计约 170 人');
    await waitForChart(page);
    await shootWidget(page, NAME, `${SCREENSHOTS}/retention-projection-desktop.png`);
    await expectAccessible(page, NAME);

    // The chapter's example, chosen with the arrow keys: the published α, β and years 8–10 ≈ 220, 204, 191.
    await widget.getByRole('combobox', { name: '数据' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => status.textContent()).toContain('按课本使用论文公布的 α = 0.704，β = 1.182');
    const sbg = await widget.locator('.rp-proj tbody tr td:nth-of-type(3)').allTextContents();
    expect(sbg.slice(8)).toEqual(['220.1', '204.4', '191.2']);

    // Fit on fewer years with the keyboard: years 0–5 leave 6 and 7 to check.
    await tabTo(page, widget.getByRole('combobox', { name: '用前几年拟合' }));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => status.textContent()).toContain('用第 0~5 年的数据估计出');
    expect(await widget.locator('.rp-findings').textContent()).toContain('留作检验的第 6~7 年');
    expect(await usedWidgets(page, '10-customer-winback')).toContain(NAME);

    // The mixture: the stable group's retention up by one with the arrow key (90 → 91 %).
    await tabTo(page, widget.getByLabel('稳定型保持率（%）'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    // By hand: 500 × 0.91 = 455, + 200 = 655 → 65.5 %.
    await expect.poll(() => widget.locator('.rp-mixture tbody tr:nth-of-type(2) td:last-of-type').textContent()).toBe('65.5%');
    await shootWidget(page, NAME, `${SCREENSHOTS}/retention-projection-desktop-changed.png`);
    await expectAccessible(page, NAME);
    expect(opened.errors()).toEqual([]);
  });

  it('reopens a shared custom cohort on a phone (390 × 844) and in projector mode', async () => {
    const link = `${CHAPTER10}?rp.s=1000,700,560,480,430&rp.fit=3&rp.h=8`;
    const phone = await openWidget(browser, link, NAME, COMPONENT, { viewport: { width: 390, height: 844 } });
    context = phone.context;
    await expect.poll(() => phone.widget.locator('.rp-status').textContent()).toContain('用第 0~3 年的数据估计出');
    expect(await phone.widget.getByRole('combobox', { name: '数据' }).inputValue()).toBe('custom');
    await waitForChart(phone.page);
    await shootWidget(phone.page, NAME, `${SCREENSHOTS}/retention-projection-phone.png`);
    await expectNoPageOverflow(phone.page);
    await expectAccessible(phone.page, NAME);
    expect(phone.errors()).toEqual([]);
    await phone.context.close();

    const projector = await openWidget(browser, `${CHAPTER10}?teacher=1`, NAME, COMPONENT, { settings: PROJECTOR_SETTINGS });
    context = projector.context;
    await expect.poll(() => projector.widget.locator('.rp-status').textContent()).toContain('α = 0.704');
    await waitForChart(projector.page);
    await shootWidget(projector.page, NAME, `${SCREENSHOTS}/retention-projection-projector.png`);
    await expectAccessible(projector.page, NAME);
    await expectNoPageOverflow(projector.page);
    expect(projector.errors()).toEqual([]);
  });

  it('speaks Traditional Chinese on /zh-hant/', async () => {
    const opened = await openWidget(browser, `/zh-hant${CHAPTER10}?rp.preset=highend`, NAME, COMPONENT);
    context = opened.context;
    await expect.poll(() => opened.widget.locator('.rp-status').textContent()).toContain('α = 0.668，β = 3.806');
    expect(await opened.widget.getByRole('heading', { name: '兩種預測差多少' }).count()).toBe(1);
    await waitForChart(opened.page);
    await shootWidget(opened.page, NAME, `${SCREENSHOTS}/retention-projection-zh-hant.png`);
    await expectAccessible(opened.page, NAME);
    expect(opened.errors()).toEqual([]);
  });
});
