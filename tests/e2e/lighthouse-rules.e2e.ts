import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './support/browser';
import { allPages, DIST, url } from './support/site';

// What Lighthouse's mobile run (`npm run bench`, scripts/bench-lighthouse.ts) found and issue 15 fixed, held as rules
// a page can break. Heading order (accessibility) is checked with axe on every page in pages.e2e.ts.
const pages = allPages();
const head = (path: string) => /<head>([\s\S]*?)<\/head>/.exec(readFileSync(join(DIST, path, 'index.html'), 'utf8'))?.[1] ?? '';

describe('every page, as Lighthouse reads its head', () => {
  it.each(pages)('%s: a meta description, the one site-wide stylesheet, no blocking script', (path) => {
    const text = head(path);
    expect(/<meta name="description" content="[^"]{20,}"/.test(text), 'meta description (SEO)').toBe(true);
    // Widgets' own CSS is inlined (astro.config.mjs, assetsInlineLimit): each file linked here blocks the first paint.
    expect([...text.matchAll(/<link rel="stylesheet"[^>]*>/g)].length, 'render-blocking stylesheets').toBeLessThanOrEqual(1);
    const blocking = [...text.matchAll(/<script\b[^>]*\bsrc=[^>]*>/g)].map((m) => m[0]).filter((tag) => !/type="module"|\basync\b|\bdefer\b/.test(tag));
    expect(blocking, 'render-blocking scripts').toEqual([]);
  });
});

describe('layout shift on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  // The class board fills in from localStorage once mounted; its loading frame must not let the random-call widget
  // below it jump (Lighthouse measured CLS 0.142 there).
  it.each(['/class/', '/notebook/', '/crm/'])('%s: cumulative layout shift under 0.1', async (path) => {
    const context = await newContext(browser, { viewport: { width: 412, height: 823 }, touch: true });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // As on a slow phone: the server's HTML is painted before the scripts arrive and the islands mount.
    const held: Route[] = [];
    let painted = false;
    await page.route('**/_astro/**/*.js', (route) => (painted ? route.continue() : void held.push(route)));
    await page.goto(url(path), { waitUntil: 'commit' });
    await page.waitForSelector('footer');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    painted = true;
    await Promise.all(held.map((route) => route.continue()));
    await page.waitForLoadState('load');
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0), JSON.stringify(shifts)).toBeLessThan(0.1);
    await context.close();
  });
});
