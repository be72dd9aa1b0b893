import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, SCREENSHOTS, seriousA11yViolations, watchConsole } from './support/browser';
import { allPages, origin, shotName, url } from './support/site';

const JS_BUDGET_BYTES = 60 * 1024;
/** axe rules of moderate impact that Lighthouse's accessibility score counts (issue 15: accessibility 100 on every page). */
const LIGHTHOUSE_MODERATE_RULES = ['heading-order'];
let browser: Browser;
const pages = allPages();
const weights: { path: string; scripts: number; gzip: number }[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (weights.length) {
    console.log('\nGzipped JavaScript loaded before interaction (budget 60 KB):');
    for (const w of weights) console.log(`  ${(w.gzip / 1024).toFixed(1).padStart(6)} KB  ${String(w.scripts).padStart(2)} files  ${w.path}`);
    const max = weights.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    console.log(`  largest: ${(max.gzip / 1024).toFixed(1)} KB on ${max.path}\n`);
  }
});

describe('every page, in both scripts', () => {
  it('has pages in both scripts', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((p) => p.startsWith('/zh-hant/')).length).toBe(pages.filter((p) => !p.startsWith('/zh-hant/')).length);
  });

  it.each(pages)('%s: no serious accessibility violation, no console error, no request elsewhere, JS within budget', async (path) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchConsole(page);
    const scripts = new Map<string, number>();
    page.on('request', (request) => {
      const target = request.url();
      if (!target.startsWith(origin()) && !/^(data|blob):/.test(target)) foreignRequests.push(`${path} → ${target}`);
    });
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      try {
        scripts.set(response.url(), gzipSync(await response.body()).length);
      } catch {
        /* a response without a body (redirect) carries no script */
      }
    });
    const response = await page.goto(url(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    const gzip = [...scripts.values()].reduce((a, b) => a + b, 0);
    weights.push({ path, scripts: scripts.size, gzip });

    const lang = await page.getAttribute('html', 'lang');
    expect(lang).toBe(path.startsWith('/zh-hant/') ? 'zh-Hant' : 'zh-CN');
    await page.screenshot({ path: `${SCREENSHOTS}/pages/${shotName(path)}.png` });

    const violations = await seriousA11yViolations(page, LIGHTHOUSE_MODERATE_RULES);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(errors).toEqual([]);
    expect(gzip, `${path} loads ${gzip} bytes of gzipped JavaScript`).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    await context.close();
  });

  it('made no request to another origin', () => {
    expect(foreignRequests).toEqual([]);
  });
});
