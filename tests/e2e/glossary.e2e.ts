import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, SCREENSHOTS, seriousA11yViolations } from './support/browser';
import { url } from './support/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const CHAPTER = '/chapters/09-customer-loyalty/';

describe('glossary terms in the chapters', () => {
  it('show their definition on keyboard focus, are named for screen readers, and lead to the glossary', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url(CHAPTER));
    const term = page.locator('.term a').first();
    const tipId = await term.getAttribute('aria-describedby');
    expect(tipId).toBeTruthy();
    const tip = page.locator(`#${tipId}`);
    expect(await tip.isVisible()).toBe(false);

    await term.focus();
    expect(await tip.isVisible()).toBe(true);
    const description = await tip.textContent();
    // Full-width punctuation, as the site writes Chinese: 客户忠诚（Customer Loyalty）：…
    expect(description).toMatch(/^[^()（]+（[A-Za-z][^）]*）：.{10,}/);
    await page.screenshot({ path: `${SCREENSHOTS}/glossary-term-focus.png` });
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);

    const href = await term.getAttribute('href');
    expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(url(href!));
    const entry = page.locator(href!.replace('/glossary/', ''));
    expect(await entry.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(href!.split('#')[1]);
    await context.close();
  });

  it('show their definition on mouse hover', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url(CHAPTER));
    const term = page.locator('.term').nth(2);
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    expect(await term.locator('.term-tip').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the glossary page', () => {
  it('lists at least 80 terms, filters as one types, and stays accessible', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/glossary/'));
    expect(await page.locator('.glossary-entry').count()).toBeGreaterThanOrEqual(80);
    await page.getByLabel('筛选术语（中文或英文）').fill('loyalty');
    const shown = await page.locator('.glossary-entry:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(20);
    expect(await page.getByRole('status').first().textContent()).toContain(`找到 ${shown} 个术语`);
    await page.screenshot({ path: `${SCREENSHOTS}/glossary-filter.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('lists each other name once, and the filter finds a term written with or without its space', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/glossary/'));
    const rfm = page.locator('#rfm-analysis');
    expect((await rfm.locator('.points').textContent())!.trim()).toMatch(/又称：RFM 分析、RFM$/);
    await page.getByLabel('筛选术语（中文或英文）').fill('RFM分析');
    await expect.poll(() => rfm.isVisible()).toBe(true);
    expect(await page.locator('.glossary-entry:visible').count()).toBeLessThan(5);
    await context.close();
  });
});
