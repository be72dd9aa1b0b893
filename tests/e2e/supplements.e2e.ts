import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHant } from '~/i18n/hant-html';
import { launchBrowser, newContext, SCREENSHOTS } from './support/browser';
import { DIST, url } from './support/site';
import { expectAccessible, expectNoPageOverflow, openPage, reachWidget } from './support/widget';

// Supplements (补充讲义): pages built like chapters, in both scripts, with answers saved like a chapter's, in the
// logistics plan's course map, the notebook and search; and every topic link of every course plan lands on a heading.

const LOGISTICS = '/supplements/logistics-customer-service/';
const SUPPLEMENTS = ['logistics-customer-service', 'channel-customers'].map((slug) => {
  const text = readFileSync(`content/supplements/${slug}.mdx`, 'utf8');
  const data = yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { title: string; sections: { heading: string }[]; questions: { text: string }[] };
  return { slug, ...data };
});
const squash = (text: string) => text.replace(/\s+/g, '');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('supplement pages', () => {
  const cases = SUPPLEMENTS.flatMap((s) => [
    { ...s, prefix: '', convert: (t: string) => t },
    { ...s, prefix: '/zh-hant', convert: toHant },
  ]);

  it.each(cases)('$prefix/supplements/$slug/: title, every section heading and the four questions', async ({ slug, title, sections, questions, prefix, convert }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url(`${prefix}/supplements/${slug}/`));
    expect(squash((await page.locator('h1').first().textContent()) ?? '')).toBe(squash(convert(title)));
    const h2s = (await page.locator('main h2').allTextContents()).map(squash);
    for (const section of sections) expect(h2s).toContain(squash(convert(section.heading)));
    expect(await page.locator('.question-list > li').count()).toBe(4);
    const asked = squash((await page.locator('.question-list').textContent()) ?? '');
    for (const q of questions) expect(asked).toContain(squash(convert(q.text)));
    expect(await page.locator('.chapter-list a[aria-current="page"]').textContent()).toContain(convert('补充讲义'));
    await context.close();
  });

  it('on a phone: no sideways scrolling, nothing serious for axe', async () => {
    const { context, page } = await openPage(browser, LOGISTICS, { viewport: { width: 390, height: 844 } });
    await expectNoPageOverflow(page);
    await expectAccessible(page);
    await page.screenshot({ path: `${SCREENSHOTS}/supplement-logistics-phone.png` });
    await context.close();
  });

  it('an answer typed under 思考与实践 is saved, survives a reload and shows in the notebook under 补充讲义', async () => {
    const { context, page } = await openPage(browser, LOGISTICS);
    const box = page.locator('[data-widget="think-practice"] textarea').first();
    await reachWidget(page, 'think-practice', 'ThinkPractice');
    await box.click();
    await page.keyboard.type('客户服务贯穿交付的全过程。');
    await expect.poll(() => page.locator('[data-widget="think-practice"] .status').textContent()).toContain('已自动保存');
    await page.reload();
    await reachWidget(page, 'think-practice', 'ThinkPractice');
    await expect.poll(() => box.inputValue()).toBe('客户服务贯穿交付的全过程。');
    await page.goto(url('/notebook/'));
    const section = page.locator('#nb-logistics-customer-service');
    await expect.poll(() => section.textContent()).toContain('补充讲义 物流客户服务实务');
    // The notebook's boxes are filled when its island comes alive, which may be after the section heading shows.
    await expect.poll(() => page.locator('#nb-logistics-customer-service-q1').inputValue()).toBe('客户服务贯穿交付的全过程。');
    await page.screenshot({ path: `${SCREENSHOTS}/supplement-in-notebook.png` });
    await context.close();
  });

  it('the logistics plan’s course map counts it; other plans show it as optional', async () => {
    const { context, page } = await openPage(browser, '/', { settings: { teacher: false, projector: false, course: 'logistics-crm-n063341' } });
    const card = page.locator('[data-chapter-card="logistics-customer-service"]');
    await expect.poll(() => card.locator('[data-hours-label]').textContent()).toBe('本计划 5 学时');
    await page.selectOption('#course-plan', 'crm-16079402');
    await expect.poll(() => card.locator('[data-hours-label]').textContent()).toBe('不在本课程计划内（可选学）');
    await page.screenshot({ path: `${SCREENSHOTS}/course-map-supplement.png` });
    await context.close();
  });

  it('search finds it in both scripts', async () => {
    for (const [path, expected] of [
      ['/search/?q=收款六策略', LOGISTICS],
      [`/zh-hant/search/?q=${toHant('窜货')}`, '/zh-hant/supplements/channel-customers/'],
    ]) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(url(path!));
      await page.locator('#search-status').filter({ hasText: /找到|没有找到|沒有找到/ }).waitFor();
      const links = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(links, path).toContain(expected);
      await context.close();
    }
  });
});

describe('course plans’ topic links', () => {
  /** The ids of a built page, read from its HTML. */
  const idsOf = (path: string): Set<string> => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  };

  it.each(['', '/zh-hant'])('%s/courses/*: every topic link lands on a heading of the built page', (prefix) => {
    const checked: string[] = [];
    for (const course of ['crm-practice-1502211', 'logistics-crm-n063341']) {
      const html = readFileSync(join(DIST, `${prefix}/courses/${course}`, 'index.html'), 'utf8');
      const cells = [...html.matchAll(/<p class="topic-links"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
      const links = cells.flatMap((cell) => [...cell.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!));
      expect(links.length, course).toBeGreaterThan(10);
      for (const link of links) {
        const [path, hash] = link.split('#');
        expect(path!.startsWith(`${prefix}/`), link).toBe(true);
        expect(idsOf(path!).has(decodeURIComponent(hash!)), link).toBe(true);
        checked.push(link);
      }
    }
    expect(checked.some((l) => l.includes('/supplements/'))).toBe(true);
  });
});
