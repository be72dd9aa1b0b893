// The site built for a sub-path (BASE_PATH=/crm-lab/, as a school serves it from https://www.example.edu.cn/crm-lab/),
// served under that path only: pages in both scripts, a widget with a bundled dataset, search, the service worker
// and offline after one visit, and no request outside /crm-lab/. `npm run test:e2e` makes this build into
// dist-base/crm-lab/; E2E_BASE_DIST names another folder holding crm-lab/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, SCREENSHOTS, seriousA11yViolations } from './support/browser';
import { serveStatic } from './support/static-server';

const BASE = '/crm-lab/';
const ROOT = process.env.E2E_BASE_DIST?.replace(/\/$/, '') ?? 'dist-base';
const SITE = join(ROOT, BASE);

let browser: Browser;
let server: { origin: string; close: () => Promise<void> };
beforeAll(async () => {
  if (!existsSync(join(SITE, 'index.html'))) {
    throw new Error(`No build under ${SITE}: run \`BASE_PATH=${BASE} npx astro build --outDir ${SITE}\` (npm run test:e2e does).`);
  }
  server = await serveStatic(ROOT);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const at = (path: string) => server.origin + BASE + path.replace(/^\//, '');

/** A fresh context that records every request it makes (service worker's included) and every failed response. */
async function watchedContext(): Promise<{ context: BrowserContext; page: Page; outside: string[]; failed: string[] }> {
  const context = await newContext(browser);
  const outside: string[] = [];
  const failed: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && (url.origin !== server.origin || !url.pathname.startsWith(BASE))) outside.push(request.url());
  });
  context.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  return { context, page: await context.newPage(), outside, failed };
}

type Watched = Awaited<ReturnType<typeof watchedContext>>;

/** No request left the base and none failed; closes the context. */
async function closeInside({ context, outside, failed }: Watched): Promise<void> {
  expect(failed).toEqual([]);
  expect(outside).toEqual([]);
  await context.close();
}

/** Root paths that escape the base: in attributes of pages, in calls and assignments of scripts, in styles. */
const ESCAPES: Record<string, RegExp> = {
  '.html': /\s(?:href|src|action|poster|component-url|renderer-url|before-hydration-url|content)=["']\/(?!\/|crm-lab\/)[^"']*/g,
  '.js': /(?:fetch|import|register|importScripts|new URL|new Worker|open)\(\s*["'`]\/(?!\/|crm-lab\/)[^"'`]*|\.(?:href|src|action)=["'`]\/(?!\/|crm-lab\/)[^"'`]*|\burl:\s*["']\/(?!\/|crm-lab\/)[^"']*/g,
  '.css': /url\(\s*["']?\/(?!\/|crm-lab\/)[^)"']*/g,
  '.webmanifest': /"(?:start_url|scope|src)":"\/(?!crm-lab\/)[^"]*/g,
};

function escapesIn(text: string, ext: string): string[] {
  return [...text.matchAll(ESCAPES[ext]!)].map((m) => m[0]);
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : extname(name) in ESCAPES ? [path] : [];
  });
}

describe(`the site built for ${BASE}`, () => {
  it('the check finds root paths that escape the base', () => {
    expect(escapesIn('<a href="/notebook/"><a href="/crm-lab/labs/"><a href="//x.cn/">', '.html')).toEqual([' href="/notebook/']);
    expect(escapesIn('fetch(`/exam/bank/${s}.json`);register("/sw.js",{scope:"/"});a.href="/crm-lab/x/"', '.js')).toEqual([
      'fetch(`/exam/bank/${s}.json',
      'register("/sw.js',
    ]);
    expect(escapesIn('{"start_url":"/","scope":"/crm-lab/"}', '.webmanifest')).toEqual(['"start_url":"/']);
  });

  it('its pages, scripts, styles and manifest name no root path outside the base', () => {
    const files = builtFiles(SITE);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => escapesIn(readFileSync(file, 'utf8'), extname(file)).map((e) => `${relative(SITE, file)}: ${e}`));
    expect(found).toEqual([]);
  });

  it('opens pages in both scripts, with every link, canonical and hreflang under the base, and follows a link', async () => {
    const watched = await watchedContext();
    const { page } = watched;
    for (const [path, lang] of [
      ['/', 'zh-CN'],
      ['/chapters/03-customer-selection/', 'zh-CN'],
      ['/glossary/', 'zh-CN'],
      ['/zh-hant/', 'zh-Hant'],
      ['/zh-hant/chapters/02-crm-technology/', 'zh-Hant'],
    ] as const) {
      const response = await page.goto(at(path));
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('h1').first().textContent()).toBeTruthy();
      const paths = await page.locator('a[href]:not([href^="#"])').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(paths.filter((p) => !p.startsWith('/crm-lab/')), path).toEqual([]);
      const otherScript = await page.locator('a[href]:not([href^="#"]):not([hreflang])').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      // A Traditional page links to Traditional pages, but for its script switch (which names its hreflang).
      if (lang === 'zh-Hant') expect(otherScript.filter((p) => /^\/crm-lab\/(chapters|glossary|labs)\//.test(p)), path).toEqual([]);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toBe(`http://localhost:4321/crm-lab${path}`);
      const hreflang = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));
      const hans = path.replace(/^\/zh-hant\//, '/');
      expect(hreflang).toEqual([`zh-CN http://localhost:4321/crm-lab${hans}`, `zh-Hant http://localhost:4321/crm-lab/zh-hant${hans}`]);
    }
    await page.getByRole('navigation', { name: '主導航' }).getByRole('link', { name: '名詞解釋' }).click();
    await page.waitForURL(at('/zh-hant/glossary/'));
    await page.screenshot({ path: `${SCREENSHOTS}/base-path-glossary-hant.png` });
    await closeInside(watched);
  });

  it('runs a widget on its bundled dataset (manifest, CSV and worker under the base)', async () => {
    const watched = await watchedContext();
    const { page } = watched;
    await page.goto(at('/chapters/06-customer-tiering/'));
    const widget = page.locator('[data-widget="rfm-calculator"]');
    await widget.scrollIntoViewIfNeeded();
    await expect.poll(() => widget.locator('.rfm-status').textContent(), { timeout: 60_000 }).toContain('3,750 位客户');
    await page.addStyleTag({ content: '.site-header { position: static !important; }' });
    await widget.screenshot({ path: `${SCREENSHOTS}/base-path-rfm.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await closeInside(watched);
  });

  it('draws a practice set from the exam bank’s JSON under the base', async () => {
    const watched = await watchedContext();
    const { page } = watched;
    await page.goto(at('/exam/practice/'));
    const widget = page.locator('[data-widget="exam-practice"]');
    await widget.scrollIntoViewIfNeeded();
    await widget.getByRole('button', { name: '开始练习' }).click();
    await widget.getByRole('heading', { level: 4, name: /第 1 \/ \d+ 题/ }).waitFor({ timeout: 60_000 });
    await closeInside(watched);
  });

  it('searches from the header’s form with Pagefind, in both scripts, and links results under the base', async () => {
    const watched = await watchedContext();
    const { page } = watched;
    for (const [start, query, chapter] of [
      ['/', 'RFM', '/crm-lab/chapters/06-customer-tiering/'],
      ['/zh-hant/', '投訴', '/crm-lab/zh-hant/chapters/07-customer-communication/'],
    ] as const) {
      await page.goto(at(start));
      await page.getByRole('searchbox').fill(query);
      await page.getByRole('searchbox').press('Enter');
      await page.waitForURL((u) => u.pathname === `${BASE}${start.replace(/^\//, '')}search/`);
      const status = page.locator('#search-status');
      await status.filter({ hasText: /找到|索引/ }).waitFor({ timeout: 60_000 });
      expect(await status.textContent(), query).toMatch(/^找到 \d+ [个個]/);
      const links = await page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(links, query).toContain(chapter);
    }
    await closeInside(watched);
  });

  it('registers its service worker for the base and, after one visit, works offline: pages, a dataset, search', async () => {
    const watched = await watchedContext();
    const { context, page } = watched;
    await page.goto(at('/'));
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(at('/'));
    // A started lab worksheet: the notebook loads its questions from <base>notebook/worksheets.json, precached.
    await page.evaluate(() =>
      localStorage.setItem('crm-lab:worksheets', JSON.stringify({ v: 1, data: { labs: { 'loyalty-programme': { 'loyal-value': { value: '老会员带来新会员。', updatedAt: '2026-11-25T08:00:00.000Z' } } } } })),
    );
    await context.setOffline(true);
    for (const path of ['/chapters/09-customer-loyalty/', '/zh-hant/chapters/02-crm-technology/', '/notebook/']) {
      const response = await page.goto(at(path));
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator('h1').first().textContent()).toBeTruthy();
    }
    await page.locator('.notebook-labs').getByText('忠诚客户给鲜邻超市带来的价值（每项一个例子）：').waitFor();
    expect(await page.locator('.notebook-labs').textContent()).toContain('老会员带来新会员。');
    const header = await page.evaluate(async (base) => (await (await fetch(`${base}datasets/retail-transactions.csv`)).text()).split('\n')[0], BASE);
    expect(header?.length ?? 0).toBeGreaterThan(3);
    await page.goto(at('/search/?q=RFM'));
    await page.locator('#search-status').filter({ hasText: /找到|索引/ }).waitFor({ timeout: 60_000 });
    expect(await page.locator('#search-status').textContent()).toMatch(/^找到 \d+ 个/);
    await page.screenshot({ path: `${SCREENSHOTS}/base-path-offline-search.png` });
    await closeInside(watched);
  });
});
