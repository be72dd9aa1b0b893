import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './support/browser';
import { expectAccessible, expectNoPageOverflow, openPage, reachWidget, SCREEN_SIZES, shootWidget, tabTo } from './support/widget';

// 题库练习 (/exam/practice/) by keyboard on a phone: a set of 判断 drawn, one answered wrongly, and the item is back in
// the 错题本 after a reload and offline, where it can be practised again.

const PAGE = '/exam/practice/';
const PHONE = SCREEN_SIZES[0]![1];

/** Every 判断 key of the bank, by id (from content/exam/, as the site is built from it). */
const JUDGE_KEYS = new Map<string, boolean>(
  readdirSync('content/exam')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => (load(readFileSync(`content/exam/${f}`, 'utf8')) as { items: { id: string; type: string; answer: unknown }[] }).items)
    .filter((item) => item.type === '判断')
    .map((item) => [item.id, item.answer as boolean]),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function reachPractice(page: Page): Promise<Locator> {
  await reachWidget(page, 'exam-practice', 'ExamPractice');
  return page.locator('[data-widget="exam-practice"]');
}

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('crm-lab:exam-practice') ?? 'null')?.data);

describe('exam practice', () => {
  it('takes a set by keyboard; a wrong answer comes back in the 错题本 after a reload and offline', async () => {
    const { context, page, errors } = await openPage(browser, PAGE, { viewport: PHONE });
    await page.evaluate(async () => navigator.serviceWorker?.ready);
    const widget = await reachPractice(page);

    // Only 判断: Tab through the 题型 boxes, Space on every other one.
    const types = widget.getByRole('group', { name: '题型' }).getByRole('checkbox');
    await tabTo(page, types.first(), 200);
    for (let i = 0; i < (await types.count()); i++) {
      const label = (await types.nth(i).evaluate((el) => el.parentElement?.textContent ?? '')).trim();
      if (label !== '判断') await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    expect(await widget.getByRole('checkbox', { name: '判断' }).isChecked()).toBe(true);
    expect(await widget.getByRole('checkbox', { name: '单选' }).isChecked()).toBe(false);
    await tabTo(page, widget.getByRole('button', { name: '开始练习' }));
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { level: 4, name: /第 1 \/ 10 题 · 判断/ }).waitFor({ timeout: 60_000 });

    const id = (await stored(page)).current.ids[0] as string;
    const key = JUDGE_KEYS.get(id);
    expect(typeof key).toBe('boolean');
    // The wrong answer, by keyboard: Tab into the radio group (正确 first), Space on 正确 or ↓ to 错误, then Tab to
    // 提交答案 and Enter.
    await tabTo(page, widget.getByRole('radio', { name: '正确' }));
    await page.keyboard.press(key ? 'ArrowDown' : 'Space');
    expect(await widget.getByRole('radio', { name: key ? '错误' : '正确' }).isChecked()).toBe(true);
    await tabTo(page, widget.getByRole('button', { name: '提交答案' }));
    await page.keyboard.press('Enter');
    await widget.getByText('✗ 回答错误').waitFor();
    expect((await stored(page)).wrongBook[id]).toMatchObject({ wrongCount: 1, streak: 0, clearedAt: null });
    await expectNoPageOverflow(page);
    await expectAccessible(page);
    await shootWidget(page, 'exam-practice', `${SCREENSHOTS}/exam-practice-phone-wrong.png`);

    await page.reload();
    const again = await reachPractice(page);
    // The tabs are one Tab stop (the selected one); the arrow keys move to the others and open them.
    await tabTo(page, again.getByRole('tab', { name: '练习', exact: true }), 200);
    await page.keyboard.press('ArrowRight');
    expect(await again.getByRole('tab', { name: '错题本（1）' }).getAttribute('aria-selected')).toBe('true');
    await again.getByText(/答错 1 次，还需连续答对 2 次/).waitFor();

    await context.setOffline(true);
    await page.reload();
    const offline = await reachPractice(page);
    await offline.getByRole('tab', { name: '错题本（1）' }).click();
    await offline.getByText(/答错 1 次，还需连续答对 2 次/).waitFor();
    // Practised again offline: the item comes from the precached bank.
    await offline.getByRole('button', { name: /练习错题本/ }).click();
    await offline.getByRole('heading', { level: 4, name: /第 1 \/ 1 题 · 判断/ }).waitFor({ timeout: 60_000 });
    expect((await stored(page)).current).toMatchObject({ source: 'wrong-book', ids: [id] });
    await expectNoPageOverflow(page);
    expect(errors().filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });
});
