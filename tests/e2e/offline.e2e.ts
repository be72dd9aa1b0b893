import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, SCREENSHOTS } from './support/browser';
import { url } from './support/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('offline', () => {
  it('after one visit, other chapters, a supplement, the Traditional pages and the datasets open with no network', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/'));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
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
});
