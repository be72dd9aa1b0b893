import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, SCREENSHOTS } from './support/browser';
import { url } from './support/site';
import { reachWidget } from './support/widget';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Opens one page with the network, waits until its service worker has precached the site, then cuts the network. */
async function visitThenGoOffline(path: string) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url(path));
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  return { context, page };
}

describe('offline', () => {
  it('after one visit, other chapters, a supplement, the Traditional pages and the datasets open with no network', async () => {
    const { context, page } = await visitThenGoOffline('/');
    for (const path of ['/chapters/03-customer-selection/', '/chapters/06-customer-tiering/', '/chapters/09-customer-loyalty/', '/zh-hant/chapters/02-crm-technology/', '/supplements/logistics-customer-service/', '/notebook/']) {
      const response = await page.goto(url(path));
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator('h1').first().textContent()).toBeTruthy();
    }
    await page.screenshot({ path: `${SCREENSHOTS}/offline-notebook.png` });
    const csv = await page.evaluate(async () => {
      const manifest = await (await fetch('/datasets/manifest.json')).json();
      const first = manifest[0];
      const text = await (await fetch(`/datasets/${first.file}`)).text();
      return { files: manifest.length, header: text.split('\n')[0] };
    });
    expect(csv.files).toBeGreaterThan(0);
    expect(csv.header?.length ?? 0).toBeGreaterThan(3);
    await context.close();
  });

  it('after one visit, a chapter’s slides open with no network, their widget starts and the .pptx downloads', async () => {
    const { context, page } = await visitThenGoOffline('/');
    await page.goto(url('/chapters/06-customer-tiering/slides/#1'));
    const rfm = await page.evaluate(() => document.querySelector('astro-island[component-url*="RfmCalculator"]')!.closest<HTMLElement>('.slide')!.dataset.slide);
    await page.goto(url(`/chapters/06-customer-tiering/slides/#${rfm}`));
    await page.waitForFunction(() => document.querySelector('astro-island[component-url*="RfmCalculator"]:not([ssr])') !== null, null, { timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: '下载 PPT' }).click()]);
    expect(download.suggestedFilename()).toBe('第六章 客户分级.pptx');
    await context.close();
  });

  it('after one visit, the dataset widgets analyse with no network: the shared analysis worker and each widget’s analysis are precached', async () => {
    const { context, page } = await visitThenGoOffline('/');
    await page.goto(url('/chapters/06-customer-tiering/'));
    await reachWidget(page, 'rfm-calculator', 'RfmCalculator');
    await reachWidget(page, 'abc-analysis', 'AbcAnalysis');
    await expect.poll(() => page.locator('[data-widget="rfm-calculator"] .rfm-status').textContent(), { timeout: 60_000 }).toContain('3,750 位客户');
    await expect.poll(() => page.locator('[data-widget="abc-analysis"] .abc-status').textContent(), { timeout: 60_000 }).toMatch(/\d+ 位客户/);
    const alerts = await page.locator('.widget-error, [data-widget] [role="alert"]').allTextContents();
    expect(alerts.filter((text) => text.trim() !== '')).toEqual([]);
    await context.close();
  });

  it('after one visit to a chapter, search works with no network, in both scripts (the WebAssembly is precached)', async () => {
    const { context, page } = await visitThenGoOffline('/chapters/06-customer-tiering/');
    for (const [path, chapter] of [
      ['/search/?q=RFM', '/chapters/06-customer-tiering/'],
      ['/zh-hant/search/?q=投訴', '/zh-hant/chapters/07-customer-communication/'],
    ]) {
      await page.goto(url(path!));
      const status = page.locator('#search-status');
      await status.filter({ hasText: /找到|索引/ }).waitFor({ timeout: 60_000 });
      expect(await status.textContent(), path).toMatch(/^找到 \d+ [个個]/);
      const links = await page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(links, path).toContain(chapter);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/offline-search.png` });
    await context.close();
  });
});
