import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS, seriousA11yViolations } from './support/browser';
import { CHAPTER6 } from './support/rfm-e2e';
import { openWidget, shootWidget, tabTo, type ErrorWatch, type OpenOptions } from './support/widget';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let watched: ErrorWatch;
const realErrors = () => watched.errors();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const widget = () => page.locator('[data-widget="clv-calculator"]');
const values = () => widget().locator('.clv-value').allTextContents();

async function open(options: Pick<OpenOptions, 'viewport' | 'projector'> = {}) {
  await context?.close();
  const opened = await openWidget(browser, CHAPTER6, 'clv-calculator', 'ClvCalculator', options);
  ({ context, page } = opened);
  watched = opened;
}

describe('CLV calculator (chapter 6), keyboard only', () => {
  it('reproduces the chapter’s gym member: 1,593.07 / 1,900.06 for 5 years, 2,000 / 3,000 without a horizon, 1,700 with c = 300', async () => {
    await open();
    await expect.poll(values).toEqual(['方案甲 CLV = 1,593.07 元', '方案乙 CLV = 1,900.06 元']);
    await page.waitForFunction(() => (document.querySelector('[data-widget="clv-calculator"] canvas') as HTMLCanvasElement | null)?.width! > 0);
    await shootWidget(page, 'clv-calculator', `${SCREENSHOTS}/clv-calculator-chapter.png`);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A radio group is one Tab stop (the checked radio); the arrow keys choose within it.
    const finite = widget().getByRole('radio', { name: '有限年数' });
    await widget().getByRole('spinbutton', { name: '每年毛利 m（元）' }).first().focus();
    await tabTo(page, finite.first());
    await page.keyboard.press('ArrowRight');
    await tabTo(page, finite.nth(1));
    await page.keyboard.press('ArrowRight');
    await expect.poll(values).toEqual(['方案甲 CLV = 2,000.00 元', '方案乙 CLV = 3,000.00 元']);
    expect(await widget().locator('.clv-compare').textContent()).toContain('多 1,000.00 元（+50.0%）');

    await tabTo(page, widget().getByRole('spinbutton', { name: '获取成本 c（元）' }).first(), 40, 'Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('300');
    await expect.poll(values).toEqual(['方案甲 CLV = 1,700.00 元', '方案乙 CLV = 3,000.00 元']);
    await shootWidget(page, 'clv-calculator', `${SCREENSHOTS}/clv-calculator-infinite.png`);

    // The retention slider: arrow keys move 方案乙 from 90 % to 85 %: 600 / 0.25 = 2,400.
    await tabTo(page, widget().getByRole('slider', { name: '方案乙的保留率滑块' }));
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(values).toEqual(['方案甲 CLV = 1,700.00 元', '方案乙 CLV = 2,400.00 元']);
    expect(realErrors()).toEqual([]);
  });

  it('holds together on a phone and in projector mode', async () => {
    await open({ viewport: { width: 390, height: 844 } });
    await expect.poll(values).toHaveLength(2);
    expect(await widget().evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await shootWidget(page, 'clv-calculator', `${SCREENSHOTS}/clv-calculator-phone.png`);
    await open({ projector: true });
    await expect.poll(values).toHaveLength(2);
    await shootWidget(page, 'clv-calculator', `${SCREENSHOTS}/clv-calculator-projector.png`);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
