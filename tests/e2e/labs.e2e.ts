import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './support/browser';
import { expectAccessible, expectNoPageOverflow, openPage } from './support/widget';

// A lab page shows its rubric as a table (one row per criterion, a column per grade) to everyone, and its sample
// deliverable only in teacher mode.

const frontmatter = (slug: string) =>
  yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/labs/${slug}.mdx`, 'utf8'))![1]!) as { rubric: { id: string; criterion: string }[] };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('lab pages', () => {
  it.each(['key-accounts', 'logistics-front-desk'])('/labs/%s/: the rubric table has a row per criterion and the five grades', async (slug) => {
    const { context, page } = await openPage(browser, `/labs/${slug}/`, { viewport: { width: 390, height: 844 } });
    const table = page.getByRole('region', { name: '评分标准' }).locator('table');
    const criteria = frontmatter(slug).rubric;
    expect(await table.locator('tbody tr').count()).toBe(criteria.length);
    expect((await table.locator('thead th').allTextContents()).slice(1)).toEqual(['优', '良', '中', '及格', '不及格']);
    expect(await table.locator('tbody th').first().textContent()).toContain(criteria[0]!.criterion);
    await expectNoPageOverflow(page);
    await page.getByRole('heading', { name: '考核方式与评分标准' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/lab-${slug}-rubric-phone.png` });
    await context.close();
  });

  it('the sample deliverable is for teachers only', async () => {
    const student = await openPage(browser, '/labs/logistics-front-desk/');
    const sample = student.page.locator('aside.teacher-only', { hasText: '参考成果（教师）' });
    expect(await sample.count()).toBe(1);
    expect(await sample.isVisible()).toBe(false);
    expect(await student.page.getByRole('heading', { name: '托运业务情景卡' }).isVisible()).toBe(true);
    await student.context.close();

    const teacher = await openPage(browser, '/labs/logistics-front-desk/', { projector: true });
    const shown = teacher.page.locator('aside.teacher-only', { hasText: '参考成果（教师）' });
    await shown.scrollIntoViewIfNeeded();
    expect(await shown.isVisible()).toBe(true);
    await expectAccessible(teacher.page);
    await teacher.page.screenshot({ path: `${SCREENSHOTS}/lab-front-desk-sample-projector.png` });
    await teacher.context.close();
  });

  it('the Traditional page shows the same rubric', async () => {
    const { context, page } = await openPage(browser, '/zh-hant/labs/key-accounts/');
    expect(await page.getByRole('heading', { name: '考核方式與評分標準' }).count()).toBe(1);
    expect(await page.locator('.lab-rubric tbody tr').count()).toBe(frontmatter('key-accounts').rubric.length);
    await context.close();
  });
});
