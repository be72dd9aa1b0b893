import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, SCREENSHOTS } from './support/browser';
import { url } from './support/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function resultLinks(path: string): Promise<string[]> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url(path));
  await page.locator('#search-status').filter({ hasText: /找到|没有找到|沒有找到/ }).waitFor();
  const links = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  await page.screenshot({ path: `${SCREENSHOTS}/search-${links.length}-${encodeURIComponent(path).slice(-24).replace(/%/g, '')}.png` });
  await context.close();
  return links;
}

describe('search (Pagefind, both scripts)', () => {
  it.each([
    ['/search/?q=客户忠诚', '/chapters/09-customer-loyalty/'],
    ['/search/?q=忠诚', '/chapters/09-customer-loyalty/'],
    ['/search/?q=终身价值', '/chapters/06-customer-tiering/'],
    ['/search/?q=数据仓库', '/glossary/'],
    ['/zh-hant/search/?q=客戶忠誠', '/zh-hant/chapters/09-customer-loyalty/'],
    ['/zh-hant/search/?q=忠誠', '/zh-hant/chapters/09-customer-loyalty/'],
  ])('%s finds %s', async (path, expected) => {
    const links = await resultLinks(path);
    expect(links).toContain(expected);
  });

  it('links to the section that matches, so the reader lands on the right paragraph', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/search/?q=终身价值'));
    await page.locator('#search-status').filter({ hasText: '找到' }).waitFor();
    const section = page.locator('#search-results a[href*="/chapters/06-customer-tiering/#"]').first();
    const href = await section.getAttribute('href');
    expect(href).toMatch(/#.+/);
    await section.click();
    await page.waitForURL(/06-customer-tiering\/#/);
    const id = decodeURIComponent(href!.split('#')[1]!);
    const top = await page.evaluate((target) => document.getElementById(target)?.getBoundingClientRect().top ?? -1, id);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await context.close();
  });

  it.each([
    ['/search/?q=帕累托', 'pareto-principle'],
    ['/search/?q=终身价值', 'customer-lifetime-value'],
    ['/zh-hant/search/?q=終身價值', 'customer-lifetime-value'],
  ])('%s: the glossary result lands on the entry, not on the top of 120 terms', async (path, entry) => {
    // The glossary's entries are not headings, so Pagefind gives it no section: the result linked to /glossary/.
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url(path));
    await page.locator('#search-status').filter({ hasText: '找到' }).waitFor();
    const link = page.locator('#search-results > li > a[href*="/glossary/"]');
    expect(await link.getAttribute('href')).toMatch(new RegExp(`/glossary/#${entry}$`));
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/glossary/#${entry}$`));
    const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, entry);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await context.close();
  });

  it.each([
    ['/search/?q=RFM', '/chapters/06-customer-tiering/'],
    ['/zh-hant/search/?q=RFM', '/zh-hant/chapters/06-customer-tiering/'],
    ['/search/?q=投诉', '/chapters/07-customer-communication/'],
    ['/zh-hant/search/?q=投訴', '/zh-hant/chapters/07-customer-communication/'],
  ])('%s puts the chapter that teaches it first: %s; every snippet starts where a sentence or clause starts', async (path, chapter) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url(path));
    await page.locator('#search-status').filter({ hasText: '找到' }).waitFor();
    const pages = await page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(pages[0]).toBe(chapter);
    const snippets = await page.locator('#search-results p').allInnerTexts();
    expect(snippets.length).toBeGreaterThan(3);
    // Not mid-word (“-key 用的是…”) nor after a cut-off clause (“、RFM 分析法.”).
    expect(snippets.filter((text) => /^[、，。；：:;,.）)\-—]|^[a-z]/.test(text))).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/search-ranked-${path.includes('hant') ? 'hant' : 'hans'}-${path.includes('RFM') ? 'rfm' : 'complaint'}.png` });
    await context.close();
  });

  it('a Traditional search stays in Traditional pages', async () => {
    const links = await resultLinks('/zh-hant/search/?q=客戶');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith('/zh-hant/'))).toBe(true);
  });
});
