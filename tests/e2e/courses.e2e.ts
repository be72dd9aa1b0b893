import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './support/browser';
import { url } from './support/site';
import { expectAccessible, expectNoPageOverflow, openPage } from './support/widget';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const PLANS = [
  ['/courses/crm-16079402/', 32],
  ['/courses/crm-practice-1502211/', 80],
  ['/zh-hant/courses/logistics-crm-n063341/', 32],
] as const;

/** A half-width comma, colon, semicolon or parenthesis touching a Chinese character. */
const HALF_WIDTH_IN_CHINESE = /\p{Script=Han}[,:;()]|[,:;()]\p{Script=Han}/gu;

const SIZES = [
  ['phone', { width: 390, height: 844 }, false],
  ['laptop', { width: 1366, height: 768 }, false],
  ['projector', { width: 1920, height: 1080 }, true],
] as const;

/** Each row of the 教学安排 table: its hour range (“5–8”), and how many lines the 学时 range and the 类型 take. */
function scheduleRows(page: Page) {
  return page.locator('h2:text-matches("^教[学學]安排$") + .table-scroll tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const [hours, kind] = row.querySelectorAll('td');
      // The range's own text (the cell's first node), not the smaller “4 学时” under it.
      const rangeNode = hours!.querySelector('[data-hour-range]') ?? hours!.firstChild!;
      const range = /^\d+(?:–\d+)?/.exec(rangeNode.textContent!.trim())?.[0] ?? '';
      const lines = (node: Node) => {
        const r = document.createRange();
        r.selectNodeContents(node);
        return new Set([...r.getClientRects()].map((rect) => Math.round(rect.top))).size;
      };
      return { range, hourLines: lines(rangeNode), kindLines: lines(kind!) };
    }),
  );
}

describe('course plans: the schedule', () => {
  it.each(PLANS)('%s: each row’s hours follow on from the row before and the last ends at %d', async (path, total) => {
    const { page, context } = await openPage(browser, path);
    const rows = await scheduleRows(page);
    expect(rows.length).toBeGreaterThan(5);
    let next = 1;
    for (const { range } of rows) {
      const [from, to = from] = range.split('–').map(Number);
      expect(from, range).toBe(next);
      expect(to!, range).toBeGreaterThanOrEqual(from!);
      next = to! + 1;
    }
    expect(next - 1).toBe(total);
    // Full-width punctuation in Chinese text (考核方式 once read “期末考试:70%”).
    expect((await page.locator('main').innerText()).match(HALF_WIDTH_IN_CHINESE)).toBeNull();
    await context.close();
  });

  it.each(SIZES)('at %s size no column wraps a character per line, nothing scrolls sideways, axe is clean', async (name, viewport, projector) => {
    for (const [path] of PLANS) {
      const { page, context } = await openPage(browser, path, { viewport, projector });
      const rows = await scheduleRows(page);
      expect(rows.length, path).toBeGreaterThan(5);
      expect(rows.filter((r) => r.hourLines > 1 || r.kindLines > 1), `${path} at ${name}`).toEqual([]);
      await expectNoPageOverflow(page);
      await expectAccessible(page);
      await page.addStyleTag({ content: '.site-header { position: static !important; }' });
      await page.locator('.schedule').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}/course-${path.split('/').at(-2)}-${name}.png` });
      await context.close();
    }
  });
});

describe('course plans: the chapters follow the plan chosen on the home page', () => {
  it('a chapter’s head gives its hours in that plan, or 选学 where the plan does not teach it; nothing before a plan is chosen', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/chapters/07-customer-communication/');
    const line = page.locator('.chapter-head [data-plan-hours]:visible');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.chapter)).toBe('07-customer-communication');
    expect(await line.count()).toBe(0);
    // The logistics plan, chosen on the home page by keyboard: chapter 7 is 6 hours there, chapter 9 not taught.
    await page.goto(url('/'));
    await page.locator('#course-plan').focus();
    await page.locator('#course-plan').selectOption('logistics-crm-n063341');
    await page.goto(url('/chapters/07-customer-communication/'));
    await expect.poll(() => line.textContent()).toBe('本课程计划：6 学时');
    expect(await page.locator('.chapter-head .meta-row').innerText()).toMatch(/^建议学时：4\s+本课程计划：6 学时\s+思考与实践：4 题$/);
    await page.goto(url('/chapters/09-customer-loyalty/'));
    await expect.poll(() => line.textContent()).toBe('本课程计划：选学（不在计划内）');
    await page.goto(url('/zh-hant/supplements/logistics-customer-service/'));
    await expect.poll(() => line.textContent()).toBe('本課程計劃：5 學時');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
