import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './support/browser';
import { url } from './support/site';
import { expectAccessible, expectNoPageOverflow, JS_BUDGET_BYTES, openPage, weighScripts } from './support/widget';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A half-width comma, colon, semicolon or parenthesis touching a Chinese character (the plan picker read “(企业管理类各专业,32 学时)”). */
const HALF_WIDTH_IN_CHINESE = /\p{Script=Han}[,:;()]|[,:;()]\p{Script=Han}/gu;

const SIZES = [
  ['phone', { width: 390, height: 844 }, false],
  ['laptop', { width: 1366, height: 768 }, false],
  ['projector', { width: 1920, height: 1080 }, true],
] as const;

/** The element's box relative to the first screen. */
const box = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

/** Progress as the chapters store it: chapter 1 opened with one answer written. */
async function studiedChapterOne(page: Page): Promise<void> {
  await page.evaluate(() => {
    localStorage.setItem('crm-lab:progress', JSON.stringify({ v: 1, data: { chapters: { '01-crm-philosophy': { visitedAt: '2025-03-01T08:00:00.000Z', widgets: [] } } } }));
    localStorage.setItem('crm-lab:notebook', JSON.stringify({ v: 2, data: { answers: { '01-crm-philosophy': { q1: { text: '以客户为中心。', updatedAt: '2025-03-01T08:10:00.000Z' } } } } }));
  });
}

describe('home: a learner’s first screen', () => {
  it.each(SIZES)('at %s size the next step and the course map come first; the three entries follow; nothing scrolls sideways; axe clean', async (name, viewport, projector) => {
    const { page, context, errors } = await openPage(browser, '/', { viewport, projector });
    await page.waitForLoadState('networkidle');
    const cta = page.getByRole('link', { name: '从第一章开始' });
    expect(await cta.getAttribute('href')).toBe('/chapters/01-crm-philosophy/');
    const ctaBox = await box(page, '#continue-hint');
    expect(ctaBox.bottom, 'the next step is on the first screen').toBeLessThanOrEqual(viewport.height);

    const map = page.getByRole('region', { name: '课程地图' });
    expect(await map.getByRole('link').filter({ hasText: /学时|选学/ }).count()).toBe(10);
    const mapBox = await box(page, '.route-panel');
    if (viewport.width >= 1366) {
      // Beside the introduction, not under it: the right half of the first screen shows the course.
      expect(mapBox.left).toBeGreaterThan(viewport.width * 0.4);
      expect(mapBox.top).toBeLessThan(viewport.height / 3);
    } else {
      expect(mapBox.top, 'the map starts on the first screen').toBeLessThan(viewport.height);
    }
    for (const [who, links] of [['学生', 2], ['教师', 3], ['自学', 1]] as const) {
      const card = page.locator('.role-card').filter({ has: page.getByRole('heading', { name: who, exact: true }) });
      expect(await card.getByRole('link').count(), who).toBe(links);
    }
    const board = page.locator('.role-card').getByRole('link', { name: /^班级看板/ });
    expect(await board.getAttribute('href')).toMatch(/\/class\/\?teacher=1$/);
    expect(await page.locator('.role-card').getByRole('link', { name: '题库练习与错题本' }).getAttribute('href')).toMatch(/\/exam\/practice\/$/);
    expect((await page.locator('main').innerText()).match(HALF_WIDTH_IN_CHINESE)).toBeNull();
    await expectNoPageOverflow(page);
    await expectAccessible(page);
    expect(errors()).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/home-${name}.png` });
    await page.screenshot({ path: `${SCREENSHOTS}/home-${name}-full.png`, fullPage: true });
    await context.close();
  });

  it('a returning learner is told where to go on, and the map shows where they stand', async () => {
    const { page, context } = await openPage(browser, '/', { viewport: { width: 390, height: 844 } });
    await studiedChapterOne(page);
    await page.reload();
    const cta = page.locator('#continue-hint');
    await expect.poll(() => cta.textContent()).toBe('继续学习：第二章 客户关系管理的技术');
    expect(await cta.getAttribute('href')).toBe('/chapters/02-crm-technology/');
    const node = (slug: string) => page.locator(`[data-route-chapter="${slug}"]`);
    expect(await node('01-crm-philosophy').getAttribute('data-status')).toBe('started');
    expect(await node('01-crm-philosophy').getByRole('link').textContent()).toContain('学习中');
    expect(await node('02-crm-technology').getByRole('link').textContent()).toContain('下一步');
    expect(await page.locator('#home-progress').textContent()).toBe('本计划 10 章，已学习 1 章，思考题已答 1/40。');
    await page.screenshot({ path: `${SCREENSHOTS}/home-returning-phone.png` });

    // The logistics plan teaches chapter 7 second and leaves chapter 2 out.
    await page.getByLabel('课程计划').selectOption({ label: '《客户关系管理》（物流管理专业）（32 学时）' });
    await expect.poll(() => cta.textContent()).toBe('继续学习：第七章 客户沟通');
    expect(await node('02-crm-technology').getByRole('link').textContent()).toContain('选学');
    expect(await node('07-customer-communication').getByRole('link').textContent()).toMatch(/6 学时 · 下一步/);
    await page.goto(url('/'));
    await expect.poll(() => cta.textContent()).toBe('继续学习：第七章 客户沟通');
    await context.close();
  });

  it(`loads at most ${JS_BUDGET_BYTES / 1024} KB of gzipped JavaScript before interaction`, async () => {
    const { page, context } = await openPage(browser, '/zh-hant/', { viewport: { width: 390, height: 844 } });
    const weight = weighScripts(page);
    await page.reload({ waitUntil: 'networkidle' });
    console.log(`home: ${(weight.gzip() / 1024).toFixed(1)} KB of gzipped JavaScript before interaction`);
    expect(weight.gzip()).toBeGreaterThan(0);
    expect(weight.gzip()).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    expect(await page.getByRole('link', { name: '從第一章開始' }).count()).toBe(1);
    await context.close();
  });
});
